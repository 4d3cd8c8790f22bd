package org.ansoplatform.calls;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Money;

/**
 * A place was offered to an awardee (when the Secretariat sent the offers, or from the waitlist after a
 * decline or an expiry); the applicant is emailed links to the offer letter ({@code letterPath}) and to the
 * offer on the application's page ({@code offerPath}). An award of a call that awards projects names no host
 * ({@code hostName} null) but the amount granted and the proposal's title.
 */
public record OfferMade(UUID offerId, UUID applicationId, UUID applicantId, String reference, LocalizedText callTitle,
        LocalizedText trackName, LocalizedText hostName, Instant respondBy, ZoneId zone, boolean fromWaitlist, String letterPath,
        String offerPath, Actor actor, Money granted, String proposalTitle)
        implements ApplicationEvent {

    @Override
    public String action() {
        return fromWaitlist ? "offer.made-from-waitlist" : "offer.made";
    }

    @Override
    public String detail() {
        return reference + (granted != null ? " award of " + granted : " at " + hostName.get("en")) + ", answer by " + respondBy;
    }
}
