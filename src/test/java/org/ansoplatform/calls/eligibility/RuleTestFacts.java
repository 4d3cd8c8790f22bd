package org.ansoplatform.calls.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Facts and helpers shared by the rule tests. */
final class RuleTestFacts {

    private RuleTestFacts() {
    }

    static final LocalDate SEPT_2021 = LocalDate.of(2021, 9, 1);

    static ApplicantFacts facts() {
        return new ApplicantFacts(LocalDate.of(1990, 5, 17), "PK", Degree.MASTER, LocalDate.of(2021, 6, 30),
                Set.of("passport", "cv", "language-certificate"), "IELTS", false);
    }

    static ApplicantFacts bornOn(LocalDate birthDate) {
        return new ApplicantFacts(birthDate, null, null, null, null, null, false);
    }

    static List<String> keys(RuleOutcome outcome) {
        return outcome.reasons().stream().map(Reason::messageKey).toList();
    }
}
