package org.ansoplatform.partnerships;

import java.time.Instant;
import java.util.UUID;

/** A person's standing for an organization of the directory, with the Secretariat's reason when refused or ended. */
public record RepresentativeView(UUID id, UUID personId, UUID organizationId, RepresentativeStatus status, String position,
        String phone, String reason, Instant requestedAt, Instant decidedAt) {
}
