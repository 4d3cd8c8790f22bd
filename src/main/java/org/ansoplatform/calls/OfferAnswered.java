package org.ansoplatform.calls;

import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;

/**
 * An offer changed state: ACCEPTED or DECLINED by the applicant, EXPIRED at its deadline (counted as a
 * decline; actor: the system), or ENROLLED as the Secretariat confirmed. The applicant is emailed with a link
 * to their application ({@code path}).
 */
public record OfferAnswered(UUID offerId, UUID applicationId, UUID applicantId, String reference, Outcome outcome,
        LocalizedText callTitle, String path, Actor actor) implements ApplicationEvent {

    /** What happened to the offer. */
    public enum Outcome {
        ACCEPTED, DECLINED, EXPIRED, ENROLLED
    }

    @Override
    public String action() {
        return "offer." + outcome.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String detail() {
        return reference + " " + outcome;
    }
}
