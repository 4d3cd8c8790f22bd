package org.ansoplatform.governance;

import java.time.LocalDate;
import java.util.UUID;

/** A person appointed as the delegate of a member organization. */
public record DelegateView(UUID id, UUID personId, String personName, String email, UUID organizationId,
        String organizationName, LocalDate since) {
}
