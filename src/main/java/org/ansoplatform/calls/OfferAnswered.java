package org.ansoplatform.calls;

import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;

/**
 * An offer changed state: ACCEPTED or DECLINED by the applicant, EXPIRED at its deadline (counted as a
 * decline; actor: the system), or ENROLLED as the Secretariat confirmed.
 */
public record OfferAnswered(UUID offerId, UUID applicationId, UUID applicantId, String reference, String status,
        LocalizedText callTitle, Actor actor) implements ApplicationEvent {

    @Override
    public String action() {
        return "offer." + status.toLowerCase(Locale.ROOT);
    }

    @Override
    public String detail() {
        return reference + " " + status;
    }
}
