package org.ansoplatform.calls.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.LocalizedText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes rules as JSON by hand (not by data binding), so that every refusal names the rule and the
 * property at fault. The shape: an array of objects, each with a type property and the record's fields.
 */
final class RuleJson {

    static final String FIELD = "eligibility";
    /** Deeper nesting than this is refused; real calls need two or three levels. */
    static final int MAX_DEPTH = 8;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private static final Map<String, Set<String>> PROPERTIES = Map.of(
            "age-limit", Set.of("type", "id", "maxAge", "referenceDate", "reason"),
            "degree-by", Set.of("type", "id", "degree", "by", "reason"),
            "nationality", Set.of("type", "id", "included", "excluded", "reason"),
            "documents-present", Set.of("type", "id", "documentTypes", "reason"),
            "language-certificate", Set.of("type", "id", "accepted", "reason"),
            "not-current-awardee", Set.of("type", "id", "reason"),
            "all-of", Set.of("type", "id", "rules", "reason"),
            "any-of", Set.of("type", "id", "rules", "reason"),
            "not", Set.of("type", "id", "rule", "reason"));

    /** The languages a reason may be given in; a longer text than {@link #MAX_REASON} is refused. */
    static final Set<String> REASON_LANGUAGES = Set.of("en", "zh", "ru", "es", "fr");
    static final int MAX_REASON = 500;

    private RuleJson() {
    }

    static String type(Rule rule) {
        if (rule instanceof WithReason r) {
            return type(r.rule());
        } else if (rule instanceof AgeLimit) {
            return "age-limit";
        } else if (rule instanceof DegreeBy) {
            return "degree-by";
        } else if (rule instanceof Nationality) {
            return "nationality";
        } else if (rule instanceof DocumentsPresent) {
            return "documents-present";
        } else if (rule instanceof LanguageCertificate) {
            return "language-certificate";
        } else if (rule instanceof NotCurrentAwardee) {
            return "not-current-awardee";
        } else if (rule instanceof AllOf) {
            return "all-of";
        } else if (rule instanceof AnyOf) {
            return "any-of";
        } else if (rule instanceof Not) {
            return "not";
        }
        throw new IllegalStateException("Unknown rule " + rule);
    }

    // ---- writing

