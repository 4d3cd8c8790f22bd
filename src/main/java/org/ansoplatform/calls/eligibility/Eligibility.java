package org.ansoplatform.calls.eligibility;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The eligibility rules engine: evaluates a call's rules against an application's facts, reads and writes
 * rules as JSON, and puts rules and failure reasons into words in English or Chinese. Pure functions, no
 * state, no Spring bean.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /**
     * Evaluates every top-level rule, in order, without stopping at the first failure. Null facts count as
     * nothing known.
     */
    public static Evaluation evaluate(List<Rule> rules, ApplicantFacts facts) {
        ApplicantFacts known = facts == null ? ApplicantFacts.none() : facts;
        return new Evaluation(rules.stream().map(rule -> rule.evaluate(known)).toList());
    }

    /**
     * Reads a call's rules from JSON: an array of objects with a type property. Refuses malformed JSON,
     * unknown rule types or properties, missing or mistyped properties, and rules that {@link #validate}
     * refuses, with an InvalidInputException on the field eligibility whose message keys are
     * eligibility.invalid.*.
     */
    public static List<Rule> fromJson(String json) {
        List<Rule> rules = RuleJson.read(json);
        validate(rules);
        return rules;
    }

    /** Writes rules as JSON that {@link #fromJson} reads back to equal rules. */
    public static String toJson(List<Rule> rules) {
        return RuleJson.write(rules);
    }

    /**
     * Refuses rules built in code that could not be stored: ids not unique in the whole tree or not of the
     * form letters, digits, dot, dash and underscore (at most 64), negative ages, empty combinations, unknown
     * country codes, empty document or certificate lists, nesting deeper than eight levels. Reports every
     * problem at once.
     */
    public static void validate(List<Rule> rules) {
        RuleChecks.validate(rules);
    }

    /**
     * The rules with every date they hold (an age limit’s reference date, a degree’s latest date) moved by
     * {@code years}, for next year’s round of a call; ids, reasons and everything else unchanged.
     */
    public static List<Rule> shiftYears(List<Rule> rules, int years) {
        return rules.stream().map(rule -> shift(rule, years)).toList();
    }

    private static Rule shift(Rule rule, int years) {
        if (rule instanceof WithReason r) {
            return new WithReason(shift(r.rule(), years), r.reason());
        } else if (rule instanceof AgeLimit r) {
            return new AgeLimit(r.id(), r.maxAge(), r.referenceDate().plusYears(years));
        } else if (rule instanceof DegreeBy r) {
            return new DegreeBy(r.id(), r.degree(), r.by().plusYears(years));
        } else if (rule instanceof AllOf r) {
            return new AllOf(r.id(), shiftYears(r.rules(), years));
        } else if (rule instanceof AnyOf r) {
            return new AnyOf(r.id(), shiftYears(r.rules(), years));
        } else if (rule instanceof Not r) {
            return new Not(r.id(), shift(r.rule(), years));
        }
        return rule;
    }

    /** What the rule requires, as one sentence for the public call page. */
    public static String describe(Rule rule, MessageSource messages, Locale locale) {
        return new RuleText(messages, locale).describe(rule);
    }

    /** A failure reason as one sentence in the given language. */
    public static String explain(Reason reason, MessageSource messages, Locale locale) {
        return new RuleText(messages, locale).explain(reason);
    }

    /** Every reason of a failed outcome, each as one sentence. */
    public static List<String> explain(RuleOutcome outcome, MessageSource messages, Locale locale) {
        RuleText text = new RuleText(messages, locale);
        return outcome.reasons().stream().map(text::explain).toList();
    }
}
