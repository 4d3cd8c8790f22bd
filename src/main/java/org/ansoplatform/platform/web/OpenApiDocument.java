package org.ansoplatform.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API's description at {@code /v3/api-docs} as a contract a generated client can rely on: who the API is,
 * how a caller authenticates, the {@code Problem} every error answers with, and (through {@link OpenApiResponses}
 * and {@link OpenApiSchemas}) which operations need a caller, the error statuses each can answer and which
 * properties can be null. The rules are derived from the running application, not written per operation, so a
 * new operation is described correctly without anyone remembering to. See docs/api.md.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    static final String BEARER = "bearerAuth";
    static final String SESSION = "sessionCookie";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_FIELD = "ProblemFieldError";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String METHOD_SECURITY = "x-method-security";

    @Bean
    OpenAPI ansoOpenApi(@Value("${anso.api.version:1.0.0}") String version,
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        Components components = new Components()
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A personal API token (create one at POST /api/v1/me/tokens or on the account "
                                + "page): READ tokens call GET only, READ_WRITE tokens every operation the person may "
                                + "call. No CSRF token is needed with a bearer token."))
                .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE).name(sessionCookie)
                        .description("The session of a person signed in on the website. Unsafe methods (POST, PUT, "
                                + "PATCH, DELETE) then also need the CSRF token in the X-CSRF-TOKEN header, as the "
                                + "website's pages announce it; other clients use a bearer token."));
        return new OpenAPI()
                .info(new Info().title("ANSO Platform API").version(version)
                        .description("The ANSO Platform's records over HTTP and JSON: organizations, calls and "
                                + "applications, reviews, meetings, governance, projects, publications, datasets, "
                                + "finance and more. Errors are RFC 9457 problems (application/problem+json) in the "
                                + "caller's language (Accept-Language). Every response carries X-Request-Id.")
                        .contact(new Contact().name("ANSO Secretariat")))
                // relative: the document is served by the platform it describes, whatever its host or proxy
                .servers(List.of(new Server().url("/").description("The platform serving this document")))
                .components(components);
    }

    /** Operation-level security, error responses, media types, operation ids and required properties. */
    @Bean
    OpenApiCustomizer ansoOpenApiContract(ObjectProvider<SecurityFilterChain> chains) {
        return openApi -> {
            // added here, after springdoc dropped the schemas nothing referred to yet
            openApi.getComponents().addSchemas(PROBLEM, problem()).addSchemas(PROBLEM_FIELD, fieldError());
            new OpenApiResponses(new OpenApiAccess(chains.orderedStream().toList())).customize(openApi);
            OpenApiSchemas.requireNonNullProperties(openApi);
        };
    }

    /**
     * Marks the operations a method security rule guards ({@code @PreAuthorize} on the method or its class), which
     * the filter chain alone does not know about; {@link OpenApiResponses} reads and removes the mark.
     */
    @Bean
    OperationCustomizer ansoMethodSecurity() {
        return (operation, handler) -> {
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
            if (rule == null) {
                rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
            }
            if (rule != null && !rule.value().replace(" ", "").equals("permitAll()")) {
                operation.addExtension(METHOD_SECURITY, rule.value());
            }
            return operation;
        };
    }

    @Bean
    PropertyCustomizer ansoNullableProperties() {
        return OpenApiSchemas::nullableUnlessNeverNull;
    }

    private static Schema<?> problem() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", string("An absolute URI naming the kind of problem: {base-url}/problems/{slug}, "
                + "the slugs being invalid-input, bad-request, unauthorized, forbidden, not-found, method-not-allowed, "
                + "not-acceptable, conflict, payload-too-large, unsupported-media-type, unprocessable, "
                + "too-many-requests, internal and unavailable").format("uri"));
        properties.put("title", string("A short summary of the kind of problem, in the caller's language"));
        properties.put("status", new JsonSchema().typesItem("integer").format("int32").description("The HTTP status"));
        properties.put("detail", nullable(string("What went wrong this time, in the caller's language")));
        properties.put("instance", nullable(string("The path of the request")));
        properties.put("errors", new JsonSchema().typesItem("array")
                .items(new JsonSchema().$ref("#/components/schemas/" + PROBLEM_FIELD))
                .description("The invalid fields of the request, each with what is wrong with it (400 invalid input, 409 conflict)"));
        properties.put("requestId", string("The request's correlation id, also in the X-Request-Id header"));
        properties.put("incidentId", string("Quote it to the Secretariat: the logged incident (500 only)"));
        return new JsonSchema().typesItem("object").properties(properties)
                .required(List.of("type", "title", "status", "requestId"))
                .description("An RFC 9457 problem: every error the API answers");
    }

    private static Schema<?> fieldError() {
        return new JsonSchema().typesItem("object")
                .properties(new LinkedHashMap<>(Map.of(
                        "field", string("The request field, a path such as members[2].email; empty for the request as a whole"),
                        "message", string("What is wrong with it, in the caller's language"))))
                .required(List.of("field", "message"));
    }

    private static Schema<?> string(String description) {
        return new JsonSchema().typesItem("string").description(description);
    }

    private static Schema<?> nullable(Schema<?> schema) {
        return schema.typesItem("null");
    }
}