    static String write(List<Rule> rules) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        rules.forEach(rule -> array.add(node(rule)));
        return MAPPER.writeValueAsString(array);
    }

    static String write(Rule rule) {
        return MAPPER.writeValueAsString(node(rule));
    }

    private static ObjectNode node(Rule rule) {
        if (rule instanceof WithReason explained) {
            ObjectNode node = node(explained.rule());
            node.set("reason", reasonNode(explained.reason()));
            return node;
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", type(rule));
        node.put("id", rule.id());
        if (rule instanceof AgeLimit r) {
            node.put("maxAge", r.maxAge());
            node.put("referenceDate", r.referenceDate().toString());
        } else if (rule instanceof DegreeBy r) {
            node.put("degree", r.degree().name());
            node.put("by", r.by().toString());
        } else if (rule instanceof Nationality r) {
            strings(node.putArray("included"), r.included());
            strings(node.putArray("excluded"), r.excluded());
        } else if (rule instanceof DocumentsPresent r) {
            strings(node.putArray("documentTypes"), r.documentTypes());
        } else if (rule instanceof LanguageCertificate r) {
            strings(node.putArray("accepted"), r.accepted());
        } else if (rule instanceof AllOf r) {
            children(node.putArray("rules"), r.rules());
        } else if (rule instanceof AnyOf r) {
            children(node.putArray("rules"), r.rules());
        } else if (rule instanceof Not r) {
            node.set("rule", node(r.rule()));
        }
        return node;
    }

    private static ObjectNode reasonNode(LocalizedText reason) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        new TreeMap<>(reason.values()).forEach(node::put);
        return node;
    }

    /** A reason’s texts as JSON, as a failure carries them (so that a stored failure keeps its wording). */
    static String reasonJson(LocalizedText reason) {
        return MAPPER.writeValueAsString(reasonNode(reason));
    }

    /** The texts of {@link #reasonJson}; empty when they cannot be read. */
    static LocalizedText readReason(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            Map<String, String> values = new LinkedHashMap<>();
            if (node != null && node.isObject()) {
                for (String language : node.propertyNames()) {
                    values.put(language, node.get(language).asString());
                }
            }
            return LocalizedText.of(values);
        } catch (JacksonException e) {
            return LocalizedText.of(Map.of());
        }
    }

    private static void children(ArrayNode array, List<Rule> rules) {
        rules.forEach(child -> array.add(node(child)));
    }

    private static void strings(ArrayNode array, Set<String> values) {
        values.forEach(array::add);
    }

    // ---- reading

    static List<Rule> read(String json) {
        if (json == null || json.isBlank()) {
            throw refuse("eligibility.invalid.empty");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            int line = location == null ? 0 : location.getLineNr();
            int column = location == null ? 0 : location.getColumnNr();
            throw refuse("eligibility.invalid.json", line, column);
        }
        if (root == null || !root.isArray()) {
            throw refuse("eligibility.invalid.notArray");
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            rules.add(rule(root.get(i), "/" + i, 1));
        }
        return List.copyOf(rules);
    }

    /** Reads one rule, as stored in the reason of a failed Not rule. */
    static Rule readOne(String json) {
        return rule(MAPPER.readTree(json), "", 1);
    }

    private static Rule rule(JsonNode node, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw refuse("eligibility.invalid.tooDeep", path, MAX_DEPTH);
        }
        if (node == null || !node.isObject()) {
            throw refuse("eligibility.invalid.notObject", path);
        }
        String type = string(node, "type", path);
        Set<String> allowed = PROPERTIES.get(type);
        if (allowed == null) {
            throw refuse("eligibility.invalid.unknownType", path, type);
        }
        for (String property : node.propertyNames()) {
            if (!allowed.contains(property)) {
                throw refuse("eligibility.invalid.unknownProperty", path, property);
            }
        }
        String id = string(node, "id", path);
        return WithReason.of(bare(node, type, id, path, depth), reason(node, path));
    }

    private static LocalizedText reason(JsonNode node, String path) {
        JsonNode value = node.get("reason");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw refuse("eligibility.invalid.badProperty", path, "reason");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String language : value.propertyNames()) {
            JsonNode text = value.get(language);
            if (!REASON_LANGUAGES.contains(language) || !text.isString() || text.stringValue().length() > MAX_REASON) {
                throw refuse("eligibility.invalid.badProperty", path, "reason");
            }
            values.put(language, text.stringValue());
        }
        return LocalizedText.of(values);
    }

    private static Rule bare(JsonNode node, String type, String id, String path, int depth) {
        return switch (type) {
            case "age-limit" -> new AgeLimit(id, integer(node, "maxAge", path), date(node, "referenceDate", path));
            case "degree-by" -> new DegreeBy(id, degree(node, path), date(node, "by", path));
            case "nationality" -> new Nationality(id, strings(node, "included", path, false),
                    strings(node, "excluded", path, false));
            case "documents-present" -> new DocumentsPresent(id, strings(node, "documentTypes", path, true));
            case "language-certificate" -> new LanguageCertificate(id, strings(node, "accepted", path, true));
            case "not-current-awardee" -> new NotCurrentAwardee(id);
            case "all-of" -> new AllOf(id, children(node, path, depth));
            case "any-of" -> new AnyOf(id, children(node, path, depth));
            case "not" -> new Not(id, rule(required(node, "rule", path), path + "/rule", depth + 1));
            default -> throw new IllegalStateException(type);
        };
    }

    private static JsonNode required(JsonNode node, String property, String path) {
        JsonNode value = node.get(property);
        if (value == null || value.isNull()) {
            throw refuse("eligibility.invalid.missingProperty", path, property);
        }
        return value;
    }

    private static String string(JsonNode node, String property, String path) {
        JsonNode value = required(node, property, path);
        if (!value.isString() || value.stringValue().isBlank()) {
            throw refuse("eligibility.invalid.badProperty", path, property);
        }
        return value.stringValue().strip();
    }

    private static int integer(JsonNode node, String property, String path) {
        JsonNode value = required(node, property, path);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw refuse("eligibility.invalid.badProperty", path, property);
        }
        return value.intValue();
    }

    private static LocalDate date(JsonNode node, String property, String path) {
        String text = string(node, property, path);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw refuse("eligibility.invalid.badDate", path, property, text);
        }
    }

    private static Degree degree(JsonNode node, String path) {
        String text = string(node, "degree", path);
        try {
            return Degree.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw refuse("eligibility.invalid.unknownDegree", path, text);
        }
    }

    private static Set<String> strings(JsonNode node, String property, String path, boolean required) {
        JsonNode value = required ? required(node, property, path) : node.get(property);
        if (value == null || value.isNull()) {
            return Set.of();
        }
        if (!value.isArray()) {
            throw refuse("eligibility.invalid.badProperty", path, property);
        }
        Set<String> result = new LinkedHashSet<>();
        for (JsonNode element : value) {
            if (!element.isString() || element.stringValue().isBlank()) {
                throw refuse("eligibility.invalid.badProperty", path, property);
            }
            result.add(element.stringValue());
        }
        return result;
    }

    private static List<Rule> children(JsonNode node, String path, int depth) {
        JsonNode value = required(node, "rules", path);
        if (!value.isArray()) {
            throw refuse("eligibility.invalid.badProperty", path, "rules");
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            rules.add(rule(value.get(i), path + "/rules/" + i, depth + 1));
        }
        return rules;
    }

    static InvalidInputException refuse(String messageKey, Object... args) {
        return new InvalidInputException(FIELD, messageKey, args);
    }
}
