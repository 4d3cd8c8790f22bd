package org.ansoplatform.review.reviewing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.review.ReviewStatus;
import org.ansoplatform.review.calibration.CalibrationResult;
import org.ansoplatform.review.calibration.RawScore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Calibration's input (submitted totals) and output (calibrated scores, reviewer biases). */
@Repository
class CalibrationStore {

    private final JdbcClient jdbc;

    CalibrationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Submitted totals of reviewers not conflicted with their subject, ordered by subject and reviewer. */
    List<RawScore> submittedTotals(UUID panelId) {
        return jdbc.sql("""
                select r.reviewer_id, r.subject_id, r.total from review.review r
                where r.panel_id = :panel and r.status = :submitted
                  and exists (select 1 from review.subject s where s.panel_id = r.panel_id and s.subject_id = r.subject_id)
                  and not exists (select 1 from review.conflict c where c.panel_id = r.panel_id and c.subject_id = r.subject_id
                                  and c.reviewer_id = r.reviewer_id)
                order by r.subject_id, r.reviewer_id""")
                .param("panel", panelId).param("submitted", ReviewStatus.SUBMITTED.name())
                .query((rs, n) -> new RawScore(Rows.uuid(rs, "reviewer_id"), Rows.uuid(rs, "subject_id"), rs.getDouble("total")))
                .list();
    }

    /** Replaces the panel's calibrated scores and biases: one multi-row insert each (unnest of arrays). */
    void replace(UUID panelId, CalibrationResult result, Instant now) {
        jdbc.sql("delete from review.calibrated_score where panel_id = :panel").param("panel", panelId).update();
        jdbc.sql("delete from review.reviewer_bias where panel_id = :panel").param("panel", panelId).update();
        List<CalibrationResult.ApplicationScore> calibrated = result.applications().values().stream()
                .sorted(Comparator.comparing(CalibrationResult.ApplicationScore::applicationId)).toList();
        if (!calibrated.isEmpty()) {
            jdbc.sql("""
                    insert into review.calibrated_score (panel_id, subject_id, raw_mean, calibrated, spread, reviews, flagged, computed_at)
                    select :panel, t.subject_id, t.raw_mean, t.calibrated, t.spread, t.reviews, t.flagged, :now
                    from unnest(:subjects::uuid[], :rawMeans::float8[], :calibrated::float8[], :spreads::float8[], :reviews::int[],
                        :flagged::boolean[]) as t (subject_id, raw_mean, calibrated, spread, reviews, flagged)""")
                    .param("panel", panelId).param("now", Timestamp.from(now))
                    .param("subjects", calibrated.stream().map(CalibrationResult.ApplicationScore::applicationId).toArray(UUID[]::new))
                    .param("rawMeans", calibrated.stream().map(CalibrationResult.ApplicationScore::rawMean).toArray(Double[]::new))
                    .param("calibrated", calibrated.stream().map(CalibrationResult.ApplicationScore::calibrated).toArray(Double[]::new))
                    .param("spreads", calibrated.stream().map(CalibrationResult.ApplicationScore::spread).toArray(Double[]::new))
                    .param("reviews", calibrated.stream().map(CalibrationResult.ApplicationScore::reviews).toArray(Integer[]::new))
                    .param("flagged", calibrated.stream().map(CalibrationResult.ApplicationScore::disagreement).toArray(Boolean[]::new))
                    .update();
        }
        List<CalibrationResult.ReviewerBias> biases = List.copyOf(result.reviewers().values());
        if (!biases.isEmpty()) {
            jdbc.sql("""
                    insert into review.reviewer_bias (panel_id, reviewer_id, bias, reviews)
                    select :panel, t.reviewer_id, t.bias, t.reviews from unnest(:reviewers::uuid[], :biases::float8[], :reviews::int[])
                        as t (reviewer_id, bias, reviews)""")
                    .param("panel", panelId)
                    .param("reviewers", biases.stream().map(CalibrationResult.ReviewerBias::reviewerId).toArray(UUID[]::new))
                    .param("biases", biases.stream().map(CalibrationResult.ReviewerBias::bias).toArray(Double[]::new))
                    .param("reviews", biases.stream().map(CalibrationResult.ReviewerBias::reviews).toArray(Integer[]::new))
                    .update();
        }
    }
}
