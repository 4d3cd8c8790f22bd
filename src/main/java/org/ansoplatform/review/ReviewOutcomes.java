package org.ansoplatform.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the owner of a scope reads back: the panel's state and, once reviewing is closed, every
 * subject's raw and calibrated score. Selection (in the owning module) ranks by the calibrated score.
 */
@Service
@Transactional(readOnly = true)
public class ReviewOutcomes {

    private final JdbcClient jdbc;

    ReviewOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PanelState> panel(ReviewScope scope) {
        return jdbc.sql("select id, status from review.panel where scope_type = ? and scope_id = ?")
                .param(scope.type()).param(scope.id())
                .query((rs, n) -> new PanelState(rs.getObject("id", UUID.class), PanelStatus.valueOf(rs.getString("status"))))
                .optional();
    }

    /** Scores of the scope's subjects as last calibrated; empty until reviewing is closed. */
    public List<SubjectOutcome> outcomes(ReviewScope scope) {
        return jdbc.sql("""
                select s.subject_id, s.raw_mean, s.calibrated, s.spread, s.reviews, s.flagged
                from review.calibrated_score s join review.panel p on p.id = s.panel_id
                where p.scope_type = ? and p.scope_id = ? and p.status = 'CLOSED'
                order by s.subject_id""")
                .param(scope.type()).param(scope.id())
                .query((rs, n) -> new SubjectOutcome(rs.getObject("subject_id", UUID.class), rs.getDouble("raw_mean"),
                        rs.getDouble("calibrated"), rs.getDouble("spread"), rs.getInt("reviews"), rs.getBoolean("flagged")))
                .list();
    }

    public enum PanelStatus { SETUP, REVIEWING, CLOSED }

    public record PanelState(UUID panelId, PanelStatus status) {
    }

    /**
     * @param calibrated the score with reviewer leniency or harshness removed, on the rubric's scale
     * @param flagged reviewers disagreed beyond the panel's threshold
     */
    public record SubjectOutcome(UUID subjectId, double rawMean, double calibrated, double spread, int reviews,
            boolean flagged) {
    }
}
