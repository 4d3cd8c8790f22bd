package org.ansoplatform.calls;

import java.time.Instant;
import java.util.UUID;

/** An offer as its applicant and the Secretariat see it. */
public record OfferView(UUID id, UUID callId, UUID applicationId, UUID applicantId, String reference, String applicantName,
        String track, String hostCode, OfferStatus status, boolean fromWaitlist, Instant offeredAt, Instant respondBy,
        Instant answeredAt, String declineReason, Instant enrolledAt) {

    /** Still waiting for the applicant's answer, before its deadline. */
    public boolean open(Instant now) {
        return status == OfferStatus.OFFERED && now.isBefore(respondBy);
    }
}
