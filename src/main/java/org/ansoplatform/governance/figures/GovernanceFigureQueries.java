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

    /** A counted record as a report's list shows it: its day, a short detail, whether it is illustrative. */
    record Listed(UUID id, String title, UUID owner, java.time.LocalDate date, String detail, boolean illustrative) {
    }

    /** A seat held on a body, with its organization. */
    record Held(UUID id, UUID organizationId) {
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

    /** Applications the Board endorsed in sessions of the year or of any year before. */
    List<UUID> endorsedUpTo(int year) {
        return jdbc.sql("""
                        select a.id from governance.application a
                        join governance.decision d on d.id = a.endorsed_by
                        join governance.session s on s.id = d.session_id
                        where extract(year from s.starts_at) <= :year order by s.starts_at, d.recorded_at, a.id""")
                .param("year", year)
                .query((rs, row) -> Rows.uuid(rs, "id")).list();
    }

    /** The seats of the body held on the last day of the year: begun by then and not ended before it. */
    List<Held> seatsHeld(Body body, int year) {
        java.time.LocalDate last = java.time.LocalDate.of(year, 12, 31);
        return jdbc.sql("""
                        select id, organization_id from governance.seat where body = :body and term_start <= :day
                        and (term_end is null or term_end >= :day) order by term_start, id""")
                .param("body", body.name()).param("day", last)
                .query((rs, row) -> new Held(Rows.uuid(rs, "id"), Rows.uuid(rs, "organization_id"))).list();
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

    /** Sessions with their day (as held, in their zone) and place. */
    List<Listed> sessions(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql("""
                        select id, title, cast(starts_at as date) as day, location from governance.session where id in (:ids)""")
                .param("ids", List.copyOf(ids))
                .query((rs, row) -> new Listed(Rows.uuid(rs, "id"), rs.getString("title"), null, Rows.date(rs, "day"),
                        rs.getString("location"), false)).list();
    }

    /**
     * Decisions titled by their session and text, dated by their session's day and detailed by its title; the owner
     * is the session, whose page shows them.
     */
    List<Listed> decisions(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql("""
                        select d.id, s.title || ': ' || d.text as title, d.session_id, cast(s.starts_at as date) as day,
                               s.title as session_title
                        from governance.decision d
                        join governance.session s on s.id = d.session_id where d.id in (:ids)""")
                .param("ids", List.copyOf(ids))
                .query((rs, row) -> new Listed(Rows.uuid(rs, "id"), rs.getString("title"), Rows.uuid(rs, "session_id"),
                        Rows.date(rs, "day"), rs.getString("session_title"), false))
                .list();
    }

    /** Applications by the organization's name, dated by the Board's endorsement; the owner is the person who applied. */
    List<Listed> applications(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql("""
                        select a.id, a.legal_name, a.applicant_id, cast(s.starts_at as date) as day, s.title as session_title,
                               a.illustrative
                        from governance.application a
                        left join governance.decision d on d.id = a.endorsed_by
                        left join governance.session s on s.id = d.session_id where a.id in (:ids)""")
                .param("ids", List.copyOf(ids))
                .query((rs, row) -> new Listed(Rows.uuid(rs, "id"), rs.getString("legal_name"), Rows.uuid(rs, "applicant_id"),
                        Rows.date(rs, "day"), rs.getString("session_title"), rs.getBoolean("illustrative")))
                .list();
    }

    List<Listed> associations(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql("""
                        select id, acronym || ' – ' || name as title, illustrative from governance.association where id in (:ids)""")
                .param("ids", List.copyOf(ids))
                .query((rs, row) -> new Listed(Rows.uuid(rs, "id"), rs.getString("title"), null, null, null,
                        rs.getBoolean("illustrative"))).list();
    }

    /** Seats with their first day and the organization holding them (named by the directory). */
    List<Listed> seats(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql("""
                        select id, organization_id, term_start, body, illustrative from governance.seat where id in (:ids)""")
                .param("ids", List.copyOf(ids))
                .query((rs, row) -> new Listed(Rows.uuid(rs, "id"), rs.getString("body"), Rows.uuid(rs, "organization_id"),
                        Rows.date(rs, "term_start"), null, rs.getBoolean("illustrative"))).list();
    }
}
