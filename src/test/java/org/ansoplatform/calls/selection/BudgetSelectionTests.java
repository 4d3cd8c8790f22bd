package org.ansoplatform.calls.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.shared.Money;
import org.junit.jupiter.api.Test;

/** Selection under a budget envelope on small, hand-made proposals: what is funded and how each decision is explained. */
class BudgetSelectionTests {

    private static Candidate proposal(int id, double score, String amount) {
        return new Candidate(new UUID(0, id), "RESEARCH", score, Map.of(), Map.of(), Money.of(amount, "USD"));
    }

    private static SelectionRules rules(String envelope, boolean skipToFit) {
        return new SelectionRules(List.of(new SelectionRules.TrackQuota("RESEARCH", 10)), List.of(), List.of(),
                new SelectionRules.Budget(Money.of(envelope, "USD"), skipToFit));
    }

    private static final List<Candidate> PROPOSALS = List.of(proposal(1, 9, "400000"), proposal(2, 8, "350000"),
            proposal(3, 7, "300000"), proposal(4, 6, "200000"), proposal(5, 5, "100000"));

    @Test
    void proposalsAreFundedInRankOrderAndTheOneThatDoesNotFitIsPassedOverForTheNextThatFits() {
        SelectionResult result = Selection.select(PROPOSALS, rules("1000000", true));
        Map<UUID, Decision> by = result.byApplication();

        assertThat(by.get(new UUID(0, 1)).granted()).isEqualTo(Money.of("400000", "USD"));
        assertThat(by.get(new UUID(0, 2)).messageKey()).isEqualTo("calls.selection.funded");
        assertThat(by.get(new UUID(0, 2)).args()).containsExactly(2, 5, "RESEARCH", 10, "350000.00", "USD", "250000.00");
        Decision third = by.get(new UUID(0, 3));
        assertThat(third.outcome()).isEqualTo(Decision.Outcome.OVER_BUDGET);
        assertThat(third.granted()).isNull();
        assertThat(third.messageKey()).isEqualTo("calls.selection.over-budget");
        assertThat(third.args()).containsExactly(3, 5, "RESEARCH", "300000.00", "USD", "250000.00");
        Decision fourth = by.get(new UUID(0, 4));
        assertThat(fourth.outcome()).isEqualTo(Decision.Outcome.SELECTED);
        assertThat(fourth.messageKey()).isEqualTo("calls.selection.funded-to-fit");
        assertThat(fourth.args()).containsExactly(4, 5, "RESEARCH", 10, "200000.00", "USD", "50000.00", 1);
        assertThat(by.get(new UUID(0, 5)).outcome()).isEqualTo(Decision.Outcome.OVER_BUDGET);
    }

    @Test
    void withoutSkipToFitFundingStopsAtTheFirstProposalThatDoesNotFit() {
        SelectionResult result = Selection.select(PROPOSALS, rules("1000000", false));
        Map<UUID, Decision> by = result.byApplication();

        assertThat(by.get(new UUID(0, 3)).messageKey()).isEqualTo("calls.selection.over-budget-stop");
        Decision fourth = by.get(new UUID(0, 4));
        assertThat(fourth.outcome()).isEqualTo(Decision.Outcome.OVER_BUDGET);
        assertThat(fourth.messageKey()).isEqualTo("calls.selection.budget-stopped");
        assertThat(fourth.args()).containsExactly(4, 5, "RESEARCH", "200000.00", "USD", 3, "RESEARCH");
        assertThat(result.selected("RESEARCH")).containsExactly(new UUID(0, 1), new UUID(0, 2));
    }

    @Test
    void aProposalThatFitsExactlyIsFundedAndLeavesNothing() {
        SelectionResult result = Selection.select(List.of(proposal(1, 9, "600000"), proposal(2, 8, "400000")), rules("1000000", true));

        assertThat(result.selected("RESEARCH")).hasSize(2);
        assertThat(result.byApplication().get(new UUID(0, 2)).args()).endsWith("0.00");
    }

    @Test
    void theQuotaStillLimitsHowManyAreFundedUnderTheEnvelope() {
        SelectionRules rules = new SelectionRules(List.of(new SelectionRules.TrackQuota("RESEARCH", 1)), List.of(), List.of(),
                new SelectionRules.Budget(Money.of("1000000", "USD"), true));

        SelectionResult result = Selection.select(PROPOSALS, rules);

        assertThat(result.selected("RESEARCH")).containsExactly(new UUID(0, 1));
        assertThat(result.byApplication().get(new UUID(0, 2)).messageKey()).isEqualTo("calls.selection.below-line");
    }

    @Test
    void aProposalInAnotherCurrencyIsNeverComparedWithTheEnvelope() {
        List<Candidate> mixed = List.of(proposal(1, 9, "400000"),
                new Candidate(new UUID(0, 2), "RESEARCH", 8, Map.of(), Map.of(), Money.of("100000", "EUR")));

        assertThatThrownBy(() -> Selection.select(mixed, rules("1000000", true))).isInstanceOf(IllegalArgumentException.class);
    }
}
