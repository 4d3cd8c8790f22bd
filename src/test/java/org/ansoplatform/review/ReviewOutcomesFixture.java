package org.ansoplatform.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Review's test fixture for the modules that read its outcomes (calls' selection tests): a closed panel with
 * exact calibrated scores, reviews and conflicts as review would have left them. Review's API reaches these
 * states only through reviewers reviewing and calibration computing, which cannot be steered to exact scores
 * and ties; so review's own test code writes its tables here, and no other module's test does.
 */
public final class ReviewOutcomesFixture {

    private final JdbcClient jdbc;

    public ReviewOutcomesFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A closed panel of the call with each subject's calibrated score and raw mean ({@code {calibrated, rawMean}}). */
    public UUID closedPanel(UUID callId, Map<UUID, double[]> scores) {
        UUID panelId = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        insert into review.panel (id, scope_type, scope_id, title, status, created_at)
                        values (:id, 'call', :call, '{}'::jsonb, :status, :now)""")
                .param("id", panelId).param("call", callId).param("status", ReviewOutcomes.PanelStatus.CLOSED.name())
                .param("now", now).update();
        scores.forEach((subject, score) -> jdbc.sql("""
                        insert into review.calibrated_score (panel_id, subject_id, raw_mean, calibrated, spread, reviews, flagged, computed_at)
                        values (:panel, :subject, :raw, :calibrated, 0.5, 3, false, :now)""")
                .param("panel", panelId).param("subject", subject).param("raw", score[1]).param("calibrated", score[0])
                .param("now", now).update());
        return panelId;
    }

    /** A reviewer in the pool (linked to no account). */
    public UUID reviewer() {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into review.reviewer (id, person_id, name, email, created_at) values (:id, :person, 'Tie Reviewer', :email, now())")
                .param("id", id).param("person", UUID.randomUUID()).param("email", "tie." + id + "@example.org").update();
        return id;
    }

    /** A review with these rubric scores (JSON), submitted or left as a draft. */
    public void review(UUID panel, UUID subject, UUID reviewer, ReviewStatus status, String scores) {
        boolean submitted = status == ReviewStatus.SUBMITTED;
        jdbc.sql("""
                        insert into review.review (id, panel_id, subject_id, reviewer_id, status, scores, total, created_at, updated_at, submitted_at)
                        values (:id, :panel, :subject, :reviewer, :status, cast(:scores as jsonb), :total, now(), now(), :submittedAt)""")
                .param("id", UUID.randomUUID()).param("panel", panel).param("subject", subject).param("reviewer", reviewer)
                .param("status", status.name()).param("scores", scores).param("total", submitted ? 5.0 : null)
                .param("submittedAt", submitted ? Timestamp.from(Instant.now()) : null).update();
    }

    /** The subject loaded into the panel and the reviewer found conflicted with it by the Secretariat. */
    public void conflict(UUID panel, UUID subject, String label, String track, UUID reviewer) {
        jdbc.sql("""
                        insert into review.subject (panel_id, subject_type, subject_id, label, track, loaded_at)
                        values (:panel, 'application', :subject, :label, :track, now())""")
                .param("panel", panel).param("subject", subject).param("label", label).param("track", track).update();
        jdbc.sql("""
                        insert into review.conflict (panel_id, subject_id, reviewer_id, source, reason, recorded_at)
                        values (:panel, :subject, :reviewer, 'SECRETARIAT', 'x', now())""")
                .param("panel", panel).param("subject", subject).param("reviewer", reviewer).update();
    }
}
