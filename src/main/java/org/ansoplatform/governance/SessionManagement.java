package org.ansoplatform.governance;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.files.FileAccess;
import org.ansoplatform.governance.sessions.DecisionStore;
import org.ansoplatform.governance.sessions.SessionStore;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.governance.indexing.GovernanceRecords;
import org.ansoplatform.shared.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions (meetings) of the Governing Board and the General Assembly: date and zone, mode, attendance,
 * agenda items with documents, minutes, and the decisions taken. Recording a decision applies it to what it
 * decides (an application, an amendment, a mandate, an officer, an election, an association, or another module's
 * record through its {@link DecisionSubjectSource}) in the same transaction, or refuses with nothing changed.
 */
@Service
@Transactional
public class SessionManagement {

    private final java.time.Clock clock;
    private final SessionStore store;
    private final DecisionStore decisions;
    private final SessionQueries queries;
    private final DecisionSubjects subjects;
    private final RecordSubjects records;
    private final VotingQueries voting;
    private final OrganizationQueries organizations;
    private final MembershipQueries membership;
    private final FileAccess files;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    SessionManagement(SessionStore store, DecisionStore decisions, SessionQueries queries, DecisionSubjects subjects,
            RecordSubjects records, VotingQueries voting, OrganizationQueries organizations, MembershipQueries membership,
            FileAccess files, CurrentActor currentActor, ApplicationEventPublisher events, java.time.Clock clock) {
        this.clock = clock;
        this.membership = membership;
        this.store = store;
        this.decisions = decisions;
        this.queries = queries;
        this.subjects = subjects;
        this.records = records;
        this.voting = voting;
        this.organizations = organizations;
        this.files = files;
        this.currentActor = currentActor;
        this.events = events;
    }

    public UUID create(SessionCommand command) {
        return create(command, SessionStatus.PLANNED, currentActor.get());
    }

    /** Records a session with a status already known (the demo's past sessions), on behalf of {@code actor}. */
    public UUID create(SessionCommand command, SessionStatus status, Actor actor) {
        List<Violation> violations = new ArrayList<>();
        if (command.body() == null) {
            violations.add(new Violation("body", "validation.required"));
        }
        String title = TextInput.checkLine(command.title(), "title", 300, true, violations);
        String zone = checkSchedule(command, violations);
        UUID id = UUID.randomUUID();
        store.insert(new SessionView(id, command.body(), title, command.startsAt(), zone, command.mode(),
                TextInput.trim(command.location()), status, null), actor.at());
        events.publishEvent(new SessionScheduled(id, title, actor));
        events.publishEvent(new RecordChanged(GovernanceRecords.session(id)));
        return id;
    }

    /**
     * Moves a session not yet held to another time, zone, mode or place (its body and title stay); the members of
     * its body are told when anything changed. A session that was held keeps the date it was held on.
     */
    public void reschedule(UUID id, SessionCommand command) {
        SessionView session = queries.session(id);
        if (session.status() == SessionStatus.HELD) {
            throw new InvalidInputException("startsAt", "governance.session.heldStays");
        }
        String zone = checkSchedule(command, new ArrayList<>());
        String location = TextInput.trim(command.location());
        if (location != null && location.length() > 300) {
            throw new InvalidInputException("location", "validation.tooLong", 300);
        }
        if (command.startsAt().equals(session.startsAt()) && zone.equals(session.zone()) && command.mode() == session.mode()
                && java.util.Objects.equals(location, session.location())) {
            return;
        }
        store.reschedule(id, command.startsAt(), zone, command.mode(), location);
        events.publishEvent(new SessionRescheduled(id, command.startsAt(), zone, currentActor.get()));
        events.publishEvent(new RecordChanged(GovernanceRecords.session(id)));
    }

