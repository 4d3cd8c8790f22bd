package org.ansoplatform.calls.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.ansoplatform.calls.eligibility.AgeLimit;
import org.ansoplatform.calls.eligibility.AllOf;
import org.ansoplatform.calls.eligibility.AnyOf;
import org.ansoplatform.calls.eligibility.DegreeBy;
import org.ansoplatform.calls.eligibility.DocumentsPresent;
import org.ansoplatform.calls.eligibility.LanguageCertificate;
import org.ansoplatform.calls.eligibility.Nationality;
import org.ansoplatform.calls.eligibility.Not;
import org.ansoplatform.calls.eligibility.Rule;
import org.ansoplatform.calls.eligibility.WithReason;
import org.ansoplatform.platform.InvalidInputException;

/**
 * The eligibility builder’s edits of a call’s rules tree, pure: each returns new rules or refuses with every
 * problem named by the builder’s path of the parameter ({@code rules[2].maxAge}, {@code rules[2.0].by} for the
 * first child of the third rule). A path is the indexes from the top, joined by dots; a {@code not} has one
 * child, index 0. Combinations are made by wrapping a rule, so that no combination is ever empty.
 */
public final class EligibilityEdits {

    /** The rule kinds a builder adds as leaves, as in the rules’ JSON. */
    public static final List<String> LEAF_KINDS = List.of("age-limit", "degree-by", "nationality", "documents-present",
            "language-certificate", "not-current-awardee");
    /** The combinations a rule can be wrapped in. */
    public static final List<String> COMBINATIONS = List.of("all-of", "any-of", "not");
    /** The language qualifications the rules know (the wording is in eligibility.certificate.*). */
    public static final List<String> CERTIFICATES = List.of("IELTS", "TOEFL", "HSK", "NATIVE_ENGLISH", "ENGLISH_MEDIUM_DEGREE");
    public static final int MAX_AGE = 150, MAX_REASON = 500;
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern PATH = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){0,7}");

    private EligibilityEdits() {
    }

    /** The JSON type name of a rule (without its reason). */
    public static String kindOf(Rule rule) {
        Rule bare = WithReason.bare(rule);
        if (bare instanceof AgeLimit) {
            return "age-limit";
        } else if (bare instanceof DegreeBy) {
            return "degree-by";
        } else if (bare instanceof Nationality) {
            return "nationality";
        } else if (bare instanceof DocumentsPresent) {
            return "documents-present";
        } else if (bare instanceof LanguageCertificate) {
            return "language-certificate";
        } else if (bare instanceof AllOf) {
            return "all-of";
        } else if (bare instanceof AnyOf) {
            return "any-of";
        } else if (bare instanceof Not) {
            return "not";
        }
        return "not-current-awardee";
    }

    /** The builder’s name of a parameter of the rule at {@code path}, where its message is shown. */
    public static String field(String path, String parameter) {
        return "rules[" + path + "]." + parameter;
    }

    /** The children of a combination (a {@code not} has its one), empty for a leaf. */
    public static List<Rule> children(Rule rule) {
        Rule bare = WithReason.bare(rule);
        if (bare instanceof AllOf r) {
            return r.rules();
        } else if (bare instanceof AnyOf r) {
            return r.rules();
        } else if (bare instanceof Not r) {
            return List.of(r.rule());
        }
        return List.of();
    }

    /** The rule at {@code path}; refused when there is none (a page older than the rules). */
    public static Rule find(List<Rule> rules, String path) {
        List<Rule> level = rules;
        Rule found = null;
        for (int index : indexes(path)) {
            if (index >= level.size()) {
                throw gone();
            }
            found = level.get(index);
            level = children(found);
        }
        return found;
    }

    /** A new leaf rule at the end of the top level ({@code parent} blank) or of the combination at {@code parent}. */
    public static List<Rule> add(List<Rule> rules, String parent, RuleInput input) {
        if (input.kind() == null || !LEAF_KINDS.contains(input.kind())) {
            throw new InvalidInputException("kind", "callrules.rule.kind");
        }
        boolean top = parent == null || parent.isBlank();
        List<Rule> siblings = top ? rules : children(find(rules, parent));
        if (!top && WithReason.bare(find(rules, parent)) instanceof Not) {
            throw new InvalidInputException("parent", "callrules.rule.notHasOne");
        }
        String path = top ? String.valueOf(siblings.size()) : parent + "." + siblings.size();
        String id = input.id() == null || input.id().isBlank() ? freshId(rules, input.kind()) : input.id();
        RuleInput named = new RuleInput(input.kind(), id, input.maxAge(), input.referenceDate(), input.degree(), input.by(),
                input.included(), input.excluded(), input.documentTypes(), input.accepted(), input.reason());
        Rule rule = named.build(path, List.of());
        List<Rule> result = top ? append(rules, rule) : update(rules, indexes(parent), 0, old -> withChildren(old, append(children(old), rule)));
        checkIds(result, path);
        return result;
    }

    /** The rule at {@code path} with new parameters and reason; its kind and, for a combination, its children are kept. */
    public static List<Rule> replace(List<Rule> rules, String path, RuleInput input) {
        Rule old = find(rules, path);
        RuleInput kept = new RuleInput(kindOf(old), input.id(), input.maxAge(), input.referenceDate(), input.degree(), input.by(),
                input.included(), input.excluded(), input.documentTypes(), input.accepted(), input.reason());
        Rule rule = kept.build(path, children(old));
        List<Rule> result = update(rules, indexes(path), 0, any -> rule);
        checkIds(result, path);
        return result;
    }

    /** The rule at {@code path} put inside a new combination of {@code kind} (all-of, any-of or not) with the id given. */
    public static List<Rule> wrap(List<Rule> rules, String path, String kind, String id) {
        find(rules, path);
        String given = id == null || id.isBlank() ? freshId(rules, kind) : id.strip();
        if (!ID.matcher(given).matches()) {
            throw new InvalidInputException(field(path, "wrapId"), "callrules.rule.id");
        }
        List<Rule> result = update(rules, indexes(path), 0, old -> switch (kind == null ? "" : kind) {
            case "all-of" -> new AllOf(given, List.of(old));
            case "any-of" -> new AnyOf(given, List.of(old));
            case "not" -> new Not(given, old);
            default -> throw new InvalidInputException(field(path, "wrapKind"), "callrules.rule.kind");
        });
        if (ids(result).size() != count(result)) {
            throw new InvalidInputException(field(path, "wrapId"), "callrules.rule.idTaken", given);
        }
        return result;
    }

    /** The rule at {@code path} one place up or down among its siblings; at the edge nothing moves. */
    public static List<Rule> move(List<Rule> rules, String path, boolean up) {
        find(rules, path);
        List<Integer> indexes = indexes(path);
        int last = indexes.get(indexes.size() - 1);
        List<Integer> parent = indexes.subList(0, indexes.size() - 1);
        if (parent.isEmpty()) {
            return swap(rules, last, up);
        }
        Rule combination = find(rules, join(parent));
        if (WithReason.bare(combination) instanceof Not) {
            return rules;
        }
        return update(rules, parent, 0, old -> withChildren(old, swap(children(old), last, up)));
    }

    /** Without the rule at {@code path}; the last rule of a combination goes with its combination. */
    public static List<Rule> remove(List<Rule> rules, String path) {
        find(rules, path);
        List<Integer> indexes = indexes(path);
        int last = indexes.get(indexes.size() - 1);
        List<Integer> parent = indexes.subList(0, indexes.size() - 1);
        if (parent.isEmpty()) {
            List<Rule> result = new ArrayList<>(rules);
            result.remove(last);
            return List.copyOf(result);
        }
        if (children(find(rules, join(parent))).size() == 1) {
            return remove(rules, join(parent));
        }
        return update(rules, parent, 0, old -> {
            List<Rule> result = new ArrayList<>(children(old));
            result.remove(last);
            return withChildren(old, result);
        });
    }

    private static void checkIds(List<Rule> rules, String path) {
        Set<String> all = ids(rules);
        if (all.size() != count(rules)) {
            throw new InvalidInputException(field(path, "id"), "callrules.rule.idTaken", find(rules, path).id());
        }
    }

    private static String freshId(List<Rule> rules, String kind) {
        Set<String> taken = ids(rules);
        String base = kind.replace("-", "");
        for (int n = 1;; n++) {
            String candidate = base + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static Set<String> ids(List<Rule> rules) {
        Set<String> ids = new HashSet<>();
        rules.forEach(rule -> {
            ids.add(rule.id());
            ids.addAll(ids(children(rule)));
        });
        return ids;
    }

    private static int count(List<Rule> rules) {
        return rules.stream().mapToInt(rule -> 1 + count(children(rule))).sum();
    }

    private static Rule withChildren(Rule rule, List<Rule> children) {
        Rule bare = WithReason.bare(rule);
        Rule result = bare;
        if (bare instanceof AllOf r) {
            result = new AllOf(r.id(), children);
        } else if (bare instanceof AnyOf r) {
            result = new AnyOf(r.id(), children);
        } else if (bare instanceof Not r) {
            result = new Not(r.id(), children.get(0));
        }
        return WithReason.of(result, WithReason.reasonOf(rule));
    }

    private static List<Rule> update(List<Rule> level, List<Integer> indexes, int depth, java.util.function.UnaryOperator<Rule> change) {
        List<Rule> result = new ArrayList<>(level);
        int index = indexes.get(depth);
        Rule old = result.get(index);
        result.set(index, depth == indexes.size() - 1 ? change.apply(old) : withChildren(old, update(children(old), indexes, depth + 1, change)));
        return List.copyOf(result);
    }

    private static List<Rule> append(List<Rule> rules, Rule rule) {
        List<Rule> result = new ArrayList<>(rules);
        result.add(rule);
        return List.copyOf(result);
    }

    private static List<Rule> swap(List<Rule> rules, int index, boolean up) {
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= rules.size()) {
            return rules;
        }
        List<Rule> result = new ArrayList<>(rules);
        result.set(index, rules.get(other));
        result.set(other, rules.get(index));
        return List.copyOf(result);
    }

    private static List<Integer> indexes(String path) {
        if (path == null || !PATH.matcher(path).matches()) {
            throw gone();
        }
        return java.util.Arrays.stream(path.split("\\.")).map(Integer::valueOf).toList();
    }

    private static String join(List<Integer> indexes) {
        return String.join(".", indexes.stream().map(String::valueOf).toList());
    }

    private static InvalidInputException gone() {
        return new InvalidInputException(null, "callrules.rule.gone");
    }
}
