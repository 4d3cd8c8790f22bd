package org.ansoplatform.calls.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.calls.eligibility.AgeLimit;
import org.ansoplatform.calls.eligibility.AnyOf;
import org.ansoplatform.calls.eligibility.ApplicantFacts;
import org.ansoplatform.calls.eligibility.Eligibility;
import org.ansoplatform.calls.eligibility.Nationality;
import org.ansoplatform.calls.eligibility.Not;
import org.ansoplatform.calls.eligibility.NotCurrentAwardee;
import org.ansoplatform.calls.eligibility.Rule;
import org.ansoplatform.calls.eligibility.WithReason;
import org.ansoplatform.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The eligibility builder’s edits: paths into the tree, typed parameters refused next to themselves, reasons kept. */
class EligibilityEditsTests {

    static final List<Rule> RULES = List.of(new AgeLimit("age", 35, LocalDate.of(2027, 9, 1)),
            new AnyOf("either", List.of(new Nationality("asia", java.util.Set.of("PK"), java.util.Set.of()), new NotCurrentAwardee("fresh"))));

    static RuleInput age(String id, String maxAge, String date, Map<String, String> reason) {
        return new RuleInput("age-limit", id, maxAge, date, null, null, null, null, null, null, reason);
    }

    @Test
    void aRuleIsAddedAtTheTopOrInsideACombinationWithAFreshIdWhenNoneIsGiven() {
        List<Rule> top = EligibilityEdits.add(RULES, "", age("", "30", "2027-09-01", Map.of()));
        assertThat(top).hasSize(3);
        assertThat(top.get(2)).isEqualTo(new AgeLimit("agelimit-1", 30, LocalDate.of(2027, 9, 1)));

        List<Rule> nested = EligibilityEdits.add(RULES, "1", age("young", "25", "2027-09-01", Map.of()));
        assertThat(EligibilityEdits.find(nested, "1.2")).isEqualTo(new AgeLimit("young", 25, LocalDate.of(2027, 9, 1)));
        assertThat(EligibilityEdits.find(nested, "0")).isEqualTo(RULES.get(0));
    }

    @Test
    void aMissingOrBadParameterIsRefusedNextToItsPath() {
        assertThatThrownBy(() -> EligibilityEdits.add(RULES, "", age("x", "", "1 Sept", Map.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field, InvalidInputException.Violation::messageKey)
                        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("rules[2].maxAge", "callrules.rule.required"),
                                org.assertj.core.groups.Tuple.tuple("rules[2].referenceDate", "callrules.rule.date")));
        assertThatThrownBy(() -> EligibilityEdits.replace(RULES, "1.0",
                new RuleInput("nationality", "asia", null, null, null, null, List.of("XX"), null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("rules[1.0].included"));
        assertThatThrownBy(() -> EligibilityEdits.add(RULES, "", age("age", "30", "2027-09-01", Map.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0))
                        .extracting(InvalidInputException.Violation::field, InvalidInputException.Violation::messageKey)
                        .containsExactly("rules[2].id", "callrules.rule.idTaken"));
        assertThatThrownBy(() -> EligibilityEdits.move(RULES, "7", true)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rulesMoveAmongTheirSiblingsAndTheLastChildGoesWithItsCombination() {
        List<Rule> down = EligibilityEdits.move(RULES, "0", false);
        assertThat(down.get(0).id()).isEqualTo("either");
        assertThat(EligibilityEdits.move(RULES, "0", true)).isEqualTo(RULES);
        List<Rule> inner = EligibilityEdits.move(RULES, "1.1", true);
        assertThat(EligibilityEdits.children(inner.get(1))).extracting(Rule::id).containsExactly("fresh", "asia");

        List<Rule> one = EligibilityEdits.remove(RULES, "1.0");
        assertThat(EligibilityEdits.children(one.get(1))).extracting(Rule::id).containsExactly("fresh");
        assertThat(EligibilityEdits.remove(one, "1.0")).extracting(Rule::id).containsExactly("age");
    }

    @Test
    void aWrappedRuleKeepsItsPlaceAndAnEditKeepsTheChildren() {
        List<Rule> negated = EligibilityEdits.wrap(RULES, "0", "not", "not-old");
        assertThat(negated.get(0)).isEqualTo(new Not("not-old", RULES.get(0)));
        assertThatThrownBy(() -> EligibilityEdits.wrap(RULES, "0", "not", "fresh")).isInstanceOf(InvalidInputException.class);

        List<Rule> renamed = EligibilityEdits.replace(RULES, "1",
                new RuleInput("age-limit", "alternatives", null, null, null, null, null, null, null, null, null));
        assertThat(renamed.get(1)).isInstanceOf(AnyOf.class);
        assertThat(EligibilityEdits.children(renamed.get(1))).isEqualTo(EligibilityEdits.children(RULES.get(1)));
    }

    @Test
    void theReasonPerLanguageIsStoredAndReplacesTheDefaultSentence() {
        List<Rule> rules = EligibilityEdits.replace(RULES, "0", age("age", "35", "2027-09-01",
                Map.of("en", "Applicants must be under 36 at enrolment.", "zh", "申请人入学时须未满36岁。")));
        assertThat(rules.get(0)).isInstanceOf(WithReason.class);
        List<Rule> read = Eligibility.fromJson(Eligibility.toJson(rules));
        assertThat(read).isEqualTo(rules);
        assertThat(RuleInput.of(read.get(0)).reason()).containsEntry("zh", "申请人入学时须未满36岁。");

        var outcome = Eligibility.evaluate(read, new ApplicantFacts(LocalDate.of(1980, 1, 1), null, null, null, java.util.Set.of(), null, false))
                .outcomes().get(0);
        StaticMessageSource messages = new StaticMessageSource();
        assertThat(Eligibility.explain(outcome, messages, Locale.CHINESE)).containsExactly("申请人入学时须未满36岁。");
        assertThat(Eligibility.explain(outcome, messages, Locale.FRENCH)).containsExactly("Applicants must be under 36 at enrolment.");

        assertThatThrownBy(() -> EligibilityEdits.replace(RULES, "0", age("age", "35", "2027-09-01", Map.of("en", "x".repeat(501)))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("rules[0].reason[en]"));
    }

    @Test
    void shiftingYearsMovesEveryDateInTheTree() {
        List<Rule> rules = EligibilityEdits.wrap(RULES, "0", "all-of", "both");
        List<Rule> next = Eligibility.shiftYears(rules, 1);
        assertThat(EligibilityEdits.find(next, "0.0")).isEqualTo(new AgeLimit("age", 35, LocalDate.of(2028, 9, 1)));
    }
}
