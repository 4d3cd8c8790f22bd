package org.ansoplatform.calls.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * At least one of {@code rules} passes. A failure says that none of the alternatives holds, followed by the
 * reasons of each alternative, in order.
 */
public record AnyOf(String id, List<Rule> rules) implements Rule {

    public AnyOf {
        Objects.requireNonNull(id, "id");
        rules = List.copyOf(rules);
    }

    @Override
    public RuleOutcome evaluate(ApplicantFacts facts) {
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of(ReasonKeys.ANY_OF_NONE, rules.size()));
        for (Rule rule : rules) {
            RuleOutcome outcome = rule.evaluate(facts);
            if (outcome.passed()) {
                return RuleOutcome.pass(id);
            }
            reasons.addAll(outcome.reasons());
        }
        return RuleOutcome.fail(id, reasons);
    }
}
