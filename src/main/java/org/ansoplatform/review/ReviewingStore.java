package org.ansoplatform.review;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reviewing's reads and writes of the review schema: panels, reviewers, assignments and conflicts are
 * read as the panel pages wrote them; reviews, scores and notes are written here.
 */
@Repository
class ReviewingStore {

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
    static UUID reviewId(UUID panelId, UUID subjectId, UUID reviewerId) {
        return UUID.nameUUIDFromBytes(("review:" + panelId + ":" + subjectId + ":" + reviewerId).getBytes(StandardCharsets.UTF_8));
    }

    record PanelRow(UUID id, String scopeType, UUID scopeId, LocalizedText title, String status, Instant deadline,
            double threshold, List<String> blindFields, ZoneId zone, Rubric rubric, Instant closedAt) {

        boolean reviewing() {
            return "REVIEWING".equals(status);
        }

        boolean closed() {
            return "CLOSED".equals(status);
        }
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

    record ReviewRow(UUID id, UUID panelId, UUID subjectId, UUID reviewerId, String status, Map<String, Double> scores,
            Map<String, String> comments, Double total, String declineReason, Instant updatedAt, Instant submittedAt) {
    }

    record SubjectRow(UUID subjectId, String subjectType, String label, String track) {
    }

    Optional<PanelRow> panel(UUID panelId) {
        return jdbc.sql("select * from review.panel where id = ?").param(panelId).query(this::mapPanel).optional();
    }

    Optional<PanelRow> lockPanel(UUID panelId) {
        return jdbc.sql("select * from review.panel where id = ? for update").param(panelId).query(this::mapPanel).optional();
    }

    /** The panel's row under a shared lock: reviews are saved side by side, rubric saves and closing wait for them. */
    Optional<PanelRow> lockPanelShared(UUID panelId) {
        return jdbc.sql("select * from review.panel where id = ? for share").param(panelId).query(this::mapPanel).optional();
    }

    private PanelRow mapPanel(ResultSet rs, int n) throws SQLException {
        Timestamp deadline = rs.getTimestamp("review_deadline");
        Timestamp closed = rs.getTimestamp("closed_at");
        return new PanelRow(rs.getObject("id", UUID.class), rs.getString("scope_type"), rs.getObject("scope_id", UUID.class),
                LocalizedText.of(json.readValue(rs.getString("title"), TEXTS)), rs.getString("status"),
                deadline == null ? null : deadline.toInstant(), rs.getDouble("disagreement_threshold"),
                strings(rs.getArray("blind_fields")), zone(rs.getString("zone")), rubric(rs.getString("rubric")),
                closed == null ? null : closed.toInstant());
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return ZoneId.of("Asia/Shanghai");
        }
    }

    Rubric rubric(String stored) {
        var tree = json.readTree(stored);
        if (!tree.has("scaleMin")) {
            return new Rubric(1, 10, List.of());
        }
        return json.treeToValue(tree, Rubric.class);
    }

