package org.ansoplatform.review.reviewing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.review.ReviewingClosed;
import org.ansoplatform.review.calibration.CalibrationResult;
import org.ansoplatform.review.calibration.CalibrationSettings;
import org.ansoplatform.review.calibration.RawScore;
import org.ansoplatform.review.calibration.ScoreCalibration;
import org.ansoplatform.review.panels.Panel;
import org.ansoplatform.review.panels.PanelStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a panel's reviewing and calibrating its scores: the submitted totals (of reviewers not
 * conflicted with the subject) go through ScoreCalibration, ordered by subject and reviewer so the same
 * reviews always give the same scores; calibrated scores and reviewer biases replace the panel's previous
 * ones, and ReviewingClosed tells the scope's owner after commit.
 */
@Service
public class Calibrator {

    /** Shrinkage of reviewer biases: a reviewer with three reviews keeps half their apparent offset. */
    static final double RIDGE = 3.0;

    private final CalibrationStore store;
    private final PanelStore panels;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final Clock clock;

    Calibrator(CalibrationStore store, PanelStore panels, ApplicationEventPublisher events, CurrentActor actor, Clock clock) {
        this.store = store;
        this.panels = panels;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    public record CalibrationSummary(int subjects, int reviews, int flagged, boolean converged) {
    }

    /** Closes reviewing (only from REVIEWING), calibrates and tells the scope's owner. */
    @Transactional
    public CalibrationSummary close(UUID panelId, boolean confirmed) {
        Panel panel = panels.lock(panelId);
        if (!confirmed) {
            throw new InvalidInputException("confirm", "reviewing.close.confirm");
        }
        Instant now = clock.instant();
        Panel closed = panel.close(now);
        panels.saveStatus(closed);
        return calibrateAndPublish(closed, now);
    }

    /** Calibrates a closed panel again (after a further review, or to reproduce the stored scores). */
    @Transactional
    public CalibrationSummary recalibrate(UUID panelId) {
        Panel panel = panels.lock(panelId);
        if (!panel.closed()) {
            throw new InvalidInputException(null, "reviewing.recalibrate.notClosed");
        }
        return calibrateAndPublish(panel, clock.instant());
    }

    private CalibrationSummary calibrateAndPublish(Panel panel, Instant now) {
        List<RawScore> scores = store.submittedTotals(panel.id());
        CalibrationResult result = ScoreCalibration.calibrate(scores, new CalibrationSettings(RIDGE, panel.threshold(), 10_000, 1e-10));
        store.replace(panel.id(), result, now);
        int flagged = (int) result.applications().values().stream().filter(CalibrationResult.ApplicationScore::disagreement).count();
        events.publishEvent(new ReviewingClosed(panel.id(), panel.scope(), result.applications().size(), scores.size(), actor.get()));
        return new CalibrationSummary(result.applications().size(), scores.size(), flagged, result.converged());
    }
}
