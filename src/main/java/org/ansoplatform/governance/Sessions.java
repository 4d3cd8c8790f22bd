package org.ansoplatform.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.files.FileAccess;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions (meetings) of the Governing Board and the General Assembly: date and zone, mode, attendance,
 * agenda items with documents, minutes, and the decisions taken. Recording a decision applies it to what it
 * decides (an application, an amendment, a mandate, an association) in the same transaction, or refuses
 * with nothing changed.
 */
@Service
@Transactional
public class Sessions {

    public enum Mode { ONLINE, ON_SITE, HYBRID }

    public enum Status { PLANNED, HELD, POSTPONED }

    public record SessionCommand(Body body, String title, LocalDateTime startsAt, String zone, Mode mode, String location) {
    }

    public record SessionView(UUID id, Body body, String title, LocalDateTime startsAt, String zone, Mode mode,
            String location, Status status, String minutes) {

        public LocalDate date() {
            return startsAt.toLocalDate();
        }
    }

    public record AgendaItemView(UUID id, int position, String title, List<UUID> fileIds) {
    }

    public record AttendanceView(UUID organizationId, String organizationName, boolean present) {
    }

    /**
     * A decision to record. {@code subjectId} names the application, amendment, mandate or association it
     * decides; {@code motionId} the published vote it follows; {@code termEnd} the new end of a mandate.
     */
    public record DecisionCommand(String text, Outcome outcome, SubjectType subjectType, UUID subjectId, UUID motionId,
            LocalDate termEnd) {
    }

    public record DecisionView(UUID id, UUID sessionId, Body body, String sessionTitle, LocalDate date, String text,
            Outcome outcome, SubjectType subjectType, UUID subjectId, UUID motionId) {

        /** How the decision reads in a history: the session, its date and the decision's outcome. */
        public String summary() {
            return sessionTitle + " (" + date + "): " + outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Membership membership;
    private final Statutes statutes;
    private final Mandates mandates;
    private final Associations associations;
    private final Voting voting;
    private final OrganizationQueries organizations;
    private final FileAccess files;

    Sessions(JdbcClient jdbc, CurrentActor currentActor, ApplicationEventPublisher events, Membership membership,
            Statutes statutes, Mandates mandates, Associations associations, Voting voting,
            OrganizationQueries organizations, FileAccess files) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.events = events;
        this.membership = membership;
        this.statutes = statutes;
        this.mandates = mandates;
        this.associations = associations;
        this.voting = voting;
        this.organizations = organizations;
        this.files = files;
    }

    public UUID create(SessionCommand command) {
        return create(command, Status.PLANNED, currentActor.get());
    }

    UUID create(SessionCommand command, Status status, Actor actor) {
        List<Violation> violations = new ArrayList<>();
        String title = Values.trim(command.title());
        if (command.body() == null) {
            violations.add(new Violation("body", "validation.required"));
        }
        if (title == null) {
            violations.add(new Violation("title", "validation.required"));
        } else if (title.length() > 300) {
            violations.add(new Violation("title", "validation.tooLong", 300));
        }
        if (command.startsAt() == null) {
            violations.add(new Violation("startsAt", "validation.required"));
        }
        String zone = Values.trim(command.zone());
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
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into governance.session (id, body, title, starts_at, zone, mode, location, status, created_at)
                        values (:id, :body, :title, :startsAt, :zone, :mode, :location, :status, :createdAt)""")
                .param("id", id).param("body", command.body().name()).param("title", title)
                .param("startsAt", command.startsAt()).param("zone", zone).param("mode", command.mode().name())
                .param("location", Values.trim(command.location())).param("status", status.name())
                .param("createdAt", Values.timestamp(actor.at()))
                .update();
        events.publishEvent(new GovernanceChanged("governance.sessionCreated", "session", id.toString(), title, actor));
        return id;
    }

    public void setStatus(UUID id, Status status) {
        session(id);
        jdbc.sql("update governance.session set status = :status where id = :id")
                .param("status", status.name()).param("id", id).update();
        events.publishEvent(new GovernanceChanged("governance.sessionStatus", "session", id.toString(), status.name(),
                currentActor.get()));
    }

    public void saveMinutes(UUID id, String minutes) {
        session(id);
        String text = Values.trim(minutes);
        if (text != null && text.length() > 100_000) {
            throw new InvalidInputException("minutes", "validation.tooLong", 100_000);
        }
        jdbc.sql("update governance.session set minutes = :minutes where id = :id").param("minutes", text).param("id", id).update();
        events.publishEvent(new GovernanceChanged("governance.minutesSaved", "session", id.toString(), "", currentActor.get()));
    }

    public UUID addAgendaItem(UUID sessionId, String title, List<UUID> fileIds) {
        session(sessionId);
        String text = Values.trim(title);
        if (text == null) {
            throw new InvalidInputException("title", "validation.required");
        }
        if (text.length() > 500) {
            throw new InvalidInputException("title", "validation.tooLong", 500);
        }
        Actor actor = currentActor.get();
        for (UUID fileId : fileIds == null ? List.<UUID>of() : fileIds) {
            if (actor.personId() != null && files.readable(actor.personId(), fileId).isEmpty()) {
                throw new InvalidInputException("files", "governance.error.file");
            }
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into governance.agenda_item (id, session_id, position, title, file_ids)
                        values (:id, :session, (select coalesce(max(position), 0) + 1 from governance.agenda_item where session_id = :session),
                                :title, cast(:files as uuid[]))""")
                .param("id", id).param("session", sessionId).param("title", text).param("files", Values.array(fileIds))
                .update();
        return id;
    }

