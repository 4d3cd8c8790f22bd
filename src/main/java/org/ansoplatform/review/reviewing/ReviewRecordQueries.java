package org.ansoplatform.review.reviewing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.review.ReviewStatus;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reviews and reviewers as the yearly figures count them and as other modules' pages name them. */
@Service
class ReviewRecordQueries {

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReviewRecordQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A review submitted in the period, with its reviewer and its panel. */
    record SubmittedReview(UUID id, UUID reviewerId, UUID panelId, LocalizedText panelTitle) {
    }

    /** Reviews submitted from {@code from} up to, not including, {@code to}; oldest first. */
    List<SubmittedReview> submitted(Instant from, Instant to) {
        return jdbc.sql("""
                select r.id, r.reviewer_id, r.panel_id, p.title::text as title
                from review.review r join review.panel p on p.id = r.panel_id
                where r.status = :submitted and r.submitted_at >= :from and r.submitted_at < :to
                order by r.submitted_at, r.id""")
                .param("submitted", ReviewStatus.SUBMITTED.name()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((row, number) -> new SubmittedReview(Rows.uuid(row, "id"), Rows.uuid(row, "reviewer_id"), Rows.uuid(row, "panel_id"),
                        LocalizedText.of(json.readValue(row.getString("title"), TEXTS))))
                .list();
    }

    record NamedReview(UUID id, UUID panelId, String subjectLabel, String reviewerName) {
    }

    List<NamedReview> reviews(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select r.id, r.panel_id, coalesce(s.label, '') as label, e.name
                from review.review r join review.reviewer e on e.id = r.reviewer_id
                left join review.subject s on s.panel_id = r.panel_id and s.subject_id = r.subject_id
                where r.id in (:ids)""")
                .param("ids", ids).query((row, number) -> new NamedReview(Rows.uuid(row, "id"), Rows.uuid(row, "panel_id"),
                        row.getString("label"), row.getString("name"))).list();
    }

    record NamedReviewer(UUID id, String name, String institution) {
    }

    List<NamedReviewer> reviewers(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, name, institution from review.reviewer where id in (:ids)")
                .param("ids", ids).query((row, number) -> new NamedReviewer(Rows.uuid(row, "id"), row.getString("name"),
                        row.getString("institution"))).list();
    }
}
