package org.ansoplatform.review.reviewing;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.review.ReviewStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reviewing's reads and writes of reviews: reviewers, assignments and conflicts are read as the panels
 * wrote them (panels themselves through PanelStore); reviews and their scores are written here.
 */
@Repository
public class ReviewingStore {

    private static final TypeReference<Map<String, Double>> SCORES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReviewingStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The id of the review of one subject by one reviewer: the same before and after its row exists. */
    public static UUID reviewId(UUID panelId, UUID subjectId, UUID reviewerId) {
        return UUID.nameUUIDFromBytes(("review:" + panelId + ":" + subjectId + ":" + reviewerId).getBytes(StandardCharsets.UTF_8));
    }

    record ReviewerRow(UUID id, UUID personId, String name, String email) {
    }

    /**
     * A reviewer's relation to one subject: assigned, conflicted, or only a review left from an earlier
     * assignment; {@code due} is the own deadline of a further review (null for an ordinary pair).
     */
    record Slot(UUID panelId, UUID subjectId, UUID reviewerId, boolean assigned, boolean conflicted, Instant due) {

        UUID reviewId() {
            return ReviewingStore.reviewId(panelId, subjectId, reviewerId);
        }
    }

    record ReviewRow(UUID id, UUID panelId, UUID subjectId, UUID reviewerId, ReviewStatus status, Map<String, Double> scores,
            Map<String, String> comments, Double total, String declineReason, Instant updatedAt, Instant submittedAt) {
    }

    record SubjectRow(UUID subjectId, String subjectType, String label, String track) {
    }

    Optional<ReviewerRow> reviewerOfPerson(UUID personId) {
        return jdbc.sql("select id, person_id, name, email from review.reviewer where person_id = :person").param("person", personId)
                .query(this::mapReviewer).optional();
    }

    Optional<ReviewerRow> reviewer(UUID reviewerId) {
        return jdbc.sql("select id, person_id, name, email from review.reviewer where id = :id").param("id", reviewerId)
                .query(this::mapReviewer).optional();
    }

    private ReviewerRow mapReviewer(ResultSet rs, int n) throws SQLException {
        return new ReviewerRow(Rows.uuid(rs, "id"), Rows.uuid(rs, "person_id"), rs.getString("name"), rs.getString("email"));
    }

    /** Every subject the reviewer is assigned to, conflicted with, or has a review of. */
    List<Slot> slots(UUID reviewerId) {
        return jdbc.sql("""
                select panel_id, subject_id, bool_or(assigned) as assigned, bool_or(conflicted) as conflicted, max(due_at) as due_at from (
                    select panel_id, subject_id, true as assigned, false as conflicted, due_at from review.assignment where reviewer_id = :r
                    union all select panel_id, subject_id, false, true, null from review.conflict where reviewer_id = :r
                    union all select panel_id, subject_id, false, false, null from review.review where reviewer_id = :r) x
                group by panel_id, subject_id""")
                .param("r", reviewerId)
                .query((rs, n) -> new Slot(Rows.uuid(rs, "panel_id"), Rows.uuid(rs, "subject_id"), reviewerId, rs.getBoolean("assigned"),
                        rs.getBoolean("conflicted"), Rows.instant(rs, "due_at")))
                .list();
    }

    boolean conflicted(UUID panelId, UUID subjectId, UUID reviewerId) {
        return jdbc.sql("select exists (select 1 from review.conflict where panel_id = :panel and subject_id = :subject and reviewer_id = :reviewer)")
                .param("panel", panelId).param("subject", subjectId).param("reviewer", reviewerId).query(Boolean.class).single();
    }

    Optional<SubjectRow> subject(UUID panelId, UUID subjectId) {
        return jdbc.sql("select subject_id, subject_type, label, track from review.subject where panel_id = :panel and subject_id = :subject")
                .param("panel", panelId).param("subject", subjectId)
                .query((rs, n) -> new SubjectRow(Rows.uuid(rs, "subject_id"), rs.getString("subject_type"), rs.getString("label"),
                        rs.getString("track")))
                .optional();
    }

    Optional<ReviewRow> review(UUID id) {
        return jdbc.sql("select * from review.review where id = :id").param("id", id).query(this::mapReview).optional();
    }

    Optional<ReviewRow> review(UUID panelId, UUID subjectId, UUID reviewerId) {
        return jdbc.sql("select * from review.review where panel_id = :panel and subject_id = :subject and reviewer_id = :reviewer")
                .param("panel", panelId).param("subject", subjectId).param("reviewer", reviewerId).query(this::mapReview).optional();
    }

