package org.ansoplatform.partnerships.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.partnerships.AgreementChanged;
import org.ansoplatform.partnerships.AgreementStatus;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agreement's life as the Secretariat records it: proposed, negotiated, approved by the Executive Director (or,
 * for the kinds that need it, only by a Board decision: {@link AgreementDecisions}), signed, active from its
 * effective day, renewed, terminated; and agreements signed before the platform, recorded as they are. Each step is
 * kept with who, when and why, and audited. Transitions from the wrong status are refused by {@link AgreementState}.
 */
@Service
@Transactional
public class AgreementManagement {

    static final int REASON_MAX = 2000;

    private final AgreementStore store;
    private final AgreementQueries queries;
    private final AgreementInput input;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgreementManagement(AgreementStore store, AgreementQueries queries, AgreementInput input, CurrentActor currentActor,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.queries = queries;
        this.input = input;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    /** A PROPOSED agreement; returns its id. */
    public UUID propose(AgreementCommand command) {
        return propose(command, currentActor.get());
    }

    public UUID propose(AgreementCommand command, Actor actor) {
        AgreementCommand checked = input.check(command);
        UUID id = UUID.randomUUID();
        store.insert(id, checked, AgreementStatus.PROPOSED, actor.at());
        step(id, "created", null, AgreementStatus.PROPOSED, null, "", actor);
        return id;
    }

    /** Changes the details of an agreement not yet approved, as of the version the editor saw. */
    public void update(UUID id, AgreementCommand command, Integer version) {
        AgreementView agreement = locked(id);
        if (!agreement.status().open()) {
            throw new InvalidInputException(null, "partnerships.agreement.error.notOpen");
        }
        if (version == null || version != agreement.version()) {
            throw new InvalidInputException("version", "partnerships.agreement.error.stale");
        }
        AgreementCommand checked = input.check(command);
        Actor actor = currentActor.get();
        store.update(id, checked, actor.at());
        events.publishEvent(new AgreementChanged(id, "partnerships.agreement.updated", checked.kind().name(), actor));
    }

    public void negotiate(UUID id) {
        AgreementView agreement = locked(id);
        move(agreement, "negotiating", AgreementState.negotiate(agreement), null, "", currentActor.get());
    }

    /** The Executive Director's approval, for the kinds the Board need not endorse. */
    public void approve(UUID id, LocalDate on) {
        AgreementView agreement = locked(id);
        AgreementStatus to = AgreementState.approveByDirector(agreement);
        LocalDate day = day(on, "approvedOn", null);
        Actor actor = currentActor.get();
        store.approved(id, day, null, null);
        move(agreement, "approved", to, day, "", actor);
    }

    /** Signed on {@code on}, at the meeting {@code signingRef} (optional); active at once from its effective day. */
    public void sign(UUID id, LocalDate on, String signingRef) {
        AgreementView agreement = locked(id);
        AgreementStatus to = AgreementState.sign(agreement);
        LocalDate day = day(on, "signedOn", agreement.approvedOn());
        String ref = meetingRef(signingRef);
        Actor actor = currentActor.get();
        store.signed(id, day, false, ref);
        move(agreement, "signed", to, day, "", actor);
        activateIfDue(id, actor);
    }

    /** A new expiry for an agreement in force or expired; an expired one is active again. */
    public void renew(UUID id, LocalDate newExpiry, String reason) {
        AgreementView agreement = locked(id);
        AgreementStatus to = AgreementState.renew(agreement);
        List<Violation> violations = new ArrayList<>();
        if (newExpiry == null) {
            violations.add(new Violation("expiresOn", "validation.required"));
        } else if (!newExpiry.isAfter(LocalDate.now(clock))
                || (agreement.expiresOn() != null && !newExpiry.isAfter(agreement.expiresOn()))) {
            violations.add(new Violation("expiresOn", "partnerships.agreement.error.renewal"));
        }
        String why = TextInput.check(reason, "reason", REASON_MAX, false, violations);
        refuse(violations);
        Actor actor = currentActor.get();
        store.expiry(id, newExpiry);
        move(agreement, "renewed", to, newExpiry, why, actor);
    }

    /** Ends an agreement before its time (or abandons one in negotiation), with the reason. */
    public void terminate(UUID id, LocalDate on, String reason) {
        AgreementView agreement = locked(id);
        AgreementStatus to = AgreementState.terminate(agreement);
        List<Violation> violations = new ArrayList<>();
        String why = TextInput.check(reason, "reason", REASON_MAX, true, violations);
        refuse(violations);
        move(agreement, "terminated", to, day(on, "terminatedOn", null), why, currentActor.get());
    }

    /**
     * An agreement signed before the platform kept them, recorded as it stands: signed on {@code signedOn} or undated
     * when the records give no date, active or already expired, with the reason it skipped the approval steps here.
     */
    public UUID record(AgreementCommand command, LocalDate signedOn, String signingRef, String reason, Actor actor) {
        AgreementCommand checked = input.check(command);
        List<Violation> violations = new ArrayList<>();
        if (signedOn != null && signedOn.isAfter(LocalDate.now(clock))) {
            violations.add(new Violation("signedOn", "partnerships.agreement.error.future"));
        }
        String ref = meetingRef(signingRef);
        String why = TextInput.check(reason, "reason", REASON_MAX, true, violations);
        refuse(violations);
        UUID id = UUID.randomUUID();
        store.insert(id, checked, AgreementStatus.SIGNED, actor.at());
        store.signed(id, signedOn, signedOn == null, ref);
        step(id, "recorded", null, AgreementStatus.SIGNED, signedOn, why, actor);
        activateIfDue(id, actor);
        return id;
    }

    /** Attaches a stored document (the signed text in one language). */
    public void attach(UUID id, UUID fileId, String language, String name) {
        locked(id);
        Actor actor = currentActor.get();
        store.attach(id, fileId, language, name, actor.at());
        events.publishEvent(new AgreementChanged(id, "partnerships.agreement.documentAdded", name, actor));
    }

    /** Names the introduction a drafted agreement came from. */
    void origin(UUID id, RecordRef origin) {
        store.origin(id, origin.toString());
    }

    /** Signed agreements whose day has come become active; those in force past their expiry expire. */
    int activateAndExpire(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        int changed = 0;
        for (UUID id : store.dueToActivate(today)) {
            changed += activateIfDue(id, actor) ? 1 : 0;
        }
        for (UUID id : store.dueToExpire(today)) {
            AgreementView agreement = queries.byId(id).orElseThrow();
            move(agreement, "expired", AgreementStatus.EXPIRED, agreement.expiresOn(), "", actor);
            changed++;
        }
        return changed;
    }

    private boolean activateIfDue(UUID id, Actor actor) {
        AgreementView agreement = queries.byId(id).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        if (agreement.status() != AgreementStatus.SIGNED || (agreement.effectiveOn() != null && agreement.effectiveOn().isAfter(today))) {
            return false;
        }
        boolean over = agreement.expiresOn() != null && agreement.expiresOn().isBefore(today);
        move(agreement, over ? "expired" : "activated", over ? AgreementStatus.EXPIRED : AgreementStatus.ACTIVE,
                over ? agreement.expiresOn() : agreement.effectiveOn(), "", actor);
        return true;
    }

    void move(AgreementView agreement, String action, AgreementStatus to, LocalDate on, String reason, Actor actor) {
        store.status(agreement.id(), to, actor.at());
        step(agreement.id(), action, agreement.status(), to, on, reason, actor);
    }

    private void step(UUID id, String action, AgreementStatus from, AgreementStatus to, LocalDate on, String reason, Actor actor) {
        store.step(id, action, from, to, on, reason, actor);
        events.publishEvent(new AgreementChanged(id, "partnerships.agreement." + action,
                to.name() + (reason == null || reason.isBlank() ? "" : ": " + reason), actor));
    }

    AgreementView locked(UUID id) {
        if (id == null || !store.lock(id)) {
            throw new NotFoundException("agreement");
        }
        return queries.byId(id).orElseThrow();
    }

    /** A day given for a step: required, not in the future, not before {@code notBefore}. */
    private LocalDate day(LocalDate on, String field, LocalDate notBefore) {
        if (on == null) {
            throw new InvalidInputException(field, "validation.required");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(field, "partnerships.agreement.error.future");
        }
        if (notBefore != null && on.isBefore(notBefore)) {
            throw new InvalidInputException(field, "partnerships.agreement.error.beforeApproval", notBefore.toString());
        }
        return on;
    }

    /** The signing ceremony is a meeting of the catalogue, named by its record reference. */
    private static String meetingRef(String text) {
        String ref = TextInput.trim(text);
        if (ref == null) {
            return null;
        }
        if (!RecordRef.isValid(ref) || !RecordRef.parse(ref).is("meetings", "meeting")) {
            throw new InvalidInputException("signingRef", "partnerships.agreement.error.signingRef");
        }
        return ref;
    }

    private static void refuse(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
