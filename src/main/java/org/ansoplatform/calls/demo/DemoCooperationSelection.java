package org.ansoplatform.calls.demo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.definition.CallStore;
import org.ansoplatform.calls.intake.CallSubjectSource;
import org.ansoplatform.calls.selection.SelectionQueries;
import org.ansoplatform.calls.selection.SelectionRunner;
import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.platform.DemoReviewRequested;
import org.ansoplatform.review.ReviewOutcomes;
import org.ansoplatform.review.ReviewScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, the 2021 cooperation call's proposals reviewed and selected: review's demo is asked
 * ({@link DemoReviewRequested}) to have a panel review them with the cooperation rubric
 * ({@code demo/cooperation/rubric-2021.json}), each centred on the illustrative score of its proposal, and to close
 * the panel; then the selection runs under the call's envelope as the Secretariat's button runs it, so that one
 * proposal does not fit and a later one is funded. One transaction: a start either finds both done or does both. Runs
 * after review's demo pool (order 45) and only while the call has no selection stored, so a restart changes nothing;
 * a panel someone set up by hand and left open is waited for, not touched.
 */
@Component
class DemoCooperationSelection {

    static final String RUBRIC = "demo/cooperation/rubric-2021.json";
    private static final Logger log = LoggerFactory.getLogger(DemoCooperationSelection.class);

    private final DemoCooperationCall cooperation;
    private final CallStore calls;
    private final SelectionQueries selections;
    private final SelectionRunner runner;
    private final ReviewOutcomes reviews;
    private final DemoMode demoMode;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    DemoCooperationSelection(DemoCooperationCall cooperation, CallStore calls, SelectionQueries selections, SelectionRunner runner,
            ReviewOutcomes reviews, DemoMode demoMode, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.cooperation = cooperation;
        this.calls = calls;
        this.selections = selections;
        this.runner = runner;
        this.reviews = reviews;
        this.demoMode = demoMode;
        this.transactions = transactions;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(46)
    void onReady() {
        if (!demoMode.enabled()) {
            return;
        }
        Optional<CallView> call = calls.findByCode(DemoCooperationCall.CODE);
        if (call.isEmpty() || selections.latest(call.get().id()).isPresent()) {
            return;
        }
        UUID callId = call.get().id();
        SelectionRunner.RunSummary run = transactions.execute(status -> reviewAndSelect(callId));
        if (run == null) {
            log.info("Demo data: the cooperation call's panel is not closed; its selection waits for the Secretariat");
        } else {
            log.info("Demo data: the cooperation call's {} reviewed proposals selected under its envelope, {} funded", run.candidates(),
                    run.selected().values().stream().mapToLong(Long::longValue).sum());
        }
    }

    private SelectionRunner.RunSummary reviewAndSelect(UUID callId) {
        List<DemoReviewRequested.Subject> subjects = cooperation.proposals().stream()
                .map(p -> new DemoReviewRequested.Subject(DemoCooperationCall.proposalId(p.applicantEmail()), p.score())).toList();
        events.publishEvent(new DemoReviewRequested(CallSubjectSource.SCOPE, callId, RUBRIC, subjects));
        ReviewScope scope = new ReviewScope(CallSubjectSource.SCOPE, callId);
        if (reviews.panel(scope).filter(panel -> panel.status() == ReviewOutcomes.PanelStatus.CLOSED).isEmpty()) {
            return null;
        }
        return runner.run(callId);
    }
}
