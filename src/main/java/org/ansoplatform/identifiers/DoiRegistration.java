package org.ansoplatform.identifiers;

import java.time.Instant;

import org.ansoplatform.shared.Doi;
import org.ansoplatform.shared.RecordRef;

/**
 * A DOI and its registration as the outbox keeps it; {@code lastStatus} and {@code lastError} are DataCite’s last refusal,
 * {@code registeredAt} the time DataCite first registered it (an update does not move it).
 */
public record DoiRegistration(Doi doi, RecordRef record, String url, Visibility visibility, RegistrationState state,
        int attempts, Integer lastStatus, String lastError, Instant nextAttemptAt, Instant registeredAt) {
}
