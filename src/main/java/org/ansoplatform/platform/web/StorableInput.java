package org.ansoplatform.platform.web;

import java.beans.PropertyDescriptor;
import java.beans.PropertyEditorSupport;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import jakarta.validation.Valid;

import org.ansoplatform.platform.TextInput;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The one place where every text a request brings is refused before any code sees it when it holds a control
 * character that no text may hold (anything but tab and line breaks; NUL cannot even be stored), and where a
 * list in a JSON body may not hold nulls: form fields and request parameters through a property editor on
 * every binder (a field error of code {@code typeMismatch} on pages, a 400 problem naming the parameter on the
 * API), JSON bodies through the HTTP message converter's own mapper (a 400 problem naming the field). The
 * mapper the platform uses for stored JSON is left alone, so texts stored before this rule stay readable.
 * Whether a text must fit on one line is the service's to say ({@code TextInput.checkLine}).
 */
@ControllerAdvice
class StorableInput {

    /**
     * A validated form ({@code @Valid}) is built as sent and its texts refused by a validator, so a record form
     * is never left half built and comes back with the message next to its field. Anything else (a parameter,
     * a path variable, a filter record that pages read leniently) is refused as it is converted: a type mismatch
     * of that value, which a filter leaves out and the API answers with a 400 problem.
     */
    @InitBinder
    void refuseControlCharacters(WebDataBinder binder) {
        if (binder.getTargetType() != null && binder.getTargetType().getSource() instanceof MethodParameter parameter
                && (parameter.hasParameterAnnotation(Valid.class) || parameter.hasParameterAnnotation(Validated.class))) {
            binder.addValidators(STORABLE_FIELDS);
        } else {
            binder.registerCustomEditor(String.class, new StorableTextEditor());
        }
    }

    private static final Validator STORABLE_FIELDS = new Validator() {
        @Override
        public boolean supports(Class<?> type) {
            return true;
        }

        @Override
        public void validate(Object target, Errors errors) {
            if (target.getClass().isRecord()) {
                for (RecordComponent component : target.getClass().getRecordComponents()) {
                    try {
                        component.getAccessor().setAccessible(true);
                        check(component.getName(), component.getAccessor().invoke(target), errors);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return;
            }
            BeanWrapper fields = PropertyAccessorFactory.forBeanPropertyAccess(target);
            for (PropertyDescriptor property : fields.getPropertyDescriptors()) {
                if (fields.isReadableProperty(property.getName())) {
                    check(property.getName(), fields.getPropertyValue(property.getName()), errors);
                }
            }
        }

        private void check(String name, Object value, Errors errors) {
            if (errors.hasFieldErrors(name)) {
                return;
            }
            if (value instanceof String text && !TextInput.storable(text)) {
                errors.rejectValue(name, "validation.controlCharacters");
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof String text && !TextInput.storable(text)) {
                        errors.rejectValue(name + "[" + i + "]", "validation.controlCharacters");
                    }
                }
            }
        }
    };

    /**
     * JSON read from requests: texts checked, no null inside a list, no blank where an id is wanted. It replaces
     * Boot's JSON converter in its place (this configurer runs after Boot's), so byte and text answers keep
     * their own converters.
     */
    @Configuration(proxyBeanMethods = false)
    static class JsonRequests implements WebMvcConfigurer {

        private final JsonMapper mapper;

        JsonRequests(JsonMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
            JsonSetter.Value noNullsInside = JsonSetter.Value.forContentNulls(Nulls.FAIL);
            JsonMapper requests = mapper.rebuild()
                    .addModule(new SimpleModule("storable-texts").addDeserializer(String.class, new StorableStrings()))
                    .withConfigOverride(List.class, override -> override.setNullHandling(noNullsInside))
                    .withConfigOverride(Set.class, override -> override.setNullHandling(noNullsInside))
                    .withConfigOverride(Collection.class, override -> override.setNullHandling(noNullsInside))
                    .withCoercionConfig(LogicalType.OtherScalar, coercion -> coercion
                            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                    .build();
            builder.withJsonConverter(new JacksonJsonHttpMessageConverter(requests));
        }
    }

    /** A refused text: the editor's failure becomes a type mismatch of its field or parameter. */
    static final class StorableTextEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text != null && !TextInput.storable(text)) {
                throw new ControlCharacterRefused();
            }
            setValue(text);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    static final class ControlCharacterRefused extends IllegalArgumentException {
        ControlCharacterRefused() {
            super("control character in a text");
        }
    }

    static final class StorableStrings extends ValueDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !TextInput.storable(text)) {
                throw InvalidFormatException.from(parser, "control character in a text", text, String.class);
            }
            return text;
        }
    }
}
