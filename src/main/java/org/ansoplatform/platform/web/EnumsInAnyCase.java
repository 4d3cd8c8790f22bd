package org.ansoplatform.platform.web;

import java.util.Locale;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Enum values in forms, filters and path parameters, in any case ({@code type=university},
 * {@code kind=workshop}), as the pages and API have always taken them; Spring's own conversion wants the
 * exact constant. A blank value is none; a text that names no constant stays a type mismatch of its field.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class EnumsInAnyCase implements ConverterFactory<String, Enum> {

    @Override
    public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
        Class<?> type = targetType;
        while (type != null && !type.isEnum()) {
            type = type.getSuperclass();
        }
        Class enumType = type == null ? targetType : type;
        return text -> text.isBlank() ? null : (T) Enum.valueOf(enumType, text.strip().toUpperCase(Locale.ROOT));
    }
}
