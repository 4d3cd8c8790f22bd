package org.ansoplatform.calls.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ansoplatform.calls.eligibility.RuleTestFacts.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** All-of, any-of and not. */
class CombinationsTests {

    Rule young = new AgeLimit("age", 35, SEPT_2021);
    Rule old = new AgeLimit("age30", 30, SEPT_2021);
    Rule chinese = new Nationality("cn", Set.of("CN"), Set.of());
    Rule awardee = new NotCurrentAwardee("new");

    @Test
    void allOfPassesOnlyWhenEveryRulePassesAndCarriesEveryFailingReason() {
        assertThat(new AllOf("all", List.of(young, awardee)).evaluate(facts()).passed()).isTrue();
        RuleOutcome outcome = new AllOf("all", List.of(old, young, chinese)).evaluate(facts());
        assertThat(outcome.ruleId()).isEqualTo("all");
        assertThat(keys(outcome)).containsExactly("eligibility.reason.age.tooOld",
                "eligibility.reason.nationality.notIncluded");
    }

    @Test
    void anyOfPassesWhenOneRulePasses() {
        assertThat(new AnyOf("any", List.of(old, chinese, young)).evaluate(facts()).passed()).isTrue();
    }

    @Test
    void anyOfSaysNoneHoldsAndListsTheReasonsOfEachAlternative() {
        RuleOutcome outcome = new AnyOf("any", List.of(old, chinese)).evaluate(facts());
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.reasons().get(0)).isEqualTo(new Reason("eligibility.reason.anyOf.none", List.of(2)));
        assertThat(keys(outcome)).containsExactly("eligibility.reason.anyOf.none",
                "eligibility.reason.age.tooOld", "eligibility.reason.nationality.notIncluded");
    }

    @Test
    void notInvertsAndSaysThatTheNegatedConditionHolds() {
        assertThat(new Not("notcn", chinese).evaluate(facts()).passed()).isTrue();
        RuleOutcome outcome = new Not("young", young).evaluate(facts());
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.messageKey()).isEqualTo("eligibility.reason.not.holds");
            assertThat(reason.args().get(0)).isEqualTo("age");
            assertThat(reason.args().get(1)).asString().contains("\"type\":\"age-limit\"");
        });
    }

    @Test
    void nestedCombinationsEvaluate() {
        Rule language = new AnyOf("lang", List.of(
                new LanguageCertificate("cert", Set.of("IELTS", "TOEFL")),
                new Nationality("native", Set.of("GB", "US", "AU"), Set.of())));
        Rule all = new AllOf("all", List.of(young, language, new Not("not-cn", chinese)));
        assertThat(all.evaluate(facts()).passed()).isTrue();
        ApplicantFacts noCertificate = new ApplicantFacts(LocalDate.of(1990, 1, 1), "PK", null, null, null, null, false);
        assertThat(keys(all.evaluate(noCertificate))).containsExactly("eligibility.reason.anyOf.none",
                "eligibility.reason.language.missing", "eligibility.reason.nationality.notIncluded");
    }
}
