package org.ansoplatform.review.demo;

import java.time.Clock;
import java.util.List;

import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.platform.DemoReviewRequested;
import org.ansoplatform.review.ReviewOutcomes;
import org.ansoplatform.review.ReviewScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In demo mode, a history too large to review through the services (the 2021 scholarship's 6,000 applications): when
 * a module's demo asks with the rubric {@link #CALIBRATED}, the scope gets a closed panel and each subject the score
 * given as its calibrated score, written in batches as a closed panel leaves them ({@code bench/selection-end-to-end.sh}
 * loads its scores the same way). No experts, no reviews: the panel's outcomes are what the selection reads. A scope
 * that has a panel already is left alone, so a restart changes nothing.
 */
@Component
class DemoCalibratedScores {

    /** The rubric name that asks for calibrated scores only; {@link DemoPanelReview} leaves such requests to this class. */
    static final String CALIBRATED = "calibrated";
    private static final Logger log = LoggerFactory.getLogger(DemoCalibratedScores.class);

    private final DemoScoreStore store;
    private final ReviewOutcomes outcomes;
    private final DemoMode demoMode;
    private final Clock clock;

    DemoCalibratedScores(DemoScoreStore store, ReviewOutcomes outcomes, DemoMode demoMode, Clock clock) {
        this.store = store;
        this.outcomes = outcomes;
        this.demoMode = demoMode;
        this.clock = clock;
    }

    @EventListener
    void on(DemoReviewRequested request) {
        if (!demoMode.enabled() || !CALIBRATED.equals(request.rubric())
                || outcomes.panel(new ReviewScope(request.scopeType(), request.scopeId())).isPresent()) {
            return;
        }
        List<DemoReviewRequested.Subject> subjects = request.subjects();
        store.closedPanel(request.scopeType(), request.scopeId(), subjects, clock.instant());
        log.info("Demo review: {} calibrated scores of {} {} in a closed panel", subjects.size(), request.scopeType(), request.scopeId());
    }
}
