package org.ansoplatform.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.governance.membership.MandateStore;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.platform.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seats of member organizations on the bodies, officers with their terms, and the bodies' mandates. A
 * mandate is extended or ended, and an officer appointed, only by a decision
 * ({@link SessionManagement#recordDecision} with subject MANDATE or OFFICE); every change of a mandate is kept
 * beside it.
 */
@Service
@Transactional
public class MandateManagement {

    private final MandateStore store;
    private final ApplicationEventPublisher events;

    MandateManagement(MandateStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** Seats an organization on a body from {@code start} (the founding seats, or by a decision). */
    public UUID addSeat(Body body, UUID organizationId, LocalDate start, UUID decisionId) {
        UUID id = UUID.randomUUID();
        store.addSeat(id, body, organizationId, start, null, decisionId);
        return id;
    }

    /** Records an officer in office from {@code start} (the founding officers). */
    public UUID addOfficer(Office office, String name, LocalDate start, LocalDate end) {
        UUID id = UUID.randomUUID();
        store.addOfficer(id, office, name, start, end, null);
        return id;
    }

    /** Records a body's mandate (the founding mandate). */
    public UUID addMandate(Body body, LocalDate start, LocalDate end) {
        UUID id = UUID.randomUUID();
        store.addMandate(id, body, start, end, null);
        return id;
    }

    /**
     * Ends every current seat of the body on the day of the decision and seats the given organizations. When the
     * decision gives the new mandate's end, the seats end with it and the body gets that mandate, from the decision's
     * day; a mandate still running then ends the day before, the change kept beside it.
     */
    void replaceSeats(Body body, List<UUID> organizationIds, LocalDate from, LocalDate until, UUID decisionId) {
        store.endSeats(body, from, decisionId);
        organizationIds.forEach(organization -> store.addSeat(UUID.randomUUID(), body, organization, from, until, decisionId));
        if (until != null) {
            for (MandateStore.Mandate running : store.lockedRunning(body, from)) {
                store.changeEnd(running.id(), running.termEnd(), from.minusDays(1), decisionId);
            }
            store.addMandate(UUID.randomUUID(), body, from, until, decisionId);
        }
    }

    /**
     * An adopted OFFICE decision appoints an officer. For a single-holder office (all but Vice-President) the
     * current holder's term ends the day before; for a Vice-President, the officer named as the decision's
     * subject (if any) is the one replaced.
     */
    void appoint(DecisionView decision, Appointment appointment, Actor actor) {
        if (!decision.outcome().adopted()) {
            return;
        }
        List<Violation> violations = new ArrayList<>();
        if (appointment == null || appointment.office() == null) {
            violations.add(new Violation("office", "validation.required"));
        }
        String name = TextInput.checkLine(appointment == null ? null : appointment.name(), "officerName", 200, true, violations);
        LocalDate start = appointment == null || appointment.termStart() == null ? decision.date() : appointment.termStart();
        if (appointment != null && appointment.termEnd() != null && !appointment.termEnd().isAfter(start)) {
            violations.add(new Violation("termEnd", "governance.error.termEnd"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (appointment.office() == Office.VICE_PRESIDENT) {
            if (decision.subjectId() != null) {
                store.endOfficer(decision.subjectId(), start, decision.id());
            }
        } else {
            store.endOffice(appointment.office(), start, decision.id());
        }
        UUID id = UUID.randomUUID();
        store.addOfficer(id, appointment.office(), name, start, appointment.termEnd(), decision.id());
        events.publishEvent(new OfficerAppointed(id, appointment.office(), name, decision.id(), actor));
    }

    /** A decision extends (or ends, with an earlier date) a mandate; a rejected or postponed one changes nothing. */
    void extend(DecisionView decision, LocalDate termEnd, Actor actor) {
        LocalDate previous = store.lockedEnd(decision.subjectId())
                .orElseThrow(() -> new InvalidInputException("subjectId", "governance.error.unknownMandate"));
        if (!decision.outcome().adopted()) {
            return;
        }
        if (termEnd == null) {
            throw new InvalidInputException("termEnd", "validation.required");
        }
        store.changeEnd(decision.subjectId(), previous, termEnd, decision.id());
        events.publishEvent(new MandateExtended(decision.subjectId(), previous, termEnd, decision.id(), actor));
    }
}
