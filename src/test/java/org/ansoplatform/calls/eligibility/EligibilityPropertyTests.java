package org.ansoplatform.calls.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Laws the engine keeps for arbitrary rule trees and arbitrary, possibly incomplete, facts. */
class EligibilityPropertyTests {

    static final ResourceBundleMessageSource MESSAGES = EligibilityMessagesTests.messages();

    @Provide
    Arbitrary<List<Rule>> ruleLists() {
        return RuleArbitraries.ruleLists(5);
    }

    @Provide
    Arbitrary<Rule> rule() {
        return RuleArbitraries.rules(2);
    }

    @Provide
    Arbitrary<List<Rule>> siblings() {
        return RuleArbitraries.ruleLists(4).filter(list -> !list.isEmpty());
    }

    @Provide
    Arbitrary<ApplicantFacts> facts() {
        return RuleArbitraries.facts();
    }

    @Provide
    Arbitrary<LocalDate> birthDates() {
        return RuleArbitraries.birthDates();
    }

    @Provide
    Arbitrary<LocalDate> referenceDates() {
        return RuleArbitraries.referenceDates();
    }

    @Property
    void jsonRoundTripsArbitraryRuleTrees(@ForAll("ruleLists") List<Rule> rules) {
        String json = Eligibility.toJson(rules);
        assertThat(Eligibility.fromJson(json)).isEqualTo(rules);
        assertThat(Eligibility.toJson(Eligibility.fromJson(json))).isEqualTo(json);
    }

    @Property
    void allOfPassesExactlyWhenEveryRulePasses(@ForAll("siblings") List<Rule> rules, @ForAll("facts") ApplicantFacts facts) {
        boolean every = rules.stream().allMatch(rule -> rule.evaluate(facts).passed());
        assertThat(new AllOf("all", rules).evaluate(facts).passed()).isEqualTo(every);
    }

    @Property
    void anyOfPassesExactlyWhenSomeRulePasses(@ForAll("siblings") List<Rule> rules, @ForAll("facts") ApplicantFacts facts) {
        boolean some = rules.stream().anyMatch(rule -> rule.evaluate(facts).passed());
        assertThat(new AnyOf("any", rules).evaluate(facts).passed()).isEqualTo(some);
    }

    @Property
    void aFailedCombinationCarriesTheReasonsOfItsFailingChildren(@ForAll("siblings") List<Rule> rules,
            @ForAll("facts") ApplicantFacts facts) {
        List<Reason> childReasons = rules.stream().flatMap(rule -> rule.evaluate(facts).reasons().stream()).toList();
        RuleOutcome all = new AllOf("all", rules).evaluate(facts);
        assertThat(all.reasons()).isEqualTo(childReasons);
        RuleOutcome any = new AnyOf("any", rules).evaluate(facts);
        if (!any.passed()) {
            assertThat(any.reasons().subList(1, any.reasons().size())).isEqualTo(childReasons);
        }
    }

    @Property
    void notNotAgreesWithTheRule(@ForAll("rule") Rule rule, @ForAll("facts") ApplicantFacts facts) {
        boolean passed = rule.evaluate(facts).passed();
        assertThat(new Not("n1", new Not("n2", rule)).evaluate(facts).passed()).isEqualTo(passed);
        assertThat(new Not("n1", rule).evaluate(facts).passed()).isEqualTo(!passed);
    }

    @Property
    void theAgeRuleIsMonotone(@ForAll("birthDates") LocalDate earlier, @ForAll("birthDates") LocalDate later,
            @ForAll @IntRange(max = 80) int maxAge, @ForAll("referenceDates") LocalDate on) {
        if (later.isBefore(earlier)) {
            LocalDate swap = later;
            later = earlier;
            earlier = swap;
        }
        AgeLimit rule = new AgeLimit("age", maxAge, on);
        if (rule.evaluate(RuleTestFacts.bornOn(earlier)).passed()) {
            assertThat(rule.evaluate(RuleTestFacts.bornOn(later)).passed()).isTrue();
        }
    }

    @Property
    void ageAgreesWithPeriodBetween(@ForAll("birthDates") LocalDate birth, @ForAll("referenceDates") LocalDate on) {
        if (!birth.isAfter(on)) {
            assertThat(AgeLimit.ageOn(birth, on)).isEqualTo(Period.between(birth, on).getYears());
        }
    }

    @Property
    void evaluationNeverThrowsAndAnOutcomeHasReasonsExactlyWhenItFailed(@ForAll("ruleLists") List<Rule> rules,
            @ForAll("facts") ApplicantFacts facts) {
        Evaluation evaluation = Eligibility.evaluate(rules, facts);
        assertThat(evaluation.outcomes()).hasSize(rules.size());
        assertThat(evaluation.outcomes()).allSatisfy(outcome ->
                assertThat(outcome.reasons().isEmpty()).isEqualTo(outcome.passed()));
    }

    @Property
    void anEligibleEvaluationHasNoReasonsAndAnIneligibleOneHasSome(@ForAll("ruleLists") List<Rule> rules,
            @ForAll("facts") ApplicantFacts facts) {
        Evaluation evaluation = Eligibility.evaluate(rules, facts);
        assertThat(evaluation.eligible()).isEqualTo(evaluation.reasons().isEmpty());
        assertThat(evaluation.eligible()).isEqualTo(evaluation.failures().isEmpty());
    }

    @Property
    void generatedRulesAreValid(@ForAll("ruleLists") List<Rule> rules) {
        assertThatCode(() -> Eligibility.validate(rules)).doesNotThrowAnyException();
    }

    @Property(tries = 300)
    void everyReasonAndEveryRuleReadsAsTextInBothLanguages(@ForAll("ruleLists") List<Rule> rules,
            @ForAll("facts") ApplicantFacts facts) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE)) {
            for (Rule rule : rules) {
                assertThat(Eligibility.describe(rule, MESSAGES, locale)).isNotBlank().doesNotContain("{");
            }
            for (Reason reason : Eligibility.evaluate(rules, facts).reasons()) {
                assertThat(Eligibility.explain(reason, MESSAGES, locale)).isNotBlank().doesNotContain("{")
                        .doesNotStartWith("eligibility.");
            }
        }
    }

    @Property
    void anyPrefixOfValidJsonIsReadOrRefusedCleanly(@ForAll("ruleLists") List<Rule> rules,
            @ForAll @IntRange(max = 10_000) int cut) {
        String json = Eligibility.toJson(rules);
        String prefix = json.substring(0, Math.min(cut, json.length()));
        try {
            assertThat(Eligibility.fromJson(prefix)).isEqualTo(rules);
        } catch (InvalidInputException refused) {
            assertThat(refused.violations()).isNotEmpty();
        }
    }

    @Property
    void arbitraryTextIsReadOrRefusedCleanly(@ForAll("jsonish") String text) {
        try {
            Eligibility.validate(Eligibility.fromJson(text));
        } catch (InvalidInputException refused) {
            assertThat(refused.violations()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<String> jsonish() {
        return Arbitraries.strings().withChars("[]{}\":,-0123456789 abcdefghijklmnopqrstuvwxyz").ofMaxLength(60)
                .map(tail -> "[{\"type\":\"" + tail);
    }
}
