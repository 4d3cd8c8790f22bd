package org.ansoplatform.calls.eligibility;

import java.util.List;
import java.util.Objects;

/** The applicant does not currently hold an ANSO award. */
public record NotCurrentAwardee(String id) implements Rule {

    public NotCurrentAwardee {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public RuleOutcome evaluate(ApplicantFacts facts) {
        if (facts.currentAwardee()) {
            return RuleOutcome.fail(id, List.of(Reason.of(ReasonKeys.CURRENT_AWARDEE)));
        }
        return RuleOutcome.pass(id);
    }
}
