package org.ansoplatform.platform.web;

import java.beans.PropertyEditorSupport;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.ansoplatform.platform.TextInput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
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

    @InitBinder
    void refuseControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StorableTextEditor());
    }

    @Configuration(proxyBeanMethods = false)
    static class JsonRequests {

        /** JSON read from requests: texts checked, no null inside a list, no blank where an id is wanted. */
        @Bean
        JacksonJsonHttpMessageConverter jacksonJsonHttpMessageConverter(JsonMapper mapper) {
            JsonSetter.Value noNullsInside = JsonSetter.Value.forContentNulls(Nulls.FAIL);
            JsonMapper requests = mapper.rebuild()
                    .addModule(new SimpleModule("storable-texts").addDeserializer(String.class, new StorableStrings()))
                    .withConfigOverride(List.class, override -> override.setNullHandling(noNullsInside))
                    .withConfigOverride(Set.class, override -> override.setNullHandling(noNullsInside))
                    .withConfigOverride(Collection.class, override -> override.setNullHandling(noNullsInside))
                    .withCoercionConfig(LogicalType.OtherScalar, coercion -> coercion
                            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                    .build();
            return new JacksonJsonHttpMessageConverter(requests);
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
