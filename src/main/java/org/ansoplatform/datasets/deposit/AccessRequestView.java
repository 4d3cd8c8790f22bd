package org.ansoplatform.datasets.deposit;

import java.time.Instant;
import java.util.UUID;

/** A request for a version's restricted files, as the depositor answers it. */
public record AccessRequestView(UUID id, UUID versionId, int number, UUID personId, String reason, AccessRequestStatus status,
        String answer, Instant createdAt) {

    public boolean asked() {
        return status == AccessRequestStatus.ASKED;
    }
}
