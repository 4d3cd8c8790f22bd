package org.ansoplatform.review.panels;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.review.ReviewStatus;
import org.ansoplatform.review.ReviewingOpened;
import org.ansoplatform.review.assignment.AssignmentResult;
import org.ansoplatform.review.panels.PanelQueries.MemberStatus;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The assignment's storage: the instance read with one query per table, runs, the pairs (removed pairs
 * deleted in one statement, new ones copied in with PostgreSQL COPY), pins and bans, and the checks that
 * open reviewing. A further review is a pair under a run of its own ({@link #FURTHER_RUNS}).
 */
@Repository
public class AssignmentStore {

    /** The runs that recorded a further review (one pair each, outside any solved instance). */
    private static final String FURTHER_RUNS = "select id from review.assignment_run where panel_id = :panel and kind = :reassign"
            + " and summary ->> 'furtherReview' = 'true'";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    AssignmentStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    record Pair(UUID subjectId, UUID reviewerId) {
    }

    record SubjectFields(UUID id, String label, String[] fields) {
    }

    record Candidate(UUID id, String name, String[] fields, int maxLoad, int minLoad) {
    }

    record Pairing(UUID subjectId, UUID reviewerId, PairingKind kind) {
    }

    record StoredPair(UUID subjectId, UUID reviewerId, double affinity, boolean submitted, boolean pinned) {
    }

    private JdbcClient.StatementSpec sql(String sql, UUID panelId) {
        return jdbc.sql(sql).param("panel", panelId).param("reassign", RunKind.REASSIGN.name());
    }

    // the instance

    List<SubjectFields> subjects(UUID panelId) {
        return sql("select subject_id, label, fields from review.subject where panel_id = :panel order by subject_id", panelId)
                .query((rs, n) -> new SubjectFields(Rows.uuid(rs, "subject_id"), rs.getString("label"),
                        Rows.strings(rs, "fields").toArray(String[]::new)))
                .list();
    }

    /** Accepted members, and the dropped ones, with their effective maximum load and the panel's minimum. */
    List<Candidate> candidates(UUID panelId, List<UUID> dropped) {
        return sql("""
                select r.id, r.name, r.fields, least(coalesce(m.max_load, r.max_load), p.max_load) max_load, p.min_load
                from review.panel_member m join review.reviewer r on r.id = m.reviewer_id join review.panel p on p.id = m.panel_id
                where m.panel_id = :panel and (m.status = :accepted or m.reviewer_id = any (:dropped)) order by r.id""", panelId)
                .param("accepted", MemberStatus.ACCEPTED.name()).param("dropped", dropped.toArray(UUID[]::new))
                .query((rs, n) -> new Candidate(Rows.uuid(rs, "id"), rs.getString("name"), Rows.strings(rs, "fields").toArray(String[]::new),
                        rs.getInt("max_load"), rs.getInt("min_load")))
                .list();
    }

    List<Pair> conflictedPairs(UUID panelId) {
        return sql("select distinct subject_id, reviewer_id from review.conflict where panel_id = :panel", panelId)
                .query((rs, n) -> new Pair(Rows.uuid(rs, "subject_id"), Rows.uuid(rs, "reviewer_id"))).list();
    }

    List<Pairing> pairings(UUID panelId) {
        return sql("select subject_id, reviewer_id, kind from review.pairing where panel_id = :panel", panelId)
                .query((rs, n) -> new Pairing(Rows.uuid(rs, "subject_id"), Rows.uuid(rs, "reviewer_id"),
                        Rows.enumValue(rs, "kind", PairingKind.class)))
                .list();
    }

    /** The stored pairs outside further reviews, each with whether its review is submitted. */
    List<StoredPair> storedPairs(UUID panelId) {
        return sql("""
                select a.subject_id, a.reviewer_id, a.affinity, exists (select 1 from review.review v where v.panel_id = a.panel_id
                    and v.subject_id = a.subject_id and v.reviewer_id = a.reviewer_id and v.status = :submitted) submitted, a.pinned
                from review.assignment a where a.panel_id = :panel and a.run_id not in (""" + FURTHER_RUNS + ")", panelId)
                .param("submitted", ReviewStatus.SUBMITTED.name())
                .query((rs, n) -> new StoredPair(Rows.uuid(rs, "subject_id"), Rows.uuid(rs, "reviewer_id"), rs.getDouble("affinity"),
                        rs.getBoolean("submitted"), rs.getBoolean("pinned")))
                .list();
    }

    List<Pair> furtherReviewPairs(UUID panelId) {
        return sql("select subject_id, reviewer_id from review.assignment where panel_id = :panel and run_id in (" + FURTHER_RUNS + ")",
                panelId).query((rs, n) -> new Pair(Rows.uuid(rs, "subject_id"), Rows.uuid(rs, "reviewer_id"))).list();
    }

    Set<Pair> currentPairs(UUID panelId) {
        return new HashSet<>(sql("select subject_id, reviewer_id from review.assignment where panel_id = :panel and run_id not in ("
                + FURTHER_RUNS + ")", panelId).query((rs, n) -> new Pair(Rows.uuid(rs, "subject_id"), Rows.uuid(rs, "reviewer_id"))).list());
    }

    // storing a run

    /** A further review asked of a dropped reviewer and not submitted goes with them. */
    void deleteOpenFurtherReviewsOf(UUID panelId, List<UUID> dropped) {
        sql("""
                delete from review.assignment a where a.panel_id = :panel and a.reviewer_id = any (:dropped) and a.run_id in (""" + FURTHER_RUNS + """
                ) and not exists (select 1 from review.review v where v.panel_id = a.panel_id and v.subject_id = a.subject_id
                    and v.reviewer_id = a.reviewer_id and v.status = :submitted)""", panelId)
                .param("dropped", dropped.toArray(UUID[]::new)).param("submitted", ReviewStatus.SUBMITTED.name()).update();
    }

    void insertRun(UUID runId, UUID panelId, RunKind kind, UUID runBy, Instant now) {
        jdbc.sql("""
                insert into review.assignment_run (id, panel_id, run_by, run_at, kind, feasible, summary)
                values (:id, :panel, :runBy, :now, :kind, true, '{}')""")
                .param("id", runId).param("panel", panelId).param("runBy", runBy).param("now", Timestamp.from(now))
                .param("kind", kind.name()).update();
    }

    void saveSummary(UUID runId, String summary) {
        jdbc.sql("update review.assignment_run set summary = :summary::jsonb where id = :id").param("summary", summary).param("id", runId)
                .update();
    }

    void deletePairs(UUID panelId, List<Pair> removed) {
        if (removed.isEmpty()) {
            return;
        }
        jdbc.sql("""
                delete from review.assignment a using unnest(:subjects::uuid[], :reviewers::uuid[]) as x(s, r)
                where a.panel_id = :panel and a.subject_id = x.s and a.reviewer_id = x.r""")
                .param("subjects", removed.stream().map(Pair::subjectId).toArray(UUID[]::new))
                .param("reviewers", removed.stream().map(Pair::reviewerId).toArray(UUID[]::new)).param("panel", panelId).update();
    }

    /**
     * All pairs in one COPY on the transaction's own connection (tab-separated rows), the fastest way
     * into PostgreSQL: no per-row statements.
     */
    void copyPairs(UUID panelId, UUID runId, Instant now, List<AssignmentResult.AssignedPair> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        String at = now.toString();
        StringBuilder rows = new StringBuilder(pairs.size() * 140);
        for (AssignmentResult.AssignedPair pair : pairs) {
            rows.append(panelId).append('\t').append(pair.applicationId()).append('\t').append(pair.reviewerId()).append('\t')
                    .append(pair.affinity()).append('\t').append(pair.pinned() ? 't' : 'f').append('\t').append(runId).append('\t')
                    .append(at).append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy review.assignment (panel_id, subject_id, reviewer_id, affinity, pinned, run_id, assigned_at) from stdin",
                    new StringReader(rows.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("storing the assignment failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** A further review: a pair under a REASSIGN run of its own whose summary says so, with its own deadline. */
    public void insertFurtherReview(UUID runId, UUID panelId, UUID subjectId, UUID reviewerId, UUID runBy, Instant now, Instant due) {
        jdbc.sql("""
                insert into review.assignment_run (id, panel_id, run_by, run_at, kind, feasible, summary)
                values (:run, :panel, :runBy, :now, :reassign, true,
                    jsonb_build_object('furtherReview', true, 'subject', :subject::text, 'reviewer', :reviewer::text))""")
                .param("run", runId).param("panel", panelId).param("runBy", runBy).param("now", Timestamp.from(now))
                .param("reassign", RunKind.REASSIGN.name()).param("subject", subjectId.toString()).param("reviewer", reviewerId.toString())
                .update();
        jdbc.sql("""
                insert into review.assignment (panel_id, subject_id, reviewer_id, affinity, pinned, run_id, assigned_at, due_at)
                values (:panel, :subject, :reviewer, 0, true, :run, :now, :due)""")
                .param("panel", panelId).param("subject", subjectId).param("reviewer", reviewerId).param("run", runId)
                .param("now", Timestamp.from(now)).param("due", Timestamp.from(due)).update();
    }

    // single pairs

    boolean isAssigned(UUID panelId, UUID subjectId, UUID reviewerId) {
        return sql("select exists (select 1 from review.assignment where panel_id = :panel and subject_id = :subject and reviewer_id = :reviewer)",
                panelId).param("subject", subjectId).param("reviewer", reviewerId).query(Boolean.class).single();
    }

    void unassign(UUID panelId, UUID subjectId, UUID reviewerId) {
        sql("delete from review.assignment where panel_id = :panel and subject_id = :subject and reviewer_id = :reviewer", panelId)
                .param("subject", subjectId).param("reviewer", reviewerId).update();
    }

    boolean anyAssigned(UUID panelId) {
        return sql("select exists (select 1 from review.assignment where panel_id = :panel)", panelId).query(Boolean.class).single();
    }

    int assignedCount(UUID panelId, UUID reviewerId) {
        return sql("select count(*) from review.assignment where panel_id = :panel and reviewer_id = :reviewer", panelId)
                .param("reviewer", reviewerId).query(Integer.class).single();
    }

    void removePairing(UUID panelId, UUID subjectId, UUID reviewerId) {
        sql("delete from review.pairing where panel_id = :panel and subject_id = :subject and reviewer_id = :reviewer", panelId)
                .param("subject", subjectId).param("reviewer", reviewerId).update();
    }

    void setPairing(UUID panelId, UUID subjectId, UUID reviewerId, PairingKind kind, UUID setBy, Instant now) {
        jdbc.sql("""
                insert into review.pairing (panel_id, subject_id, reviewer_id, kind, set_by, set_at)
                values (:panel, :subject, :reviewer, :kind, :setBy, :now)
                on conflict (panel_id, subject_id, reviewer_id) do update set kind = excluded.kind, set_by = excluded.set_by,
                    set_at = excluded.set_at""")
                .param("panel", panelId).param("subject", subjectId).param("reviewer", reviewerId).param("kind", kind.name())
                .param("setBy", setBy).param("now", Timestamp.from(now)).update();
    }

    // checks before reviewing opens

    int pairCount(UUID panelId) {
        return sql("select count(*) from review.assignment where panel_id = :panel", panelId).query(Integer.class).single();
    }

    /** Assigned pairs that have a conflict of interest now (a relation or profile changed after the run). */
    int conflictedAssignedPairs(UUID panelId) {
        return sql("""
                select count(*) from review.assignment a where a.panel_id = :panel and exists (select 1 from review.conflict c
                where c.panel_id = a.panel_id and c.subject_id = a.subject_id and c.reviewer_id = a.reviewer_id)""", panelId)
                .query(Integer.class).single();
    }

    /** Subjects without exactly {@code k} assigned reviewers. */
    int subjectsWithout(UUID panelId, int k) {
        return sql("""
                select count(*) from review.subject s where s.panel_id = :panel and (select count(*) from review.assignment a
                where a.panel_id = s.panel_id and a.subject_id = s.subject_id) <> :k""", panelId).param("k", k)
                .query(Integer.class).single();
    }

    /** Members whose load breaks the bounds: an accepted one outside them, anyone else with any subject. */
    int membersOffBounds(UUID panelId) {
        return sql("""
                select count(*) from (select r.id, m.status, count(a.subject_id) load,
                    least(coalesce(m.max_load, r.max_load), p.max_load) cap, p.min_load
                from review.panel_member m join review.reviewer r on r.id = m.reviewer_id join review.panel p on p.id = m.panel_id
                left join review.assignment a on a.panel_id = m.panel_id and a.reviewer_id = m.reviewer_id
                where m.panel_id = :panel group by r.id, m.status, m.max_load, r.max_load, p.max_load, p.min_load) x
                where (x.status = :accepted and (x.load > x.cap or x.load < least(x.min_load, x.cap)))
                    or (x.status <> :accepted and x.load > 0)""", panelId).param("accepted", MemberStatus.ACCEPTED.name())
                .query(Integer.class).single();
    }

    /** How many subjects each reviewer (person id) has in the panel. */
    List<ReviewingOpened.Assigned> subjectsPerPerson(UUID panelId) {
        return sql("""
                select r.person_id, count(*) subjects from review.assignment a join review.reviewer r on r.id = a.reviewer_id
                where a.panel_id = :panel group by r.person_id order by r.person_id""", panelId)
                .query((rs, n) -> new ReviewingOpened.Assigned(Rows.uuid(rs, "person_id"), rs.getInt("subjects"))).list();
    }

    /** How many subjects each reviewer (person id) gained by one run (kept pairs keep their own run). */
    List<ReviewingOpened.Assigned> subjectsPerPersonOfRun(UUID panelId, UUID runId) {
        return sql("""
                select r.person_id, count(*) subjects from review.assignment a join review.reviewer r on r.id = a.reviewer_id
                where a.panel_id = :panel and a.run_id = :run group by r.person_id order by r.person_id""", panelId).param("run", runId)
                .query((rs, n) -> new ReviewingOpened.Assigned(Rows.uuid(rs, "person_id"), rs.getInt("subjects"))).list();
    }
}
