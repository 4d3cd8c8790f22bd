package org.ansoplatform.calls;

import java.time.Instant;
import java.util.UUID;

import org.ansoplatform.shared.Money;

/**
 * An offer as its applicant and the Secretariat see it: a place at a host ({@code hostCode}), or, for a call that
 * awards projects, an award of the amount its selection granted ({@code granted}); never both.
 */
public record OfferView(UUID id, UUID callId, UUID applicationId, UUID applicantId, String reference, String applicantName,
        String track, String hostCode, OfferStatus status, boolean fromWaitlist, Instant offeredAt, Instant respondBy,
        Instant answeredAt, String declineReason, Instant enrolledAt, Money granted) {

    /** Still waiting for the applicant's answer, before its deadline. */
    public boolean open(Instant now) {
        return status == OfferStatus.OFFERED && now.isBefore(respondBy);
    }

    /** An award of money (a call that awards projects) rather than a place at a host. */
    public boolean award() {
        return granted != null;
    }
}
