package org.ansoplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ansoplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * springdoc names a schema after its record's simple name and silently merges two records that share one (five
 * {@code Page} records once became a single schema). Walks every record the API reads or answers, through their
 * components, and proves no two of them would get the same schema name.
 */
class OpenApiSchemaNamesTests extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everySchemaNameBelongsToOneRecord() {
        Set<Class<?>> types = new HashSet<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (info.getPatternValues().stream().anyMatch(pattern -> pattern.startsWith("/api/"))) {
                collect(handler.getMethod().getGenericReturnType(), types);
                for (Parameter parameter : handler.getMethod().getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)) {
                        collect(parameter.getParameterizedType(), types);
                    }
                }
            }
        });
        Map<String, Set<String>> byName = new TreeMap<>();
        // enums are written inline, not as named schemas
        types.stream().filter(type -> !type.isEnum())
                .forEach(type -> byName.computeIfAbsent(name(type), k -> new TreeSet<>()).add(type.getName()));
        assertThat(byName).hasSizeGreaterThan(100);
        assertThat(byName).allSatisfy((name, classes) -> assertThat(classes).as(name).hasSize(1));
    }

    private static String name(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }

    private static void collect(Type type, Set<Class<?>> types) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), types);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, types);
            }
        } else if (type instanceof GenericArrayType array) {
            collect(array.getGenericComponentType(), types);
        } else if (type instanceof Class<?> cls) {
            if (cls.isArray()) {
                collect(cls.getComponentType(), types);
            } else if (cls.getName().startsWith("org.ansoplatform.") && types.add(cls) && cls.isRecord()) {
                for (RecordComponent component : cls.getRecordComponents()) {
                    collect(component.getGenericType(), types);
                }
            }
        }
    }
}