    void saveRubric(UUID panelId, Rubric rubric) {
        jdbc.sql("update review.panel set rubric = ?::jsonb, version = version + 1 where id = ?")
                .params(json.writeValueAsString(rubric), panelId).update();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    Optional<ReviewerRow> reviewerOfPerson(UUID personId) {
        return jdbc.sql("select id, person_id, name, email from review.reviewer where person_id = ?").param(personId)
                .query(this::mapReviewer).optional();
    }

    Optional<ReviewerRow> reviewer(UUID reviewerId) {
        return jdbc.sql("select id, person_id, name, email from review.reviewer where id = ?").param(reviewerId)
                .query(this::mapReviewer).optional();
    }

    private ReviewerRow mapReviewer(ResultSet rs, int n) throws SQLException {
        return new ReviewerRow(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("name"),
                rs.getString("email"));
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
                .query((rs, n) -> {
                    Timestamp due = rs.getTimestamp("due_at");
                    return new Slot(rs.getObject("panel_id", UUID.class), rs.getObject("subject_id", UUID.class), reviewerId,
                            rs.getBoolean("assigned"), rs.getBoolean("conflicted"), due == null ? null : due.toInstant());
                })
                .list();
    }

    boolean conflicted(UUID panelId, UUID subjectId, UUID reviewerId) {
        return jdbc.sql("select exists (select 1 from review.conflict where panel_id = ? and subject_id = ? and reviewer_id = ?)")
                .params(panelId, subjectId, reviewerId).query(Boolean.class).single();
    }

    boolean assigned(UUID panelId, UUID subjectId, UUID reviewerId) {
        return jdbc.sql("select exists (select 1 from review.assignment where panel_id = ? and subject_id = ? and reviewer_id = ?)")
                .params(panelId, subjectId, reviewerId).query(Boolean.class).single();
    }

    Optional<SubjectRow> subject(UUID panelId, UUID subjectId) {
        return jdbc.sql("select subject_id, subject_type, label, track from review.subject where panel_id = ? and subject_id = ?")
                .params(panelId, subjectId)
                .query((rs, n) -> new SubjectRow(rs.getObject("subject_id", UUID.class), rs.getString("subject_type"),
                        rs.getString("label"), rs.getString("track")))
                .optional();
    }

    Optional<ReviewRow> review(UUID id) {
        return jdbc.sql("select * from review.review where id = ?").param(id).query(this::mapReview).optional();
    }

    Optional<ReviewRow> review(UUID panelId, UUID subjectId, UUID reviewerId) {
        return jdbc.sql("select * from review.review where panel_id = ? and subject_id = ? and reviewer_id = ?")
                .params(panelId, subjectId, reviewerId).query(this::mapReview).optional();
    }

    /** The review's row, created as an empty draft if it does not exist yet, locked until the transaction ends. */
    ReviewRow lockReview(UUID panelId, UUID subjectId, UUID reviewerId, Instant now) {
        jdbc.sql("""
                insert into review.review (id, panel_id, subject_id, reviewer_id, status, created_at, updated_at)
                values (?, ?, ?, ?, 'DRAFT', ?, ?) on conflict (panel_id, subject_id, reviewer_id) do nothing""")
                .params(reviewId(panelId, subjectId, reviewerId), panelId, subjectId, reviewerId, Timestamp.from(now), Timestamp.from(now))
                .update();
        return jdbc.sql("select * from review.review where panel_id = ? and subject_id = ? and reviewer_id = ? for update")
                .params(panelId, subjectId, reviewerId).query(this::mapReview).single();
    }

    void saveDraft(UUID id, Map<String, Double> scores, Map<String, String> comments, Instant now) {
        jdbc.sql("update review.review set scores = ?::jsonb, comments = ?::jsonb, updated_at = ?, version = version + 1 where id = ?")
                .params(json.writeValueAsString(scores), json.writeValueAsString(comments), Timestamp.from(now), id).update();
    }

    void submit(UUID id, Map<String, Double> scores, Map<String, String> comments, double total, Instant now) {
        jdbc.sql("""
                update review.review set status = 'SUBMITTED', scores = ?::jsonb, comments = ?::jsonb, total = ?, submitted_at = ?,
                    updated_at = ?, version = version + 1 where id = ?""")
                .params(json.writeValueAsString(scores), json.writeValueAsString(comments), total, Timestamp.from(now),
                        Timestamp.from(now), id).update();
    }

    void decline(UUID id, String reason, Instant now) {
        jdbc.sql("update review.review set status = 'DECLINED', decline_reason = ?, updated_at = ?, version = version + 1 where id = ?")
                .params(reason, Timestamp.from(now), id).update();
    }

    /** Submitted reviews of a subject by reviewers who are not conflicted with it, oldest first. */
    List<ReviewRow> submittedOf(UUID panelId, UUID subjectId) {
        return jdbc.sql("""
                select r.* from review.review r where r.panel_id = ? and r.subject_id = ? and r.status = 'SUBMITTED'
                  and not exists (select 1 from review.conflict c where c.panel_id = r.panel_id and c.subject_id = r.subject_id
                                  and c.reviewer_id = r.reviewer_id)
                order by r.submitted_at, r.id""")
                .params(panelId, subjectId).query(this::mapReview).list();
    }

    private ReviewRow mapReview(ResultSet rs, int n) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        Double total = rs.getObject("total", Double.class);
        return new ReviewRow(rs.getObject("id", UUID.class), rs.getObject("panel_id", UUID.class), rs.getObject("subject_id", UUID.class),
                rs.getObject("reviewer_id", UUID.class), rs.getString("status"), new LinkedHashMap<>(json.readValue(rs.getString("scores"), SCORES)),
                new LinkedHashMap<>(json.readValue(rs.getString("comments"), TEXTS)), total,
                rs.getString("decline_reason"), rs.getTimestamp("updated_at").toInstant(),
                submitted == null ? null : submitted.toInstant());
    }

    boolean anySubmitted(UUID panelId) {
        return jdbc.sql("select exists (select 1 from review.review where panel_id = ? and status = 'SUBMITTED')")
                .param(panelId).query(Boolean.class).single();
    }

    LocalizedText text(String stored) {
        return LocalizedText.of(json.readValue(stored, TEXTS));
    }

    JdbcClient jdbc() {
        return jdbc;
    }
}
