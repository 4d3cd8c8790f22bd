package org.ansoplatform.calls.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ansoplatform.calls.eligibility.RuleTestFacts.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The age limit, its boundaries and 29 February birthdays. */
class AgeLimitTests {

    AgeLimit rule = new AgeLimit("age", 35, SEPT_2021);

    @Test
    void passesWhenYounger() {
        assertThat(rule.evaluate(facts()).passed()).isTrue();
    }

    @Test
    void passesOnTheDayBeforeTurningMaxAgePlusOne() {
        // turns 36 on 2 September 2021: still 35 on the reference date
        assertThat(rule.evaluate(bornOn(LocalDate.of(1985, 9, 2))).passed()).isTrue();
    }

    @Test
    void passesWhenExactlyMaxAgeOnTheReferenceDate() {
        // 35th birthday on the reference date
        assertThat(rule.evaluate(bornOn(LocalDate.of(1986, 9, 1))).passed()).isTrue();
    }

    @Test
    void failsOnTheDayOfTurningMaxAgePlusOne() {
        RuleOutcome outcome = rule.evaluate(bornOn(LocalDate.of(1985, 9, 1)));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.ruleId()).isEqualTo("age");
        assertThat(outcome.reasons()).containsExactly(
                new Reason("eligibility.reason.age.tooOld", List.of(35, SEPT_2021, 36)));
    }

    @Test
    void failsWithItsOwnReasonWhenTheBirthDateIsMissing() {
        RuleOutcome outcome = rule.evaluate(ApplicantFacts.none());
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.reasons()).containsExactly(
                new Reason("eligibility.reason.age.birthDateMissing", List.of(35, SEPT_2021)));
    }

    @Test
    void aTwentyNinthOfFebruaryBirthdayCountsFromTheFirstOfMarchInOtherYears() {
        LocalDate leapling = LocalDate.of(2000, 2, 29);
        assertThat(AgeLimit.ageOn(leapling, LocalDate.of(2021, 2, 28))).isEqualTo(20);
        assertThat(AgeLimit.ageOn(leapling, LocalDate.of(2021, 3, 1))).isEqualTo(21);
        assertThat(AgeLimit.ageOn(leapling, LocalDate.of(2024, 2, 28))).isEqualTo(23);
        assertThat(AgeLimit.ageOn(leapling, LocalDate.of(2024, 2, 29))).isEqualTo(24);

        AgeLimit twenty = new AgeLimit("age", 20, LocalDate.of(2021, 2, 28));
        assertThat(twenty.evaluate(bornOn(leapling)).passed()).isTrue();
        AgeLimit twentyOnFirstOfMarch = new AgeLimit("age", 20, LocalDate.of(2021, 3, 1));
        assertThat(twentyOnFirstOfMarch.evaluate(bornOn(leapling)).passed()).isFalse();
    }

    @Test
    void countsWholeYearsAcrossMonthEnds() {
        assertThat(AgeLimit.ageOn(LocalDate.of(1990, 12, 31), LocalDate.of(2021, 12, 30))).isEqualTo(30);
        assertThat(AgeLimit.ageOn(LocalDate.of(1990, 12, 31), LocalDate.of(2021, 12, 31))).isEqualTo(31);
        assertThat(AgeLimit.ageOn(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 1, 1))).isZero();
    }

    @Test
    void aMaximumAgeOfZeroAdmitsOnlyThoseNotYetOne() {
        AgeLimit infants = new AgeLimit("age", 0, SEPT_2021);
        assertThat(infants.evaluate(bornOn(LocalDate.of(2020, 9, 2))).passed()).isTrue();
        assertThat(infants.evaluate(bornOn(LocalDate.of(2020, 9, 1))).passed()).isFalse();
    }
}
