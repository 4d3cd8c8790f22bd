package org.ansoplatform.review.panels;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Conflicts of interest as stored: the facts they are computed from, and the conflicts themselves. */
@Repository
class ConflictStore {

    private final JdbcClient jdbc;

    ConflictStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a member brings to conflict checks: institution, country, address and declared relations (jsonb text). */
    record MemberFacts(UUID reviewerId, String institution, String country, String relations, String email, UUID personId) {
    }

    record SubjectFacts(UUID subjectId, String institution, String country, UUID organizationId, List<String> people) {
    }

    /** One conflict found for a pair. */
    record Found(UUID subjectId, UUID reviewerId, ConflictSource source, String reason) {
    }

    List<MemberFacts> members(UUID panelId) {
        return jdbc.sql("""
                select r.id, r.institution, r.country, r.relations::text relations, r.email, r.person_id from review.panel_member m
                join review.reviewer r on r.id = m.reviewer_id where m.panel_id = :panel""").param("panel", panelId)
                .query((rs, n) -> new MemberFacts(Rows.uuid(rs, "id"), rs.getString("institution"), rs.getString("country"),
                        rs.getString("relations"), rs.getString("email"), Rows.uuid(rs, "person_id")))
                .list();
    }

    List<SubjectFacts> subjects(UUID panelId) {
        return jdbc.sql("select subject_id, institution, country, organization_id, people from review.subject where panel_id = :panel")
                .param("panel", panelId)
                .query((rs, n) -> new SubjectFacts(Rows.uuid(rs, "subject_id"), rs.getString("institution"), rs.getString("country"),
                        Rows.uuid(rs, "organization_id"), Rows.strings(rs, "people")))
                .list();
    }

    /** Replaces the panel's automatic conflicts by these (one delete, one multi-row insert). */
    void replaceAutomatic(UUID panelId, List<Found> found, Instant now) {
        jdbc.sql("delete from review.conflict where panel_id = :panel and source = any (:automatic)")
                .param("panel", panelId).param("automatic", ConflictSource.names(ConflictSource.AUTOMATIC)).update();
        if (found.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into review.conflict (panel_id, subject_id, reviewer_id, source, reason, recorded_at)
                select :panel, s, r, k, why, :now from unnest(:subjects::uuid[], :reviewers::uuid[], :sources::text[], :reasons::text[])
                    as x(s, r, k, why)
                on conflict do nothing""")
                .param("panel", panelId).param("now", Timestamp.from(now))
                .param("subjects", found.stream().map(Found::subjectId).toArray(UUID[]::new))
                .param("reviewers", found.stream().map(Found::reviewerId).toArray(UUID[]::new))
                .param("sources", found.stream().map(f -> f.source().name()).toArray(String[]::new))
                .param("reasons", found.stream().map(Found::reason).toArray(String[]::new))
                .update();
    }

    /** Records (or updates the reason of) a declared or Secretariat conflict. */
    void record(UUID panelId, UUID subjectId, UUID reviewerId, ConflictSource source, String reason, Instant now) {
        jdbc.sql("""
                insert into review.conflict (panel_id, subject_id, reviewer_id, source, reason, recorded_at)
                values (:panel, :subject, :reviewer, :source, :reason, :now)
                on conflict (panel_id, subject_id, reviewer_id, source) do update set reason = excluded.reason""")
                .param("panel", panelId).param("subject", subjectId).param("reviewer", reviewerId).param("source", source.name())
                .param("reason", reason).param("now", Timestamp.from(now)).update();
    }

    /** Removes a reviewer's own declaration; false when there was none. */
    boolean removeDeclared(UUID panelId, UUID subjectId, UUID reviewerId) {
        return jdbc.sql("""
                delete from review.conflict where panel_id = :panel and subject_id = :subject and reviewer_id = :reviewer
                and source = :declared""")
                .param("panel", panelId).param("subject", subjectId).param("reviewer", reviewerId)
                .param("declared", ConflictSource.DECLARED.name()).update() > 0;
    }
}
