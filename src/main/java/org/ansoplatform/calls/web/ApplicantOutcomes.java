package org.ansoplatform.calls.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.OfferView;
import org.ansoplatform.calls.SelectionView.DecisionView;
import org.ansoplatform.calls.offers.OfferManagement;
import org.ansoplatform.calls.selection.SelectionQueries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The selection's outcome as its applicant reads it, told the same on the application's page and through the
 * API: offered a place, offered one from the waitlist, on the waitlist (with the position now and what it
 * means), or not selected. An offer decides the story: an applicant offered a place from the waitlist reads
 * that, never the first run's "not selected".
 */
@Component
class ApplicantOutcomes {

    /** PENDING until the offers of the call went out; the Secretariat's ranked list is not the applicant's. */
    public enum Kind { PENDING, OFFERED, OFFERED_FROM_WAITLIST, WAITLISTED, NOT_SELECTED, WITHDRAWN }

    /**
     * @param headline what happened, in a sentence
     * @param details the rank behind it and, for the waitlisted, what the waitlist means
     * @param waitlistPosition the place on the waitlist now (1 = next), only while waitlisted
     */
    public record Outcome(Kind kind, String headline, List<String> details, Integer waitlistPosition) {
    }

    private final SelectionQueries selections;
    private final OfferManagement offers;
    private final SelectionTexts texts;
    private final MessageSource messages;

    ApplicantOutcomes(SelectionQueries selections, OfferManagement offers, SelectionTexts texts, MessageSource messages) {
        this.selections = selections;
        this.offers = offers;
        this.texts = texts;
        this.messages = messages;
    }

    Outcome of(ApplicationView application, CallView call, Locale locale) {
        Optional<DecisionView> told = application.isDraft() ? Optional.empty() : selections.decisionOf(application);
        if (told.isEmpty()) {
            return new Outcome(Kind.PENDING, text("calls.outcome.PENDING", locale), List.of(), null);
        }
        DecisionView decision = told.get();
        String track = texts.trackName(call, decision.track(), locale);
        Optional<OfferView> offer = offers.ofApplication(application.id());
        if (offer.isPresent() && offer.get().fromWaitlist()) {
            return new Outcome(Kind.OFFERED_FROM_WAITLIST, text("calls.outcome.OFFERED_FROM_WAITLIST", locale, track),
                    List.of(rank(decision, call, track, locale)), null);
        }
        if (offer.isPresent()) {
            String placement = texts.placement(decision, call, locale);
            // a grant under an envelope is an award of an amount, not a place in a track
            String headline = offer.get().granted() != null
                    ? text("calls.outcome.OFFERED_AWARD", locale, track, SelectionTexts.money(offer.get().granted(), locale))
                    : text("calls.outcome.OFFERED", locale, track);
            return new Outcome(Kind.OFFERED, headline,
                    placement.isEmpty() ? List.of(texts.decision(decision, call, locale)) : List.of(texts.decision(decision, call, locale),
                            placement), null);
        }
        if (application.status() != ApplicationStatus.SUBMITTED) {
            // withdrawn without an offer: out of the selection by their own choice, which is no "not selected"
            return new Outcome(Kind.WITHDRAWN, text("calls.outcome.WITHDRAWN", locale, track), List.of(rank(decision, call, track, locale)),
                    null);
        }
        Optional<Integer> position = waitlistPosition(application, call, decision);
        if (position.isPresent()) {
            return new Outcome(Kind.WAITLISTED, text("calls.outcome.WAITLISTED", locale, position.get(), track),
                    List.of(rank(decision, call, track, locale), text("calls.outcome.waitlistMeaning", locale)), position.get());
        }
        return new Outcome(Kind.NOT_SELECTED, text("calls.outcome.NOT_SELECTED", locale, track),
                List.of(texts.decision(decision, call, locale)), null);
    }

    /**
     * The place on the waitlist now (1 = next), on a track that has places: the first run's position moves up as
     * places are offered. The badge and tracker read it here too, so they never disagree with this outcome.
     */
    Optional<Integer> waitlistPosition(ApplicationView application, CallView call, DecisionView decision) {
        return offers.waitlistPosition(application.callId(), application.id()).filter(p -> hasPlaces(call, decision.track()));
    }

    private static boolean hasPlaces(CallView call, String track) {
        return call.track(track).map(t -> t.awardQuota() > 0).orElse(false);
    }

    /** The rank without the first run's verdict, which the offer or the waitlist has overtaken. */
    private String rank(DecisionView decision, CallView call, String track, Locale locale) {
        int quota = call.track(decision.track()).map(t -> t.awardQuota()).orElse(0);
        return text("calls.outcome.rank", locale, decision.rank(), decision.trackSize(), track, quota);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