    /** Checks when and how a session meets; returns its zone, trimmed, or refuses with every violation. */
    private static String checkSchedule(SessionCommand command, List<Violation> violations) {
        if (command.startsAt() == null) {
            violations.add(new Violation("startsAt", "validation.required"));
        }
        String zone = TextInput.trim(command.zone());
        if (zone == null) {
            violations.add(new Violation("zone", "validation.required"));
        } else {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                violations.add(new Violation("zone", "governance.error.zone"));
            }
        }
        if (command.mode() == null) {
            violations.add(new Violation("mode", "validation.required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return zone;
    }

    /** A session is marked held only once it has begun: the record must not say a meeting took place before it did. */
    public void setStatus(UUID id, SessionStatus status) {
        SessionView session = queries.session(id);
        java.time.ZonedDateTime starts = session.startsAt().atZone(java.time.ZoneId.of(session.zone()));
        if (status == SessionStatus.HELD && starts.toInstant().isAfter(clock.instant())) {
            throw new InvalidInputException("status", "governance.session.notYetHeld",
                    starts.toLocalDate() + " " + starts.toLocalTime() + " (" + session.zone() + ")");
        }
        store.setStatus(id, status);
        events.publishEvent(new SessionStatusChanged(id, status, currentActor.get()));
    }

    public void saveMinutes(UUID id, String minutes) {
        queries.session(id);
        String text = TextInput.trim(minutes);
        if (text != null && text.length() > 100_000) {
            throw new InvalidInputException("minutes", "validation.tooLong", 100_000);
        }
        store.setMinutes(id, text);
        events.publishEvent(new MinutesSaved(id, currentActor.get()));
        events.publishEvent(new RecordChanged(GovernanceRecords.session(id)));
    }

    public UUID addAgendaItem(UUID sessionId, String title, List<UUID> fileIds) {
        queries.session(sessionId);
        List<Violation> violations = new ArrayList<>();
        String text = TextInput.checkLine(title, "title", 500, true, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Actor actor = currentActor.get();
        for (UUID fileId : fileIds == null ? List.<UUID>of() : fileIds) {
            if (actor.personId() != null && files.readable(actor.personId(), fileId).isEmpty()) {
                throw new InvalidInputException("files", "governance.error.file");
            }
        }
        UUID id = UUID.randomUUID();
        store.addAgendaItem(id, sessionId, text, fileIds);
        events.publishEvent(new RecordChanged(GovernanceRecords.session(sessionId)));
        return id;
    }

    public void setAttendance(UUID sessionId, UUID organizationId, boolean present) {
        queries.session(sessionId);
        if (organizationId == null || organizations.byId(organizationId).isEmpty()) {
            throw new InvalidInputException("organizationId", "governance.error.unknownOrganization");
        }
        if (membership.awaitingDecision().contains(organizationId)) {
            throw new InvalidInputException("organizationId", "governance.error.applicantNotMember");
        }
        store.setAttendance(sessionId, organizationId, present);
        events.publishEvent(new RecordChanged(GovernanceRecords.session(sessionId)));
    }

    /** Records a decision of the session's body and applies it to its subject; refuses with nothing changed. */
    public UUID recordDecision(UUID sessionId, DecisionCommand command) {
        return recordDecision(sessionId, command, currentActor.get());
    }

    /** Records a decision on behalf of {@code actor} (the demo's past sessions). */
    public UUID recordDecision(UUID sessionId, DecisionCommand command, Actor actor) {
        SessionView session = queries.session(sessionId);
        List<Violation> violations = new ArrayList<>();
        String text = TextInput.check(command.text(), "text", 4000, true, violations);
        if (command.outcome() == null) {
            violations.add(new Violation("outcome", "validation.required"));
        }
        SubjectType type = command.subjectType() != null ? command.subjectType()
                : command.subjectRef() != null ? SubjectType.RECORD : SubjectType.OTHER;
        boolean needsSubject = type == SubjectType.APPLICATION || type == SubjectType.AMENDMENT
                || type == SubjectType.MANDATE || type == SubjectType.ASSOCIATION || type == SubjectType.ELECTION;
        if (needsSubject && command.subjectId() == null) {
            violations.add(new Violation("subjectId", "validation.required"));
        }
        DecisionSubjectSource source = null;
        UUID subjectId = command.subjectId();
        if (type == SubjectType.RECORD) {
            if (command.subjectRef() == null) {
                violations.add(new Violation("subjectRef", "validation.required"));
            } else {
                try {
                    source = records.sourceOf(command.subjectRef(), session.body(), LocaleContextHolder.getLocale());
                } catch (InvalidInputException refused) {
                    violations.addAll(refused.violations());
                }
                subjectId = command.subjectRef().id();
            }
        } else if (command.subjectRef() != null) {
            violations.add(new Violation("subjectRef", "governance.error.recordNotOffered"));
        }
        if (command.motionId() != null && command.outcome() != null) {
            Optional<MotionView> motion = voting.findMotion(command.motionId());
            if (motion.isEmpty() || motion.get().body() != session.body()) {
                violations.add(new Violation("motionId", "governance.error.unknownMotion"));
            } else if (motion.get().state() != PollState.PUBLISHED) {
                violations.add(new Violation("motionId", "governance.error.motionNotPublished"));
            } else if (motion.get().subjectId() != null && !motion.get().subjectId().equals(subjectId)) {
                violations.add(new Violation("motionId", "governance.error.motionOtherSubject"));
            } else if (Boolean.TRUE.equals(motion.get().adopted()) != (command.outcome() == Outcome.ADOPTED_BY_VOTE)) {
                violations.add(new Violation("outcome", "governance.error.outcomeDiffersFromVote"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        DecisionView decision = new DecisionView(UUID.randomUUID(), sessionId, session.body(), session.title(),
                session.date(), text, command.outcome(), type, subjectId, command.motionId(),
                type == SubjectType.RECORD ? command.subjectRef() : null);
        decisions.insert(decision, actor.at(), actor.personId());
        // a source refusing here rolls back the decision just written, so nothing is left of it (decision 23)
        subjects.apply(decision, command, source, actor);
        events.publishEvent(new DecisionRecorded(decision.id(), sessionId, type, subjectId, command.outcome(), actor,
                decision.subjectRef()));
        events.publishEvent(new RecordChanged(GovernanceRecords.decision(decision.id())));
        return decision.id();
    }
}
