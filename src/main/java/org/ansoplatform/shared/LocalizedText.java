package org.ansoplatform.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A text given in several languages, keyed by language tag ({@code en}, {@code zh}). Shown in the
 * reader's language when it exists, else in English, else in whichever language it has.
 */
public record LocalizedText(Map<String, String> values) {

    public LocalizedText {
        Map<String, String> copy = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((language, text) -> {
                if (language != null && text != null && !text.isBlank()) {
                    copy.put(language, text.strip());
                }
            });
        }
        values = Map.copyOf(copy);
    }

    @JsonCreator
    public static LocalizedText of(Map<String, String> values) {
        return new LocalizedText(values);
    }

    public static LocalizedText of(String english, String chinese) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("en", english);
        values.put("zh", chinese);
        return new LocalizedText(values);
    }

    @JsonValue
    public Map<String, String> values() {
        return values;
    }

    public String in(Locale locale) {
        String text = values.get(locale.getLanguage());
        if (text == null) {
            text = values.get("en");
        }
        if (text == null) {
            text = values.values().stream().findFirst().orElse("");
        }
        return text;
    }

    public String get(String language) {
        return values.getOrDefault(language, "");
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
