package org.ansoplatform.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;

/**
 * Completes every operation's responses from what the platform does for all of them alike, instead of 80
 * operations each listing the same errors by hand: 400 and 401 everywhere (the firewall refuses a malformed request,
 * and an invalid bearer token is refused even on a public operation), 403 when the operation needs a caller (and
 * for every unsafe method, which a session must send with its CSRF token),
 * 404 when a path variable or the body names a record, 409 for every change (a concurrent change of the same record, or a
 * conflict with an existing one), 413 for uploads, 415 where a body is read, and 500 everywhere.
 * Responses an operation
 * declares itself (201, 204, 422, 429) keep their status and get the same problem content.
 */
final class OpenApiResponses {

    private static final String JSON = "application/json";
    private static final String MULTIPART = "multipart/form-data";
    private static final List<PathItem.HttpMethod> SAFE = List.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD,
            PathItem.HttpMethod.OPTIONS);

    private static final Map<String, String> ERRORS = Map.ofEntries(
            Map.entry("400", "Invalid input: the fields at fault in errors, or a request that could not be read"),
            Map.entry("401", "No valid session or bearer token: the operation needs a caller, or a bearer token sent "
                    + "is not valid (expired, revoked or unknown), or a public rule does not cover this path's value"),
            Map.entry("403", "The caller may not do this (role, token scope, record or missing CSRF token)"),
            Map.entry("404", "No such record, or none the caller may see"),
            Map.entry("406", "None of the media types the Accept header names is one the operation answers"),
            Map.entry("409", "Conflicts with the record's current state or another record, or a concurrent change"),
            Map.entry("413", "The request body is larger than allowed"),
            Map.entry("415", "The request body is not of a type the operation reads"),
            Map.entry("422", "Understood but cannot be done in the record's current state"),
            Map.entry("429", "Too many requests: try again after the Retry-After header's seconds"),
            Map.entry("500", "An unexpected failure, logged under incidentId"));

    private final OpenApiAccess access;

    OpenApiResponses(OpenApiAccess access) {
        this.access = access;
    }

    void customize(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                customize(path, method, operation)));
    }

    private void customize(String path, PathItem.HttpMethod method, Operation operation) {
        boolean guarded = operation.getExtensions() != null
                && operation.getExtensions().remove(OpenApiDocument.METHOD_SECURITY) != null;
        if (operation.getExtensions() != null && operation.getExtensions().isEmpty()) {
            operation.setExtensions(null);
        }
        boolean isPublic = !guarded && access.isPublic(method.name(), path);
        operation.setSecurity(isPublic ? new ArrayList<>() : List.of(
                new SecurityRequirement().addList(OpenApiDocument.BEARER),
                new SecurityRequirement().addList(OpenApiDocument.SESSION)));
        boolean multipart = fixMultipart(operation);
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        moveDefaultSuccess(responses);
        responses.values().forEach(OpenApiResponses::noWildcard);

        boolean unsafe = !SAFE.contains(method);
        // a request the firewall refuses (a control character in a header) is a 400 on any operation
        add(responses, "400", true);
        // and a bearer token that is not valid is refused with 401 even where no token is needed
        add(responses, "401", true);
        add(responses, "403", !isPublic || unsafe);
        // a record named in the path, or in the body (the series of a new issue), may not exist
        add(responses, "404", path.contains("{") || operation.getRequestBody() != null);
        // any operation answers 406 to an Accept header that names none of its types (the problem is still JSON)
        add(responses, "406", true);
        add(responses, "409", unsafe);
        add(responses, "413", multipart);
        add(responses, "415", operation.getRequestBody() != null);
        add(responses, "500", true);
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                problem(status, response);
            }
        });
        // a stable order of statuses, whatever order the rules above added them in
        ApiResponses sorted = new ApiResponses();
        new TreeMap<>(responses).forEach(sorted::addApiResponse);
        operation.setResponses(sorted);
    }

    private static void add(ApiResponses responses, String status, boolean applies) {
        if (applies && !responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse());
        }
    }

    private static void problem(String status, ApiResponse response) {
        if (response.getDescription() == null || response.getDescription().isBlank()
                || response.getDescription().equals(reasonPhrase(status))) {
            response.setDescription(ERRORS.getOrDefault(status, reasonPhrase(status)));
        }
        response.setContent(new Content().addMediaType(OpenApiDocument.PROBLEM_JSON, new MediaType()
                .schema(new io.swagger.v3.oas.models.media.JsonSchema().$ref("#/components/schemas/" + OpenApiDocument.PROBLEM))));
    }

    private static String reasonPhrase(String status) {
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(Integer.parseInt(status));
        return known == null ? status : known.getReasonPhrase();
    }

    /**
     * An operation that declares another success (201, 202, 204) answers that instead of the 200 springdoc assumes:
     * the declared one takes over the 200's body unless it has its own, and a 204 has none.
     */
    private static void moveDefaultSuccess(ApiResponses responses) {
        ApiResponse ok = responses.get("200");
        if (ok == null || !"OK".equals(ok.getDescription())) {
            return;
        }
        boolean moved = false;
        for (String status : List.of("201", "202", "204")) {
            ApiResponse declared = responses.get(status);
            if (declared == null) {
                continue;
            }
            moved = true;
            if (status.equals("204")) {
                declared.setContent(null);
            } else if (declared.getContent() == null || declared.getContent().isEmpty()) {
                declared.setContent(ok.getContent());
            }
        }
        if (moved) {
            responses.remove("200");
        }
    }

    /** Answers are JSON unless an operation declares its real type; a wildcard tells a client nothing. */
    private static void noWildcard(ApiResponse response) {
        Content content = response.getContent();
        if (content != null && content.containsKey("*/*")) {
            MediaType any = content.remove("*/*");
            content.putIfAbsent(JSON, any);
        }
    }

    /**
     * A body with a file in it is a multipart form, whatever the default says: the uploads declare no consumes
     * on purpose, so that another type answers a 400 with its reason, not a bare 415.
     */
    private static boolean fixMultipart(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return false;
        }
        Content content = operation.getRequestBody().getContent();
        if (content.containsKey(MULTIPART)) {
            return true;
        }
        MediaType json = content.get(JSON);
        if (json == null || !hasFile(json.getSchema())) {
            return false;
        }
        content.remove(JSON);
        content.addMediaType(MULTIPART, json);
        return true;
    }

    private static boolean hasFile(Schema<?> schema) {
        return schema != null && schema.getProperties() != null && schema.getProperties().values().stream()
                .anyMatch(property -> "binary".equals(property.getFormat()));
    }
}
