package org.ansoplatform.platform.web;

import java.math.BigInteger;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values built from an OpenAPI schema, plausible everywhere except where the chosen {@link Kind} of hostility
 * applies: every string, number, list or typed text of the request gets that kind's value at once.
 */
final class HostileValues {

    enum Kind { NUL, CONTROL, LONG, NULL_IN_LISTS, BLANK_IN_LISTS, WRONG_TYPES, NEGATIVE, HUGE, MALFORMED }

    static final String LONG_TEXT = "a".repeat(100_000);

    /** The id in plausible values and in the paths of changes: fixed, so that requests that do not differ are seen as one. */
    static final UUID UNKNOWN_ID = UUID.fromString("7f3c1a52-0d4e-4b8a-9c61-2e5f8a9b0c13");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode schemas;
    HostileValues(JsonNode schemas) {
        this.schemas = schemas;
    }

    /** A query parameter's values by name: an object (a filter record) is sent as its properties. */
    java.util.Map<String, String> parameters(String name, JsonNode schema, Kind kind) {
        JsonNode resolved = resolve(schema);
        java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();
        if (resolved.has("properties")) {
            resolved.path("properties").properties().forEach(property ->
                    parameters.put(property.getKey(), parameter(property.getValue(), kind)));
        } else {
            parameters.put(name, parameter(schema, kind));
        }
        return parameters;
    }

    /** A query or path parameter's value. */
    String parameter(JsonNode schema, Kind kind) {
        JsonNode resolved = resolve(schema);
        JsonNode value = leaf(resolved.path("type").asString("string").equals("array") ? resolve(resolved.path("items")) : resolved, kind);
        return value.isString() ? value.asString() : value.toString();
    }

    /** A JSON request body. */
    String body(JsonNode schema, Kind kind) {
        return value(schema, kind, 0).toString();
    }

    private JsonNode value(JsonNode schema, Kind kind, int depth) {
        JsonNode resolved = resolve(schema);
        String type = resolved.path("type").asString(resolved.has("properties") ? "object" : "string");
        if (type.equals("object")) {
            ObjectNode object = NODES.objectNode();
            if (depth > 5) {
                return object;
            }
            resolved.path("properties").properties().forEach(property ->
                    object.set(property.getKey(), value(property.getValue(), kind, depth + 1)));
            if (resolved.path("additionalProperties").isObject()) {
                object.set("key", value(resolved.path("additionalProperties"), kind, depth + 1));
            }
            return depth > 0 && kind == Kind.WRONG_TYPES ? NODES.numberNode(42) : object;
        }
        if (type.equals("array")) {
            ArrayNode array = NODES.arrayNode();
            switch (kind) {
                case NULL_IN_LISTS -> array.addNull();
                case BLANK_IN_LISTS -> array.add("");
                case WRONG_TYPES -> {
                    return NODES.stringNode("abc");
                }
                default -> array.add(value(resolved.path("items"), kind, depth + 1));
            }
            return array;
        }
        return leaf(resolved, kind);
    }

    private JsonNode leaf(JsonNode schema, Kind kind) {
        String type = schema.path("type").asString("string");
        String format = schema.path("format").asString("");
        return switch (type) {
            case "integer", "number" -> switch (kind) {
                case NEGATIVE -> NODES.numberNode(type.equals("integer") ? Integer.MIN_VALUE : -1e308);
                case HUGE -> NODES.numberNode(BigInteger.TEN.pow(30));
                case WRONG_TYPES -> NODES.stringNode("abc");
                case NUL -> NODES.stringNode("1\u0000");
                default -> NODES.numberNode(1);
            };
            case "boolean" -> kind == Kind.WRONG_TYPES ? NODES.stringNode("maybe") : NODES.booleanNode(true);
            default -> switch (kind) {
                case NUL -> NODES.stringNode("a\u0000b");
                case CONTROL -> NODES.stringNode("a\u0001\u001b[31m\r\nb");
                case LONG -> NODES.stringNode(LONG_TEXT);
                case WRONG_TYPES -> NODES.objectNode().put("a", 1);
                case MALFORMED -> NODES.stringNode(switch (format) {
                    case "uuid" -> "not-a-uuid";
                    case "date" -> "2026-02-31";
                    case "date-time" -> "yesterday";
                    default -> schema.has("enum") ? "NO_SUCH_VALUE" : "x";
                });
                default -> plausible(schema, format);
            };
        };
    }

    private JsonNode plausible(JsonNode schema, String format) {
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        return NODES.stringNode(switch (format) {
            case "uuid" -> UNKNOWN_ID.toString();
            case "date" -> "2026-06-01";
            case "date-time" -> "2026-06-01T10:00:00Z";
            case "email" -> "hostile@example.org";
            default -> "x";
        });
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10; i++) {
            if (current.has("$ref")) {
                String ref = current.path("$ref").asString();
                current = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (current.has("allOf") || current.has("oneOf") || current.has("anyOf")) {
                JsonNode choices = current.has("allOf") ? current.path("allOf") : current.has("oneOf") ? current.path("oneOf") : current.path("anyOf");
                current = choices.get(0);
            } else {
                return current;
            }
        }
        return current;
    }
}
