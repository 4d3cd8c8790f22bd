package org.ansoplatform.calls.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The applicant's highest degree, held or expected, is at least {@code degree} (bachelor, then master, then
 * doctorate) and its date, obtained or expected, is on or before {@code by}. The facts carry one date, that
 * of the highest degree.
 */
public record DegreeBy(String id, Degree degree, LocalDate by) implements Rule {

    public DegreeBy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(degree, "degree");
        Objects.requireNonNull(by, "by");
    }

    @Override
    public RuleOutcome evaluate(ApplicantFacts facts) {
        if (facts.highestDegree() == null) {
            return RuleOutcome.fail(id, List.of(Reason.of(ReasonKeys.DEGREE_MISSING, degree.name(), by)));
        }
        List<Reason> reasons = new ArrayList<>();
        if (!facts.highestDegree().atLeast(degree)) {
            reasons.add(Reason.of(ReasonKeys.DEGREE_TOO_LOW, degree.name(), facts.highestDegree().name()));
        }
        if (facts.degreeDate() == null) {
            reasons.add(Reason.of(ReasonKeys.DEGREE_DATE_MISSING, by));
        } else if (facts.degreeDate().isAfter(by)) {
            reasons.add(Reason.of(ReasonKeys.DEGREE_TOO_LATE, by, facts.degreeDate()));
        }
        return RuleOutcome.of(id, reasons);
    }
}
