package org.ansoplatform.calls.eligibility;

import java.util.List;
import java.util.Objects;

/**
 * {@code rule} does not pass. A failure says that the negated condition holds; the reason carries the
 * negated rule (its id and its JSON) so that it can be described in the applicant's language.
 */
public record Not(String id, Rule rule) implements Rule {

    public Not {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
    }

    @Override
    public RuleOutcome evaluate(ApplicantFacts facts) {
        if (rule.evaluate(facts).passed()) {
            return RuleOutcome.fail(id, List.of(Reason.of(ReasonKeys.NOT_HOLDS, rule.id(), RuleJson.write(rule))));
        }
        return RuleOutcome.pass(id);
    }
}
