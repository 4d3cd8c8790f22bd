package org.ansoplatform.calls.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ansoplatform.calls.eligibility.RuleTestFacts.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Degree held or expected by a date. */
class DegreeByTests {

    LocalDate by = LocalDate.of(2021, 8, 31);

    @Test
    void passesWithTheDegreeOrAHigherOneByTheDate() {
        assertThat(new DegreeBy("degree", Degree.MASTER, by).evaluate(facts()).passed()).isTrue();
        assertThat(new DegreeBy("degree", Degree.BACHELOR, by).evaluate(facts()).passed()).isTrue();
    }

    @Test
    void passesWhenTheDegreeDateIsExactlyTheDeadline() {
        ApplicantFacts onTheDay = new ApplicantFacts(null, null, Degree.MASTER, by, null, null, false);
        assertThat(new DegreeBy("degree", Degree.MASTER, by).evaluate(onTheDay).passed()).isTrue();
    }

    @Test
    void failsWhenTheDegreeDateIsOneDayLate() {
        ApplicantFacts late = new ApplicantFacts(null, null, Degree.MASTER, by.plusDays(1), null, null, false);
        RuleOutcome outcome = new DegreeBy("degree", Degree.MASTER, by).evaluate(late);
        assertThat(outcome.reasons()).containsExactly(
                new Reason("eligibility.reason.degree.tooLate", List.of(by, by.plusDays(1))));
    }

    @Test
    void failsWhenTheDegreeIsTooLow() {
        RuleOutcome outcome = new DegreeBy("degree", Degree.DOCTORATE, by).evaluate(facts());
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.reasons()).containsExactly(
                new Reason("eligibility.reason.degree.tooLow", List.of("DOCTORATE", "MASTER")));
    }

    @Test
    void reportsBothATooLowDegreeAndALateDate() {
        ApplicantFacts both = new ApplicantFacts(null, null, Degree.BACHELOR, by.plusYears(1), null, null, false);
        assertThat(keys(new DegreeBy("degree", Degree.MASTER, by).evaluate(both)))
                .containsExactly("eligibility.reason.degree.tooLow", "eligibility.reason.degree.tooLate");
    }

    @Test
    void failsWhenTheDegreeOrItsDateIsMissing() {
        DegreeBy rule = new DegreeBy("degree", Degree.MASTER, by);
        assertThat(rule.evaluate(ApplicantFacts.none()).reasons()).containsExactly(
                new Reason("eligibility.reason.degree.missing", List.of("MASTER", by)));
        ApplicantFacts noDate = new ApplicantFacts(null, null, Degree.DOCTORATE, null, null, null, false);
        assertThat(keys(rule.evaluate(noDate))).containsExactly("eligibility.reason.degree.dateMissing");
    }

    @Test
    void degreesAreOrdered() {
        assertThat(Degree.DOCTORATE.atLeast(Degree.MASTER)).isTrue();
        assertThat(Degree.MASTER.atLeast(Degree.MASTER)).isTrue();
        assertThat(Degree.BACHELOR.atLeast(Degree.MASTER)).isFalse();
    }
}
