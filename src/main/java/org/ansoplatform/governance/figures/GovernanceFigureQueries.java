package org.ansoplatform.governance.figures;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.governance.AssociationState;
import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.SessionStatus;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What governance's figures count and their links show. A session, and what was decided in it, belongs to the year
 * of its date in its own zone (as its page gives it).
 */
@Service
@Transactional(readOnly = true)
class GovernanceFigureQueries {

    /** A counted record and the body it belongs to (null where none does). */
    record Counted(UUID id, Body body) {
    }

    record Titled(UUID id, String title, UUID owner) {
    }

    private final JdbcClient jdbc;

    GovernanceFigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Counted> sessionsHeld(int year) {
        return jdbc.sql("""
                        select id, body from governance.session
                        where status = :held and extract(year from starts_at) = :year order by starts_at, id""")
                .param("held", SessionStatus.HELD.name()).param("year", year)
                .query((rs, row) -> new Counted(Rows.uuid(rs, "id"), Rows.enumValue(rs, "body", Body.class))).list();
    }

    List<Counted> decisions(int year) {
        return jdbc.sql("""
                        select d.id, s.body from governance.decision d join governance.session s on s.id = d.session_id
                        where extract(year from s.starts_at) = :year order by s.starts_at, d.recorded_at, d.id""")
                .param("year", year)
                .query((rs, row) -> new Counted(Rows.uuid(rs, "id"), Rows.enumValue(rs, "body", Body.class))).list();
    }

    /** Applications whose endorsement (the Board's) or approval (the Assembly's) was decided in the year. */
    List<UUID> applications(int year, boolean approved) {
        return jdbc.sql("""
                        select a.id from governance.application a
                        join governance.decision d on d.id = case when :approved then a.approved_by else a.endorsed_by end
                        join governance.session s on s.id = d.session_id
                        where extract(year from s.starts_at) = :year order by s.starts_at, d.recorded_at, a.id""")
                .param("approved", approved).param("year", year)
                .query((rs, row) -> Rows.uuid(rs, "id")).list();
    }

    /**
     * Approved associations with the year of their approval: the approving decision's session, or, for one
     * recorded as approved without a decision, the year it was recorded (UTC), when it was known to be approved.
     */
    List<ApprovedAssociation> approvedAssociations() {
        return jdbc.sql("""
                        select a.id, cast(extract(year from coalesce(s.starts_at, a.created_at at time zone 'UTC')) as integer) as year,
                               s.id is not null as by_decision
                        from governance.association a
                        left join governance.decision d on d.id = a.approved_by
                        left join governance.session s on s.id = d.session_id
                        where a.state = :approved order by a.acronym, a.id""")
                .param("approved", AssociationState.APPROVED.name())
                .query((rs, row) -> new ApprovedAssociation(Rows.uuid(rs, "id"), rs.getInt("year"),
                        rs.getBoolean("by_decision"))).list();
    }

    record ApprovedAssociation(UUID id, int year, boolean byDecision) {
    }

    List<Titled> sessions(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql("select id, title from governance.session where id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query((rs, row) -> new Titled(Rows.uuid(rs, "id"), rs.getString("title"), null)).list();
    }

    /** Decisions titled by their session and text; the owner is the session, whose page shows them. */
    List<Titled> decisions(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql("""
                        select d.id, s.title || ': ' || d.text as title, d.session_id from governance.decision d
                        join governance.session s on s.id = d.session_id where d.id in (:ids)""")
                .param("ids", List.copyOf(ids))
                .query((rs, row) -> new Titled(Rows.uuid(rs, "id"), rs.getString("title"), Rows.uuid(rs, "session_id")))
                .list();
    }

    /** Applications by the organization's name; the owner is the person who applied. */
    List<Titled> applications(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql("select id, legal_name, applicant_id from governance.application where id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query((rs, row) -> new Titled(Rows.uuid(rs, "id"), rs.getString("legal_name"), Rows.uuid(rs, "applicant_id")))
                .list();
    }

    List<Titled> associations(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql("select id, acronym || ' – ' || name as title from governance.association where id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query((rs, row) -> new Titled(Rows.uuid(rs, "id"), rs.getString("title"), null)).list();
    }
}
