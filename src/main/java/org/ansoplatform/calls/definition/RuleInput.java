package org.ansoplatform.calls.definition;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ansoplatform.calls.eligibility.AgeLimit;
import org.ansoplatform.calls.eligibility.AllOf;
import org.ansoplatform.calls.eligibility.AnyOf;
import org.ansoplatform.calls.eligibility.Degree;
import org.ansoplatform.calls.eligibility.DegreeBy;
import org.ansoplatform.calls.eligibility.DocumentsPresent;
import org.ansoplatform.calls.eligibility.LanguageCertificate;
import org.ansoplatform.calls.eligibility.Nationality;
import org.ansoplatform.calls.eligibility.Not;
import org.ansoplatform.calls.eligibility.NotCurrentAwardee;
import org.ansoplatform.calls.eligibility.Rule;
import org.ansoplatform.calls.eligibility.WithReason;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.LocalizedText;

/** One rule as the builder posts it: every parameter as typed, the lists as chosen, the reason per language. */
/**
 * One eligibility rule as the builder posts it: every parameter as typed, the lists as chosen, the reason per
 * language; {@link #build} turns it into a rule or refuses every missing or bad parameter next to it.
 */
public record RuleInput(String kind, String id, String maxAge, String referenceDate, String degree, String by,
        List<String> included, List<String> excluded, List<String> documentTypes, List<String> accepted,
        Map<String, String> reason) {

    public RuleInput {
        included = clean(included);
        excluded = clean(excluded);
        documentTypes = clean(documentTypes);
        accepted = clean(accepted);
        reason = reason == null ? Map.of() : reason;
    }

    /** A rule’s parameters as the builder shows them. */
    public static RuleInput of(Rule rule) {
        Rule bare = WithReason.bare(rule);
        LocalizedText reason = WithReason.reasonOf(rule);
        Map<String, String> reasons = reason == null ? Map.of() : reason.values();
        String kind = EligibilityEdits.kindOf(bare);
        if (bare instanceof AgeLimit r) {
            return new RuleInput(kind, r.id(), String.valueOf(r.maxAge()), r.referenceDate().toString(), null, null, null, null, null,
                    null, reasons);
        } else if (bare instanceof DegreeBy r) {
            return new RuleInput(kind, r.id(), null, null, r.degree().name(), r.by().toString(), null, null, null, null, reasons);
        } else if (bare instanceof Nationality r) {
            return new RuleInput(kind, r.id(), null, null, null, null, List.copyOf(r.included()), List.copyOf(r.excluded()), null,
                    null, reasons);
        } else if (bare instanceof DocumentsPresent r) {
            return new RuleInput(kind, r.id(), null, null, null, null, null, null, List.copyOf(r.documentTypes()), null, reasons);
        } else if (bare instanceof LanguageCertificate r) {
            return new RuleInput(kind, r.id(), null, null, null, null, null, null, null, List.copyOf(r.accepted()), reasons);
        }
        return new RuleInput(kind, bare.id(), null, null, null, null, null, null, null, null, reasons);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }

    /** A leaf rule from its parameters; every missing or bad one is refused next to it. */
    Rule build(String path, List<Rule> children) {
        List<Violation> problems = new ArrayList<>();
        String ruleId = id == null ? "" : id.strip();
        if (!EligibilityEdits.ID.matcher(ruleId).matches()) {
            problems.add(new Violation(field(path, "id"), "callrules.rule.id"));
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        reason.forEach((language, text) -> {
            if (text != null && text.strip().length() > EligibilityEdits.MAX_REASON) {
                problems.add(new Violation(field(path, "reason[" + language + "]"), "callrules.rule.reasonTooLong", EligibilityEdits.MAX_REASON));
            }
            reasons.put(language, text);
        });
        Rule rule = switch (kind) {
            case "age-limit" -> {
                Integer age = wholeNumber(maxAge, field(path, "maxAge"), problems);
                LocalDate on = date(referenceDate, field(path, "referenceDate"), problems);
                yield age == null || on == null ? null : new AgeLimit(ruleId, age, on);
            }
            case "degree-by" -> {
                Degree level = degree(degree, field(path, "degree"), problems);
                LocalDate deadline = date(by, field(path, "by"), problems);
                yield level == null || deadline == null ? null : new DegreeBy(ruleId, level, deadline);
            }
            case "nationality" -> {
                Set<String> in = countries(included, field(path, "included"), problems);
                Set<String> out = countries(excluded, field(path, "excluded"), problems);
                yield new Nationality(ruleId, in, out);
            }
            case "documents-present" -> {
                if (documentTypes.isEmpty()) {
                    problems.add(new Violation(field(path, "documentTypes"), "callrules.rule.chooseOne"));
                }
                yield new DocumentsPresent(ruleId, new LinkedHashSet<>(documentTypes));
            }
            case "language-certificate" -> {
                if (accepted.isEmpty()) {
                    problems.add(new Violation(field(path, "accepted"), "callrules.rule.chooseOne"));
                }
                accepted.stream().filter(c -> !EligibilityEdits.CERTIFICATES.contains(c.toUpperCase(Locale.ROOT))).findFirst()
                        .ifPresent(c -> problems.add(new Violation(field(path, "accepted"), "callrules.rule.unknownCertificate", c)));
                yield new LanguageCertificate(ruleId, new LinkedHashSet<>(accepted));
            }
            case "not-current-awardee" -> new NotCurrentAwardee(ruleId);
            case "all-of" -> new AllOf(ruleId, children);
            case "any-of" -> new AnyOf(ruleId, children);
            case "not" -> new Not(ruleId, children.get(0));
            default -> throw new InvalidInputException("kind", "callrules.rule.kind");
        };
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return WithReason.of(rule, LocalizedText.of(reasons));
    }

    private static String field(String path, String parameter) {
        return EligibilityEdits.field(path, parameter);
    }

    private static Integer wholeNumber(String text, String field, List<Violation> problems) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            if (value >= 0 && value <= EligibilityEdits.MAX_AGE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, with what a missing value gets
        }
        problems.add(new Violation(field, text == null || text.isBlank() ? "callrules.rule.required" : "callrules.rule.age", EligibilityEdits.MAX_AGE));
        return null;
    }

    private static LocalDate date(String text, String field, List<Violation> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new Violation(field, "callrules.rule.required"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Violation(field, "callrules.rule.date", text.strip()));
            return null;
        }
    }

    private static Degree degree(String text, String field, List<Violation> problems) {
        try {
            return Degree.valueOf((text == null ? "" : text.strip()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Violation(field, "callrules.rule.degree"));
            return null;
        }
    }

    private static Set<String> countries(List<String> codes, String field, List<Violation> problems) {
        Set<String> result = new LinkedHashSet<>();
        for (String code : codes) {
            String upper = code.toUpperCase(Locale.ROOT);
            if (CountryCode.isValid(upper)) {
                result.add(upper);
            } else {
                problems.add(new Violation(field, "callrules.rule.country", code));
            }
        }
        return result;
    }
}
