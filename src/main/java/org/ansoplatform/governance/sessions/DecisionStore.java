package org.ansoplatform.governance.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.DecisionView;
import org.ansoplatform.governance.Outcome;
import org.ansoplatform.governance.SubjectType;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.RecordRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Decisions recorded in sessions, read with their session's body, title and date. */
@Component
public class DecisionStore {

    private static final String DECISIONS = """
            select d.*, s.body, s.title as session_title, s.starts_at from governance.decision d
            join governance.session s on s.id = d.session_id""";

    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(DecisionView decision, Instant at, UUID by) {
        jdbc.sql("""
                        insert into governance.decision (id, session_id, text, outcome, subject_type, subject_id, subject_ref,
                            motion_id, recorded_at, recorded_by)
                        values (:id, :session, :text, :outcome, :type, :subject, :ref, :motion, :at, :by)""")
                .param("id", decision.id()).param("session", decision.sessionId()).param("text", decision.text())
                .param("outcome", decision.outcome().name()).param("type", decision.subjectType().name())
                .param("subject", decision.subjectId()).param("motion", decision.motionId())
                .param("ref", decision.subjectRef() == null ? null : decision.subjectRef().toString())
                .param("at", Timestamp.from(at)).param("by", by)
                .update();
    }

    public List<DecisionView> ofSession(UUID sessionId) {
        return jdbc.sql(DECISIONS + " where d.session_id = :session order by d.recorded_at, d.id").param("session", sessionId)
                .query(DecisionStore::view).list();
    }

    /** The decisions about one application, amendment, mandate or association, oldest first. */
    public List<DecisionView> about(UUID subjectId) {
        return jdbc.sql(DECISIONS + " where d.subject_id = :subject order by s.starts_at, d.recorded_at")
                .param("subject", subjectId).query(DecisionStore::view).list();
    }

    public Optional<DecisionView> find(UUID id) {
        return jdbc.sql(DECISIONS + " where d.id = :id").param("id", id).query(DecisionStore::view).optional();
    }

    private static DecisionView view(ResultSet rs, int row) throws SQLException {
        return new DecisionView(Rows.uuid(rs, "id"), Rows.uuid(rs, "session_id"), Rows.enumValue(rs, "body", Body.class),
                rs.getString("session_title"), rs.getObject("starts_at", LocalDateTime.class).toLocalDate(),
                rs.getString("text"), Rows.enumValue(rs, "outcome", Outcome.class),
                Rows.enumValue(rs, "subject_type", SubjectType.class), Rows.uuid(rs, "subject_id"),
                Rows.uuid(rs, "motion_id"), rs.getString("subject_ref") == null ? null : RecordRef.parse(rs.getString("subject_ref")));
    }
}
