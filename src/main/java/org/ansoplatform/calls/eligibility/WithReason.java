package org.ansoplatform.calls.eligibility;

import java.util.List;
import java.util.Objects;

import org.ansoplatform.shared.LocalizedText;

/**
 * A rule with the Secretariat’s own applicant-facing reason per language (the optional {@code reason} of a rule in
 * the rules’ JSON). It holds exactly when {@code rule} holds; when it fails, its one reason is that text, which
 * replaces the default sentences of the rule (see {@link Eligibility#explain}).
 */
public record WithReason(Rule rule, LocalizedText reason) implements Rule {

    public WithReason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        if (rule instanceof WithReason) {
            throw new IllegalArgumentException("A rule has one reason: " + rule.id());
        }
    }

    /** The rule with {@code reason}, or the bare rule when the reason is null or empty. */
    public static Rule of(Rule rule, LocalizedText reason) {
        Rule bare = bare(rule);
        return reason == null || reason.isEmpty() ? bare : new WithReason(bare, reason);
    }

    /** The rule without its own reason. */
    public static Rule bare(Rule rule) {
        return rule instanceof WithReason explained ? explained.rule() : rule;
    }

    /** The rule’s own reason, or null. */
    public static LocalizedText reasonOf(Rule rule) {
        return rule instanceof WithReason explained ? explained.reason() : null;
    }

    @Override
    public String id() {
        return rule.id();
    }

    @Override
    public RuleOutcome evaluate(ApplicantFacts facts) {
        RuleOutcome outcome = rule.evaluate(facts);
        if (outcome.passed()) {
            return outcome;
        }
        return RuleOutcome.fail(rule.id(), List.of(Reason.of(ReasonKeys.CUSTOM, rule.id(), RuleJson.reasonJson(reason))));
    }
}
