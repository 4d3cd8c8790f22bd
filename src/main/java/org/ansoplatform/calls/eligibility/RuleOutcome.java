package org.ansoplatform.calls.eligibility;

import java.util.List;

/** The result of one rule: passed with no reasons, or failed with at least one reason. */
public record RuleOutcome(String ruleId, boolean passed, List<Reason> reasons) {

    public RuleOutcome {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        if (passed && !reasons.isEmpty()) {
            throw new IllegalArgumentException("A passed rule has no reasons: " + ruleId);
        }
        if (!passed && reasons.isEmpty()) {
            throw new IllegalArgumentException("A failed rule needs a reason: " + ruleId);
        }
    }

    static RuleOutcome pass(String ruleId) {
        return new RuleOutcome(ruleId, true, List.of());
    }

    static RuleOutcome fail(String ruleId, List<Reason> reasons) {
        return new RuleOutcome(ruleId, false, reasons);
    }

    static RuleOutcome of(String ruleId, List<Reason> reasons) {
        return new RuleOutcome(ruleId, reasons.isEmpty(), reasons);
    }
}
