package org.ansoplatform.platform.web;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Which properties can be null. The platform's records carry no nullness annotations, so the rule is by type:
 * a primitive can never be null, and neither can a list, set, map or array (the records hand out empty ones); any
 * other property (a string, number, date, enum or nested record) is nullable in the OpenAPI 3.1 way, with
 * {@code "null"} among its types, unless the record marks it {@code @Schema(requiredMode = REQUIRED)}. Every
 * property that cannot be null is then required, so a generated client has non-null fields where it may rely on them.
 */
final class OpenApiSchemas {

    private OpenApiSchemas() {
    }

    static Schema nullableUnlessNeverNull(Schema property, AnnotatedType type) {
        if (property == null || type == null || type.getType() == null) {
            return property;
        }
        return saysNullable(type) || !neverNull(type) ? nullable(property) : property;
    }

    /** {@code @Schema(nullable = true)}: a list or map the record really leaves null. */
    private static boolean saysNullable(AnnotatedType type) {
        if (type.getCtxAnnotations() != null) {
            for (java.lang.annotation.Annotation annotation : type.getCtxAnnotations()) {
                if (annotation instanceof io.swagger.v3.oas.annotations.media.Schema schema && schema.nullable()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean neverNull(AnnotatedType type) {
        Class<?> raw = rawClass(type.getType());
        if (raw == null || raw.isPrimitive() || raw.isArray() || Collection.class.isAssignableFrom(raw)
                || Map.class.isAssignableFrom(raw) || Optional.class.isAssignableFrom(raw)) {
            return true;
        }
        if (type.getCtxAnnotations() != null) {
            for (java.lang.annotation.Annotation annotation : type.getCtxAnnotations()) {
                if (annotation instanceof io.swagger.v3.oas.annotations.media.Schema schema
                        && schema.requiredMode() == io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) {
                    return true;
                }
                if (annotation.annotationType().getSimpleName().equals("NotNull")
                        || annotation.annotationType().getSimpleName().equals("NotBlank")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> cls) {
            return cls;
        }
        if (type instanceof JavaType javaType) {
            return javaType.getRawClass();
        }
        try {
            return Json31.mapper().constructType(type).getRawClass();
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    /** The same schema accepting null as well: a reference becomes “any of the reference or null”. */
    static Schema nullable(Schema property) {
        if (property.get$ref() != null) {
            Schema<?> wrapped = new JsonSchema();
            wrapped.setDescription(property.getDescription());
            wrapped.setAnyOf(new ArrayList<>(List.of(new JsonSchema().$ref(property.get$ref()),
                    new JsonSchema().typesItem("null"))));
            return wrapped;
        }
        Set<String> types = types(property);
        if (types.isEmpty() || types.contains("null")) {
            return property;
        }
        types.add("null");
        property.setTypes(types);
        property.setType(null);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            property.getEnum().add(null);
        }
        return property;
    }

    static boolean isNullable(Schema<?> property) {
        if (types(property).contains("null")) {
            return true;
        }
        List<Schema> anyOf = property.getAnyOf() == null ? property.getOneOf() : property.getAnyOf();
        return anyOf != null && anyOf.stream().anyMatch(OpenApiSchemas::isNullable);
    }

    private static Set<String> types(Schema<?> schema) {
        Set<String> types = new LinkedHashSet<>();
        if (schema.getTypes() != null) {
            types.addAll(schema.getTypes());
        }
        if (schema.getType() != null) {
            types.add(schema.getType());
        }
        return types;
    }

    /** A list's elements and a map's values are never null, even where the element type alone would allow it. */
    private static void elementsNeverNull(Schema<?> property) {
        if (property.getItems() != null) {
            property.setItems(nonNull(property.getItems()));
        }
        if (property.getAdditionalProperties() instanceof Schema<?> values) {
            property.setAdditionalProperties(nonNull(values));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nonNull(Schema schema) {
        if (schema.getAnyOf() != null && schema.getAnyOf().size() == 2 && schema.get$ref() == null) {
            List<Schema> others = ((List<Schema>) schema.getAnyOf()).stream()
                    .filter(choice -> !types(choice).equals(Set.of("null"))).toList();
            if (others.size() == 1) {
                return others.get(0);
            }
        }
        Set<String> types = types(schema);
        if (types.remove("null")) {
            schema.setType(null);
            schema.setTypes(types);
            if (schema.getEnum() != null) {
                schema.getEnum().remove(null);
            }
        }
        return schema;
    }

    /** Every property of a component that cannot be null is required (the rule above says which cannot). */
    static void requireNonNullProperties(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        for (Map.Entry<String, Schema> component : openApi.getComponents().getSchemas().entrySet()) {
            String name = component.getKey();
            Schema<?> schema = component.getValue();
            if (name.equals(OpenApiDocument.PROBLEM) || name.equals(OpenApiDocument.PROBLEM_FIELD)
                    || schema.getProperties() == null) {
                continue;
            }
            Set<String> required = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                elementsNeverNull(property.getValue());
                if (isNullable(property.getValue())) {
                    required.remove(property.getKey());
                } else {
                    required.add(property.getKey());
                }
            }
            schema.setRequired(required.isEmpty() ? null : new ArrayList<>(required));
        }
    }
}
