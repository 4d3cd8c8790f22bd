package org.ansoplatform.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Holds one recorded response against the OpenAPI document: the operation is found by method and path template
 * (a literal segment beats a variable, as in Spring's matching), the status must be one the operation declares,
 * the content type one the status declares, and a JSON body must match its schema (JSON Schema 2020-12, the
 * dialect of OpenAPI 3.1, with the document's components beside it so that its references resolve).
 */
final class OpenApiResponseValidator {

    record Template(String method, String template, Pattern pattern, int literals, JsonNode operation) {

        String key() {
            return method + " " + template;
        }
    }

    /** The operation a response belongs to (null if the document has none) and what is wrong with it. */
    record Verdict(Template operation, List<String> violations) {
    }

    private final JsonNode document;
    private final List<Template> templates = new ArrayList<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();

    OpenApiResponseValidator(JsonNode document) {
        this.document = document;
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            String regex = "\\Q" + path.getKey().replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
            int literals = path.getKey().replaceAll("\\{[^}]+}", "").length();
            templates.add(new Template(method.getKey().toUpperCase(), path.getKey(), Pattern.compile(regex), literals,
                    method.getValue()));
        }));
    }

    List<Template> templates() {
        return templates;
    }

    Optional<Template> operation(String method, String path) {
        return templates.stream().filter(t -> t.method().equals(method) && t.pattern().matcher(path).matches())
                .max(Comparator.comparingInt(Template::literals));
    }

    Verdict verdict(OpenApiRecorder.Exchange exchange) {
        Optional<Template> found = operation(exchange.method(), exchange.path());
        if (found.isEmpty()) {
            return new Verdict(null, List.of());
        }
        Template operation = found.get();
        String status = Integer.toString(exchange.status());
        String where = exchange.method() + " " + exchange.path() + " (" + operation.template() + ") answered " + status;
        JsonNode response = operation.operation().path("responses").path(status);
        if (response.isMissingNode()) {
            response = operation.operation().path("responses").path(status.charAt(0) + "XX");
        }
        if (response.isMissingNode()) {
            return new Verdict(operation, List.of(where + ": a status the document does not declare"));
        }
        JsonNode content = response.path("content");
        if (exchange.sentError() && exchange.body().length == 0) {
            return new Verdict(operation, List.of());
        }
        if (exchange.body().length == 0 || exchange.contentType() == null) {
            boolean mayBeEmpty = content.isMissingNode() || content.isEmpty() || "HEAD".equals(exchange.method());
            return new Verdict(operation, mayBeEmpty ? List.of() : List.of(where + ": no body, but the document declares "
                    + content.propertyNames()));
        }
        String mediaType = exchange.contentType().split(";")[0].trim().toLowerCase();
        if (content.isMissingNode() || content.isEmpty()) {
            return new Verdict(operation, List.of(where + ": a body of " + mediaType + ", but the document declares none"));
        }
        String declared = declared(content, mediaType);
        if (declared == null) {
            return new Verdict(operation, List.of(where + ": content type " + mediaType + ", the document declares "
                    + content.propertyNames()));
        }
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            return new Verdict(operation, List.of());
        }
        JsonNode body;
        try {
            body = json.readTree(new String(exchange.body(), StandardCharsets.UTF_8));
        } catch (RuntimeException unreadable) {
            return new Verdict(operation, List.of(where + ": a body that is no JSON"));
        }
        String schemaPointer = operation.key() + " " + status + " " + declared;
        Schema schema = schemas.computeIfAbsent(schemaPointer, key -> compile(content.path(declared).path("schema")));
        List<String> violations = new ArrayList<>();
        for (Error error : schema.validate(body)) {
            if (violations.size() == 5) {
                violations.add(where + ": ...");
                break;
            }
            violations.add(where + ": " + error.getInstanceLocation() + " " + error.getMessage());
        }
        return new Verdict(operation, violations);
    }

    private static String declared(JsonNode content, String mediaType) {
        for (String candidate : content.propertyNames()) {
            String type = candidate.toLowerCase();
            if (type.equals(mediaType) || type.equals("*/*")
                    || type.endsWith("/*") && mediaType.startsWith(type.substring(0, type.length() - 1))) {
                return candidate;
            }
        }
        return null;
    }

    private Schema compile(JsonNode schema) {
        ObjectNode standalone = schema.isObject() ? ((ObjectNode) schema).deepCopy() : json.createObjectNode();
        standalone.set("components", document.path("components"));
        return registry.getSchema(standalone);
    }
}