    /** The review's row, created as an empty draft if it does not exist yet, locked until the transaction ends. */
    ReviewRow lockReview(UUID panelId, UUID subjectId, UUID reviewerId, Instant now) {
        jdbc.sql("""
                insert into review.review (id, panel_id, subject_id, reviewer_id, status, created_at, updated_at)
                values (:id, :panel, :subject, :reviewer, :draft, :now, :now) on conflict (panel_id, subject_id, reviewer_id) do nothing""")
                .param("id", reviewId(panelId, subjectId, reviewerId)).param("panel", panelId).param("subject", subjectId)
                .param("reviewer", reviewerId).param("draft", ReviewStatus.DRAFT.name()).param("now", Timestamp.from(now))
                .update();
        return jdbc.sql("select * from review.review where panel_id = :panel and subject_id = :subject and reviewer_id = :reviewer for update")
                .param("panel", panelId).param("subject", subjectId).param("reviewer", reviewerId).query(this::mapReview).single();
    }

    void saveDraft(UUID id, Map<String, Double> scores, Map<String, String> comments, Instant now) {
        jdbc.sql("""
                update review.review set scores = :scores::jsonb, comments = :comments::jsonb, updated_at = :now, version = version + 1
                where id = :id""")
                .param("scores", json.writeValueAsString(scores)).param("comments", json.writeValueAsString(comments))
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    void submit(UUID id, Map<String, Double> scores, Map<String, String> comments, double total, Instant now) {
        jdbc.sql("""
                update review.review set status = :submitted, scores = :scores::jsonb, comments = :comments::jsonb, total = :total,
                    submitted_at = :now, updated_at = :now, version = version + 1 where id = :id""")
                .param("submitted", ReviewStatus.SUBMITTED.name()).param("scores", json.writeValueAsString(scores))
                .param("comments", json.writeValueAsString(comments)).param("total", total).param("now", Timestamp.from(now))
                .param("id", id).update();
    }

    void decline(UUID id, String reason, Instant now) {
        jdbc.sql("""
                update review.review set status = :declined, decline_reason = :reason, updated_at = :now, version = version + 1
                where id = :id""")
                .param("declined", ReviewStatus.DECLINED.name()).param("reason", reason).param("now", Timestamp.from(now))
                .param("id", id).update();
    }

    /** Submitted reviews of a subject by reviewers who are not conflicted with it, oldest first. */
    List<ReviewRow> submittedOf(UUID panelId, UUID subjectId) {
        return jdbc.sql("""
                select r.* from review.review r where r.panel_id = :panel and r.subject_id = :subject and r.status = :submitted
                  and not exists (select 1 from review.conflict c where c.panel_id = r.panel_id and c.subject_id = r.subject_id
                                  and c.reviewer_id = r.reviewer_id)
                order by r.submitted_at, r.id""")
                .param("panel", panelId).param("subject", subjectId).param("submitted", ReviewStatus.SUBMITTED.name())
                .query(this::mapReview).list();
    }

    private ReviewRow mapReview(ResultSet rs, int n) throws SQLException {
        return new ReviewRow(Rows.uuid(rs, "id"), Rows.uuid(rs, "panel_id"), Rows.uuid(rs, "subject_id"), Rows.uuid(rs, "reviewer_id"),
                Rows.enumValue(rs, "status", ReviewStatus.class), new LinkedHashMap<>(json.readValue(rs.getString("scores"), SCORES)),
                new LinkedHashMap<>(json.readValue(rs.getString("comments"), TEXTS)), Rows.doubleValue(rs, "total"),
                rs.getString("decline_reason"), Rows.instant(rs, "updated_at"), Rows.instant(rs, "submitted_at"));
    }

    boolean anySubmitted(UUID panelId) {
        return jdbc.sql("select exists (select 1 from review.review where panel_id = :panel and status = :submitted)")
                .param("panel", panelId).param("submitted", ReviewStatus.SUBMITTED.name()).query(Boolean.class).single();
    }

    /** Person ids of the panel's reviewers: assigned to any subject, or with a review of one. */
    List<UUID> reviewerPeople(UUID panelId) {
        return jdbc.sql("""
                select r.person_id from review.reviewer r
                where r.person_id is not null and (exists (select 1 from review.assignment a where a.panel_id = :p and a.reviewer_id = r.id)
                    or exists (select 1 from review.review v where v.panel_id = :p and v.reviewer_id = r.id))""")
                .param("p", panelId).query(UUID.class).list();
    }
}
