package org.ansoplatform.governance;

import java.time.LocalDate;
import java.util.UUID;

/** A member organization's seat on a body. */
public record SeatView(UUID id, Body body, UUID organizationId, String organizationName, LocalDate termStart,
        LocalDate termEnd) {
}
