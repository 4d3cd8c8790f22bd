package org.ansoplatform.calls.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.SelectionView;
import org.ansoplatform.calls.SelectionView.DecisionView;
import org.ansoplatform.calls.definition.CallStore;
import org.ansoplatform.calls.intake.CallSubjectSource;
import org.ansoplatform.calls.selection.Decision;
import org.ansoplatform.calls.selection.SelectionQueries;
import org.ansoplatform.review.ReviewOutcomes;
import org.ansoplatform.review.ReviewOutcomes.SubjectOutcome;
import org.ansoplatform.review.ReviewScope;
import org.ansoplatform.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's 2021 cooperation call as a visitor finds it after the start: its proposals reviewed by a panel through
 * review's services, the scores calibrated, and a selection stored under the envelope in which one proposal does not
 * fit and a later, cheaper one is funded (issue 18, item 9).
 */
class DemoCooperationReviewIntegrationTests extends IntegrationTest {

    @Autowired
    CallStore calls;

    @Autowired
    ReviewOutcomes reviews;

    @Autowired
    SelectionQueries selections;

    @Autowired
    DemoCooperationCall cooperation;

    @Autowired
    DemoCooperationSelection demo;

    private CallView call() {
        return calls.findByCode(DemoCooperationCall.CODE).orElseThrow();
    }

    private Map<String, UUID> idsByAcronym() {
        return cooperation.proposals().stream().collect(Collectors.toMap(p -> (String) p.answers().get("acronym"),
                p -> DemoCooperationCall.proposalId(p.applicantEmail())));
    }

    @Test
    void theProposalsAreReviewedByAPanelWhoseScoresAreCalibrated() {
        ReviewScope scope = new ReviewScope(CallSubjectSource.SCOPE, call().id());

        assertThat(reviews.panel(scope)).hasValueSatisfying(panel -> assertThat(panel.status()).isEqualTo(ReviewOutcomes.PanelStatus.CLOSED));
        assertThat(reviews.criteria(scope)).containsExactly("excellence", "plan", "cooperation", "impact");
        List<SubjectOutcome> outcomes = reviews.outcomes(scope);
        assertThat(outcomes).hasSize(cooperation.proposals().size()).allSatisfy(outcome -> {
            assertThat(outcome.reviews()).isEqualTo(3);
            assertThat(outcome.criterionMeans()).containsOnlyKeys("excellence", "plan", "cooperation", "impact");
        });
        // the calibrated ranking is the one the illustrative scores of the resource intend
        Map<UUID, Double> intended = cooperation.proposals().stream()
                .collect(Collectors.toMap(p -> DemoCooperationCall.proposalId(p.applicantEmail()), DemoCooperationCall.Proposal::score));
        List<UUID> byCalibrated = outcomes.stream().sorted(Comparator.comparingDouble(SubjectOutcome::calibrated).reversed())
                .map(SubjectOutcome::subjectId).toList();
        List<UUID> byIntended = intended.entrySet().stream().sorted(Map.Entry.<UUID, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
        assertThat(byCalibrated).isEqualTo(byIntended);
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.rawMean()).isCloseTo(intended.get(outcome.subjectId()),
                org.assertj.core.data.Offset.offset(0.01)));
    }

    @Test
    void theSelectionFundsUnderTheEnvelopeAndALaterProposalFitsWhereAnEarlierDidNot() {
        SelectionView run = selections.latest(call().id()).orElseThrow();
        Map<String, UUID> ids = idsByAcronym();
        Map<UUID, DecisionView> decisions = run.decisions().stream().collect(Collectors.toMap(DecisionView::applicationId, Function.identity()));

        assertThat(run.envelope()).hasValueSatisfying(envelope -> {
            assertThat(envelope.envelope()).isEqualTo(Money.of("1000000.00", "USD"));
            assertThat(envelope.used()).isEqualTo(Money.of("980000.00", "USD"));
            assertThat(envelope.remaining().isNegative()).isFalse();
            assertThat(envelope.funded()).isEqualTo(4);
        });
        assertThat(run.decisions().stream().filter(DecisionView::selected).map(DecisionView::applicationId))
                .containsExactlyInAnyOrder(ids.get("DSCO"), ids.get("HiGLEW"), ids.get("MEKFISH"), ids.get("SAMIRE"));
        DecisionView notFitting = decisions.get(ids.get("ASHN"));
        assertThat(notFitting.outcome()).isEqualTo(Decision.Outcome.OVER_BUDGET);
        assertThat(notFitting.messageKey()).isEqualTo("calls.selection.over-budget");
        DecisionView later = decisions.get(ids.get("SAMIRE"));
        assertThat(later.rank()).isGreaterThan(notFitting.rank());
        assertThat(later.messageKey()).isEqualTo("calls.selection.funded-to-fit");
        assertThat(later.granted()).isEqualTo(Money.of("150000.00", "USD"));
        assertThat(decisions.get(ids.get("CWBA")).outcome()).isEqualTo(Decision.Outcome.OVER_BUDGET);
    }

    @Test
    void aRestartReviewsAndSelectsNothingAgain() {
        ReviewScope scope = new ReviewScope(CallSubjectSource.SCOPE, call().id());
        UUID panel = reviews.panel(scope).orElseThrow().panelId();
        UUID run = selections.latest(call().id()).orElseThrow().runId();

        demo.onReady();

        assertThat(reviews.panel(scope).orElseThrow().panelId()).isEqualTo(panel);
        assertThat(reviews.outcomes(scope)).allSatisfy(outcome -> assertThat(outcome.reviews()).isEqualTo(3));
        assertThat(selections.latest(call().id()).orElseThrow().runId()).isEqualTo(run);
    }
}
