package org.ansoplatform.calls.eligibility;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.CountryCode;

/** What a well-formed list of rules must also satisfy; every problem is reported, not just the first. */
final class RuleChecks {

    /** Ids are short and safe to use in URLs, form names and stored overrides. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private RuleChecks() {
    }

    static void validate(List<Rule> rules) {
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (Rule rule : rules) {
            check(rule, 1, seen, duplicates, violations);
        }
        duplicates.forEach(id -> violations.add(violation("eligibility.invalid.duplicateId", id)));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void check(Rule rule, int depth, Set<String> seen, Set<String> duplicates,
            List<InvalidInputException.Violation> violations) {
        if (rule instanceof WithReason explained) {
            check(explained.rule(), depth, seen, duplicates, violations);
            return;
        }
        String id = rule.id();
        if (depth > RuleJson.MAX_DEPTH) {
            violations.add(violation("eligibility.invalid.tooDeep", id, RuleJson.MAX_DEPTH));
            return;
        }
        if (!ID.matcher(id).matches()) {
            violations.add(violation("eligibility.invalid.id", id));
        }
        if (!seen.add(id)) {
            duplicates.add(id);
        }
        if (rule instanceof AgeLimit r && r.maxAge() < 0) {
            violations.add(violation("eligibility.invalid.negativeAge", id, r.maxAge()));
        } else if (rule instanceof Nationality r) {
            Set<String> codes = new LinkedHashSet<>(r.included());
            codes.addAll(r.excluded());
            codes.stream().filter(code -> !CountryCode.isValid(code))
                    .forEach(code -> violations.add(violation("eligibility.invalid.unknownCountry", id, code)));
        } else if (rule instanceof DocumentsPresent r && r.documentTypes().isEmpty()) {
            violations.add(violation("eligibility.invalid.emptyList", id));
        } else if (rule instanceof LanguageCertificate r && r.accepted().isEmpty()) {
            violations.add(violation("eligibility.invalid.emptyList", id));
        } else if (rule instanceof AllOf r) {
            children(id, r.rules(), depth, seen, duplicates, violations);
        } else if (rule instanceof AnyOf r) {
            children(id, r.rules(), depth, seen, duplicates, violations);
        } else if (rule instanceof Not r) {
            check(r.rule(), depth + 1, seen, duplicates, violations);
        }
    }

    private static void children(String id, List<Rule> rules, int depth, Set<String> seen, Set<String> duplicates,
            List<InvalidInputException.Violation> violations) {
        if (rules.isEmpty()) {
            violations.add(violation("eligibility.invalid.emptyCombination", id));
        }
        for (Rule child : rules) {
            check(child, depth + 1, seen, duplicates, violations);
        }
    }

    private static InvalidInputException.Violation violation(String messageKey, Object... args) {
        return new InvalidInputException.Violation(RuleJson.FIELD, messageKey, args);
    }
}