    public void setAttendance(UUID sessionId, UUID organizationId, boolean present) {
        session(sessionId);
        if (organizations.byId(organizationId).isEmpty()) {
            throw new InvalidInputException("organizationId", "governance.error.unknownOrganization");
        }
        jdbc.sql("""
                        insert into governance.attendance (session_id, organization_id, present) values (:session, :organization, :present)
                        on conflict (session_id, organization_id) do update set present = excluded.present""")
                .param("session", sessionId).param("organization", organizationId).param("present", present).update();
    }

    /** Records a decision of the session's body and applies it to its subject; refuses with nothing changed. */
    public UUID recordDecision(UUID sessionId, DecisionCommand command) {
        return recordDecision(sessionId, command, currentActor.get());
    }

    UUID recordDecision(UUID sessionId, DecisionCommand command, Actor actor) {
        SessionView session = session(sessionId);
        List<Violation> violations = new ArrayList<>();
        String text = Values.trim(command.text());
        if (text == null) {
            violations.add(new Violation("text", "validation.required"));
        } else if (text.length() > 4000) {
            violations.add(new Violation("text", "validation.tooLong", 4000));
        }
        if (command.outcome() == null) {
            violations.add(new Violation("outcome", "validation.required"));
        }
        SubjectType type = command.subjectType() == null ? SubjectType.OTHER : command.subjectType();
        boolean needsSubject = type == SubjectType.APPLICATION || type == SubjectType.AMENDMENT
                || type == SubjectType.MANDATE || type == SubjectType.ASSOCIATION;
        if (needsSubject && command.subjectId() == null) {
            violations.add(new Violation("subjectId", "validation.required"));
        }
        if (command.motionId() != null && command.outcome() != null) {
            Optional<Voting.MotionView> motion = voting.find(command.motionId());
            if (motion.isEmpty() || motion.get().body() != session.body()) {
                violations.add(new Violation("motionId", "governance.error.unknownMotion"));
            } else if (motion.get().state() != Voting.State.PUBLISHED) {
                violations.add(new Violation("motionId", "governance.error.motionNotPublished"));
            } else if (Boolean.TRUE.equals(motion.get().adopted()) != (command.outcome() == Outcome.ADOPTED_BY_VOTE)) {
                violations.add(new Violation("outcome", "governance.error.outcomeDiffersFromVote"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into governance.decision (id, session_id, text, outcome, subject_type, subject_id, motion_id, recorded_at, recorded_by)
                        values (:id, :session, :text, :outcome, :type, :subject, :motion, :at, :by)""")
                .param("id", id).param("session", sessionId).param("text", text)
                .param("outcome", command.outcome().name()).param("type", type.name())
                .param("subject", command.subjectId()).param("motion", command.motionId())
                .param("at", Values.timestamp(actor.at())).param("by", actor.personId())
                .update();
        DecisionView decision = new DecisionView(id, sessionId, session.body(), session.title(), session.date(), text,
                command.outcome(), type, command.subjectId(), command.motionId());
        switch (type) {
            case APPLICATION -> membership.apply(decision, actor);
            case AMENDMENT -> statutes.apply(decision, actor);
            case MANDATE -> mandates.apply(decision, command.termEnd(), actor);
            case ASSOCIATION -> associations.apply(decision, actor);
            default -> { }
        }
        events.publishEvent(new GovernanceChanged("governance.decisionRecorded", "decision", id.toString(),
                type + " " + command.outcome(), actor));
        return id;
    }

    @Transactional(readOnly = true)
    public SessionView session(UUID id) {
        return jdbc.sql("select * from governance.session where id = :id").param("id", id)
                .query(Sessions::view).optional().orElseThrow(() -> new NotFoundException("session"));
    }

    @Transactional(readOnly = true)
    public List<SessionView> list() {
        return jdbc.sql("select * from governance.session order by starts_at desc, id").query(Sessions::view).list();
    }

    @Transactional(readOnly = true)
    public List<AgendaItemView> agenda(UUID sessionId) {
        return jdbc.sql("select * from governance.agenda_item where session_id = :id order by position")
                .param("id", sessionId)
                .query((rs, row) -> new AgendaItemView(rs.getObject("id", UUID.class), rs.getInt("position"),
                        rs.getString("title"), Values.uuids(rs, "file_ids")))
                .list();
    }

    @Transactional(readOnly = true)
    public List<AttendanceView> attendance(UUID sessionId) {
        return jdbc.sql("select organization_id, present from governance.attendance where session_id = :id")
                .param("id", sessionId)
                .query((rs, row) -> {
                    UUID organization = rs.getObject("organization_id", UUID.class);
                    return new AttendanceView(organization,
                            organizations.byId(organization).map(o -> o.name()).orElse("?"), rs.getBoolean("present"));
                })
                .list().stream().sorted(java.util.Comparator.comparing(AttendanceView::organizationName)).toList();
    }

    private static final String DECISIONS = """
            select d.*, s.body, s.title as session_title, s.starts_at from governance.decision d
            join governance.session s on s.id = d.session_id""";

    @Transactional(readOnly = true)
    public List<DecisionView> decisions(UUID sessionId) {
        return jdbc.sql(DECISIONS + " where d.session_id = :id order by d.recorded_at, d.id").param("id", sessionId)
                .query(Sessions::decision).list();
    }

    /** The decisions about one application, amendment, mandate or association, oldest first. */
    @Transactional(readOnly = true)
    public List<DecisionView> decisionsAbout(UUID subjectId) {
        return jdbc.sql(DECISIONS + " where d.subject_id = :id order by s.starts_at, d.recorded_at").param("id", subjectId)
                .query(Sessions::decision).list();
    }

    @Transactional(readOnly = true)
    public Optional<DecisionView> decision(UUID id) {
        return jdbc.sql(DECISIONS + " where d.id = :id").param("id", id).query(Sessions::decision).optional();
    }

    static DecisionView decision(ResultSet rs, int row) throws SQLException {
        return new DecisionView(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
                Body.valueOf(rs.getString("body")), rs.getString("session_title"),
                rs.getObject("starts_at", LocalDateTime.class).toLocalDate(), rs.getString("text"),
                Outcome.valueOf(rs.getString("outcome")), SubjectType.valueOf(rs.getString("subject_type")),
                rs.getObject("subject_id", UUID.class), rs.getObject("motion_id", UUID.class));
    }

    private static SessionView view(ResultSet rs, int row) throws SQLException {
        return new SessionView(rs.getObject("id", UUID.class), Body.valueOf(rs.getString("body")), rs.getString("title"),
                rs.getObject("starts_at", LocalDateTime.class), rs.getString("zone"), Mode.valueOf(rs.getString("mode")),
                rs.getString("location"), Status.valueOf(rs.getString("status")), rs.getString("minutes"));
    }

}
