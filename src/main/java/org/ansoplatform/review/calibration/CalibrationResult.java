package org.ansoplatform.review.calibration;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Calibrated scores beside the raw ones, with every estimated bias and the applications flagged for discussion. */
public record CalibrationResult(Map<UUID, ApplicationScore> applications, Map<UUID, ReviewerBias> reviewers,
        List<CalibratedScore> scores, int iterations, boolean converged) {

    public CalibrationResult {
        applications = Map.copyOf(applications);
        reviewers = Map.copyOf(reviewers);
        scores = List.copyOf(scores);
    }

    /**
     * @param rawMean mean of the raw scores
     * @param calibrated the estimated merit: mean of the calibrated review scores
     * @param spread highest minus lowest calibrated review score (reviewers' leniency removed; the progress page shows it)
     * @param disagreement spread above the threshold: needs a further review or panel discussion
     */
    public record ApplicationScore(UUID applicationId, double rawMean, double calibrated, double spread, int reviews,
            boolean disagreement) {
    }

    /** Positive bias: lenient (scores above merit); negative: harsh. */
    public record ReviewerBias(UUID reviewerId, double bias, int reviews) {
    }

    /** calibrated = raw - bias of the reviewer. */
    public record CalibratedScore(UUID reviewerId, UUID applicationId, double raw, double calibrated) {
    }
}
