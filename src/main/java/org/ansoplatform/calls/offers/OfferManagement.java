package org.ansoplatform.calls.offers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.ApplicationWithdrawn;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.CallsPaths;
import org.ansoplatform.calls.OfferAnswered;
import org.ansoplatform.calls.OfferStatus;
import org.ansoplatform.calls.OfferView;
import org.ansoplatform.calls.definition.CallStore;
import org.ansoplatform.calls.selection.SelectionRunner;
import org.ansoplatform.calls.selection.SelectionStore;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers to the selected and placed awardees, their answers before the deadline (the server's clock),
 * expiry (counted as a decline), the waitlist cascade and enrolment; {@link Offer} holds the rules of each
 * transition. Every change locks the call's row first, so a double click, two declines at once or the expiry
 * job racing a decline cannot give one seat twice; an application has at most one offer (a unique constraint).
 */
@Service
public class OfferManagement {

    private final OfferStore store;
    private final WaitlistCascade waitlist;
    private final OutcomeNotices outcomes;
    private final SelectionStore selections;
    private final CallStore callStore;
    private final CallQueries calls;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfferManagement(OfferStore store, WaitlistCascade waitlist, OutcomeNotices outcomes, SelectionStore selections, CallStore callStore, CallQueries calls,
            CurrentActor actor, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.waitlist = waitlist;
        this.outcomes = outcomes;
        this.selections = selections;
        this.callStore = callStore;
        this.calls = calls;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OfferView> ofCall(UUID callId) {
        return store.ofCall(callId);
    }

    @Transactional(readOnly = true)
    public Optional<OfferView> ofApplication(UUID applicationId) {
        return store.ofApplication(applicationId);
    }

    /** The offer, to its applicant or the Secretariat; anyone else gets a 404. */
    @Transactional(readOnly = true)
    public OfferView view(UUID offerId, SignedInPerson viewer) {
        OfferView offer = store.find(offerId).orElseThrow(() -> new NotFoundException("offer " + offerId));
        if (viewer == null || !(offer.applicantId().equals(viewer.id()) || viewer.hasRole("SECRETARIAT"))) {
            throw new NotFoundException("offer " + offerId);
        }
        return offer;
    }

    /**
     * Who would be emailed if the offers went out now: the awardees offered a place (by name), and how many
     * would be told they are waitlisted or not selected (only at the first sending).
     */
    public record SendPreview(List<String> offers, int waitlisted, int notSelected) {

        public int emails() {
            return offers.size() + waitlisted + notSelected;
        }
    }

    @Transactional(readOnly = true)
    public Optional<SendPreview> preview(UUID callId) {
        return selections.latestRunId(callId).map(runId -> {
            List<OfferStore.Pending> pending = store.pending(runId);
            List<String> names = pending.stream().map(OfferStore.Pending::applicantName).toList();
            if (selections.offersSent(callId)) {
                return new SendPreview(names, 0, 0);
            }
            // the untold would include the pending awardees, who get an offer instead
            int[] told = outcomes.count(runId, pending.stream().map(OfferStore.Pending::applicationId).toList());
            return new SendPreview(names, told[0], told[1]);
        });
    }

    /**
     * Offers a place to every selected and placed awardee of the latest run who has none yet (sending
     * again adds only what is missing); the respond-by deadline is the rules' offerDays from now. At the first
     * sending everyone else is told their outcome (waitlisted or not selected). Only after the call closed, and
     * only when {@code confirmed} (the page shows the preview first).
     */
    @Transactional
    public int send(UUID callId, boolean confirmed) {
        CallView call = calls.any(callId);
        callStore.lock(callId);
        SelectionRunner.requireClosed(call, clock.instant(), "offers", "calls.offer.callOpen");
        UUID runId = selections.latestRunId(callId).orElseThrow(() -> new InvalidInputException("offers", "calls.offer.noSelection"));
        if (!confirmed) {
            throw new InvalidInputException("confirm", "calls.offer.confirm");
        }
        boolean first = !selections.offersSent(callId);
        Instant now = clock.instant();
        Instant respondBy = now.plus(Duration.ofDays(selections.settings(runId).days()));
        List<OfferStore.Pending> pending = store.pending(runId);
        Actor who = actor.get();
        for (OfferStore.Pending p : pending) {
            UUID offerId = UUID.randomUUID();
            store.insert(offerId, callId, runId, p.applicationId(), p.applicantId(), p.track(), p.host(), false, null, now, respondBy,
                    p.granted());
            events.publishEvent(WaitlistCascade.made(call, offerId, p.applicationId(), p.applicantId(), p.reference(), p.track(), p.host(),
                    respondBy, false, who, p.granted(), p.granted() == null ? null : store.proposalTitle(p.applicationId())));
        }
        // selected and placed awardees who withdrew before the offers went out free their seats for the waitlist
        store.withdrawnBeforeOffers(runId).forEach((track, seats) -> waitlist.fill(callId, runId, track, null, seats, who));
        if (first) {
            outcomes.tell(call, runId, who);
        }
        selections.markOffersSent(runId, now);
        return pending.size();
    }

    /** The place of an awardee without an offer on their track's waitlist now (1 = next), once offers were sent. */
    @Transactional(readOnly = true)
    public Optional<Integer> waitlistPosition(UUID callId, UUID applicationId) {
        if (!selections.offersSent(callId)) {
            return Optional.empty();
        }
        return selections.latestRunId(callId).flatMap(runId -> store.waitlistPosition(runId, applicationId));
    }

    /** The applicant accepts before the deadline; accepting again changes nothing. */
    @Transactional
    public OfferView accept(UUID offerId, SignedInPerson applicant) {
        OfferView offer = lockOwn(offerId, applicant);
        if (offer.status() == OfferStatus.ACCEPTED || offer.status() == OfferStatus.ENROLLED) {
            return offer;
        }
        Offer accepted = Offer.of(offer).accept(clock.instant(), zone(offer));
        if (store.applicationStatus(offer.applicationId()) != ApplicationStatus.SUBMITTED) {
            throw new InvalidInputException("offer", "calls.offer.applicationNotSubmitted");
        }
        store.save(accepted);
        events.publishEvent(answered(offer, accepted, actor.get()));
        return store.find(offerId).orElseThrow();
    }

    /** The applicant declines (optional reason) before the deadline; the seat goes to the waitlist. Declining again changes nothing. */
    @Transactional
    public OfferView decline(UUID offerId, String reason, SignedInPerson applicant) {
        OfferView offer = lockOwn(offerId, applicant);
        if (offer.status() == OfferStatus.DECLINED) {
            return offer;
        }
        String clean = reason == null ? "" : reason.strip();
        Offer declined = Offer.of(offer).decline(clock.instant(), zone(offer), clean.isEmpty() ? null : clean);
        if (clean.length() > 2000) {
            throw new InvalidInputException("reason", "calls.offer.reasonTooLong");
        }
        store.save(declined);
        Actor who = actor.get();
        events.publishEvent(answered(offer, declined, who));
        waitlist.refill(offer, who);
        return store.find(offerId).orElseThrow();
    }

    /**
     * An applicant who withdraws their application declines their offer, open or accepted (not once
     * enrolled), in the same transaction, and the seat goes to the waitlist.
     */
    @EventListener
    void on(ApplicationWithdrawn withdrawn) {
        OfferView seen = store.ofApplication(withdrawn.applicationId()).orElse(null);
        if (seen == null || !Offer.of(seen).givenBackOnWithdrawal()) {
            return;
        }
        callStore.lock(seen.callId());
        OfferView offer = store.find(seen.id()).orElseThrow();
        if (!Offer.of(offer).givenBackOnWithdrawal()) {
            return;
        }
        Offer declined = Offer.of(offer).declineOnWithdrawal(clock.instant());
        store.save(declined);
        Actor who = withdrawn.actor();
        events.publishEvent(answered(offer, declined, who));
        waitlist.refill(offer, who);
    }

    /**
     * Marks an offer past its deadline EXPIRED (a decline) and offers the seat to the waitlist; false when
     * it was answered or expired meanwhile. Called by the job, each offer in its own transaction.
     */
    @Transactional
    public boolean expire(UUID offerId) {
        OfferView seen = store.find(offerId).orElse(null);
        if (seen == null) {
            return false;
        }
        callStore.lock(seen.callId());
        OfferView offer = store.find(offerId).orElseThrow();
        Instant now = clock.instant();
        if (!Offer.of(offer).overdue(now)) {
            return false;
        }
        Offer expired = Offer.of(offer).expire(now);
        store.save(expired);
        Actor who = Actor.system(now);
        events.publishEvent(answered(offer, expired, who));
        waitlist.refill(offer, who);
        return true;
    }

    /** Offers still open whose deadline has passed by the platform's clock. */
    List<UUID> overdue() {
        return store.overdue(clock.instant());
    }

    /** The Secretariat confirms that an awardee who accepted has enrolled. */
    @Transactional
    public OfferView enrol(UUID offerId) {
        OfferView seen = store.find(offerId).orElseThrow(() -> new NotFoundException("offer " + offerId));
        callStore.lock(seen.callId());
        OfferView offer = store.find(offerId).orElseThrow();
        if (offer.status() == OfferStatus.ENROLLED) {
            return offer;
        }
        Offer enrolled = Offer.of(offer).enrol(clock.instant(), actor.personId());
        store.save(enrolled);
        events.publishEvent(answered(offer, enrolled, actor.get()));
        return store.find(offerId).orElseThrow();
    }

    private OfferView lockOwn(UUID offerId, SignedInPerson applicant) {
        OfferView seen = store.find(offerId).orElseThrow(() -> new NotFoundException("offer " + offerId));
        if (applicant == null || !seen.applicantId().equals(applicant.id())) {
            throw new NotFoundException("offer " + offerId);
        }
        callStore.lock(seen.callId());
        return store.find(offerId).orElseThrow();
    }

    private java.time.ZoneId zone(OfferView offer) {
        return calls.any(offer.callId()).definition().zone();
    }

    private OfferAnswered answered(OfferView offer, Offer changed, Actor who) {
        CallView call = calls.any(offer.callId());
        return new OfferAnswered(offer.id(), offer.applicationId(), offer.applicantId(), offer.reference(), changed.outcome(),
                call.definition().title(), CallsPaths.application(offer.applicationId()), who);
    }
}
