package org.ansoplatform.calls.eligibility;

import java.util.List;
import java.util.Set;

/** The outcome of every top-level rule of a call, in the order of the rules. */
public record Evaluation(List<RuleOutcome> outcomes) {

    public Evaluation {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    /** True when every rule passed (and so when the call has no rules). */
    public boolean eligible() {
        return outcomes.stream().allMatch(RuleOutcome::passed);
    }

    /** The failed outcomes, in rule order. */
    public List<RuleOutcome> failures() {
        return outcomes.stream().filter(outcome -> !outcome.passed()).toList();
    }

    /**
     * True when every rule passed except, at most, the top-level rules whose ids the Secretariat has
     * overridden (a manual override with a reason, recorded by the caller).
     */
    public boolean eligibleIgnoring(Set<String> overriddenRuleIds) {
        return outcomes.stream().allMatch(outcome -> outcome.passed() || overriddenRuleIds.contains(outcome.ruleId()));
    }

    /** Every reason of every failed rule, in rule order. */
    public List<Reason> reasons() {
        return outcomes.stream().flatMap(outcome -> outcome.reasons().stream()).toList();
    }
}
