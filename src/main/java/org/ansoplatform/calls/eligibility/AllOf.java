package org.ansoplatform.calls.eligibility;

import java.util.List;
import java.util.Objects;

/** Every one of {@code rules} passes; a failure carries the reasons of every failing rule, in order. */
public record AllOf(String id, List<Rule> rules) implements Rule {

    public AllOf {
        Objects.requireNonNull(id, "id");
        rules = List.copyOf(rules);
    }

    @Override
    public RuleOutcome evaluate(ApplicantFacts facts) {
        List<Reason> reasons = rules.stream()
                .map(rule -> rule.evaluate(facts))
                .flatMap(outcome -> outcome.reasons().stream())
                .toList();
        return RuleOutcome.of(id, reasons);
    }
}
