package org.ansoplatform.calls.offers;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.ansoplatform.calls.OfferAnswered.Outcome;
import org.ansoplatform.calls.OfferStatus;
import org.ansoplatform.calls.OfferView;
import org.ansoplatform.platform.InvalidInputException;

/**
 * An offer's state and the rules of its transitions: the applicant accepts or declines an open offer before
 * its deadline, an open offer past its deadline expires, an accepted one is enrolled, and withdrawing the
 * application declines an offer that holds a seat and is not enrolled. Each transition answers the offer in
 * its new state or refuses from the wrong one; {@link OfferStore#save} writes it.
 */
record Offer(UUID id, OfferStatus status, Instant respondBy, Instant answeredAt, String declineReason, Instant enrolledAt,
        UUID enrolledBy) {

    static Offer of(OfferView view) {
        return new Offer(view.id(), view.status(), view.respondBy(), view.answeredAt(), view.declineReason(), view.enrolledAt(), null);
    }

    Offer accept(Instant now, ZoneId zone) {
        requireOpen(now, zone);
        return new Offer(id, OfferStatus.ACCEPTED, respondBy, now, null, null, null);
    }

    Offer decline(Instant now, ZoneId zone, String reason) {
        requireOpen(now, zone);
        return new Offer(id, OfferStatus.DECLINED, respondBy, now, reason, null, null);
    }

    /** An open offer whose deadline has passed. */
    boolean overdue(Instant now) {
        return status == OfferStatus.OFFERED && !now.isBefore(respondBy);
    }

    Offer expire(Instant now) {
        if (!overdue(now)) {
            throw new IllegalStateException("offer " + id + " is " + status + " until " + respondBy);
        }
        return new Offer(id, OfferStatus.EXPIRED, respondBy, now, null, null, null);
    }

    Offer enrol(Instant now, UUID by) {
        if (status != OfferStatus.ACCEPTED) {
            throw new InvalidInputException("offer", "calls.offer.notAccepted");
        }
        return new Offer(id, OfferStatus.ENROLLED, respondBy, answeredAt, null, now, by);
    }

    /** The seat of an open or accepted offer, given back because the application was withdrawn; once enrolled it stays. */
    boolean givenBackOnWithdrawal() {
        return status == OfferStatus.OFFERED || status == OfferStatus.ACCEPTED;
    }

    Offer declineOnWithdrawal(Instant now) {
        if (!givenBackOnWithdrawal()) {
            throw new IllegalStateException("offer " + id + " is " + status);
        }
        return new Offer(id, OfferStatus.DECLINED, respondBy, now, "application withdrawn", null, null);
    }

    /** What the applicant is told of the new state. */
    Outcome outcome() {
        return Outcome.valueOf(status.name());
    }

    private void requireOpen(Instant now, ZoneId zone) {
        if (status == OfferStatus.EXPIRED) {
            // not "answered": the applicant never answered, and should learn that the place has gone
            throw new InvalidInputException("offer", "calls.offer.expired", local(respondBy, zone));
        }
        if (status != OfferStatus.OFFERED) {
            throw new InvalidInputException("offer", "calls.offer.alreadyAnswered");
        }
        if (!now.isBefore(respondBy)) {
            throw new InvalidInputException("offer", "calls.offer.pastDeadline", local(respondBy, zone));
        }
    }

    private static String local(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }
}
