package org.ansoplatform.calls.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ansoplatform.calls.eligibility.RuleTestFacts.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Evaluating a call of rules. */
class EvaluationTests {

    List<Rule> rules = List.of(
            new AgeLimit("age", 30, SEPT_2021),
            new NotCurrentAwardee("new"),
            new DocumentsPresent("docs", Set.of("transcript")));

    @Test
    void evaluatesEveryTopLevelRuleWithoutStoppingAtTheFirstFailure() {
        Evaluation evaluation = Eligibility.evaluate(rules, facts());
        assertThat(evaluation.outcomes()).extracting(RuleOutcome::ruleId).containsExactly("age", "new", "docs");
        assertThat(evaluation.eligible()).isFalse();
        assertThat(evaluation.failures()).extracting(RuleOutcome::ruleId).containsExactly("age", "docs");
        assertThat(evaluation.reasons()).hasSize(2);
    }

    @Test
    void overriddenRulesAreIgnoredOnlyWhenEveryFailureIsOverridden() {
        Evaluation evaluation = Eligibility.evaluate(rules, facts());
        assertThat(evaluation.eligibleIgnoring(Set.of("age"))).isFalse();
        assertThat(evaluation.eligibleIgnoring(Set.of("age", "docs"))).isTrue();
    }

    @Test
    void noRulesMeansEligible() {
        assertThat(Eligibility.evaluate(List.of(), facts()).eligible()).isTrue();
    }

    @Test
    void nullFactsCountAsNothingKnown() {
        Evaluation evaluation = Eligibility.evaluate(rules, null);
        assertThat(evaluation.failures()).extracting(RuleOutcome::ruleId).containsExactly("age", "docs");
    }

    @Test
    void aPassedOutcomeCannotCarryReasonsNorAFailedOneLackThem() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() ->
                new RuleOutcome("x", true, List.of(new Reason("eligibility.reason.currentAwardee", List.of()))));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() ->
                new RuleOutcome("x", false, List.of()));
    }
}
