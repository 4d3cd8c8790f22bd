package org.ansoplatform.calls.eligibility;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * The applicant's age in whole years on {@code referenceDate} is at most {@code maxAge}. A missing birth date
 * fails with a reason of its own.
 *
 * <p>Someone born on 29 February has their birthday on 1 March in years without that day (the rule of
 * {@link java.time.Period#between}): born 29 February 2000, they are 20 on 28 February 2021 and 21 on
 * 1 March 2021.
 */
public record AgeLimit(String id, int maxAge, LocalDate referenceDate) implements Rule {

    public AgeLimit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(referenceDate, "referenceDate");
    }

    @Override
    public RuleOutcome evaluate(ApplicantFacts facts) {
        if (facts.birthDate() == null) {
            return RuleOutcome.fail(id, List.of(Reason.of(ReasonKeys.AGE_BIRTH_DATE_MISSING, maxAge, referenceDate)));
        }
        int age = ageOn(facts.birthDate(), referenceDate);
        if (age > maxAge) {
            return RuleOutcome.fail(id, List.of(Reason.of(ReasonKeys.AGE_TOO_OLD, maxAge, referenceDate, age)));
        }
        return RuleOutcome.pass(id);
    }

    /**
     * Age in whole years on a date: the birthday of the year counts from that day on; a 29 February birthday
     * counts from 1 March in years without 29 February. Negative when born after {@code on}.
     */
    public static int ageOn(LocalDate birthDate, LocalDate on) {
        int years = on.getYear() - birthDate.getYear();
        if (MonthDay.from(on).isBefore(MonthDay.from(birthDate))) {
            years--;
        }
        return years;
    }
}
