package org.ansoplatform.governance;

import java.time.Instant;
import java.util.UUID;

/** One participation: which organization voted, who cast it and when; the choice for open ballots only. */
public record ParticipationView(UUID organizationId, String organizationName, UUID castBy, Instant castAt,
        Choice choice) {
}
