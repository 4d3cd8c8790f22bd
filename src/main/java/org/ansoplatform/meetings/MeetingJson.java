package org.ansoplatform.meetings;

import java.util.List;
import java.util.Map;

import org.ansoplatform.shared.LocalizedText;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A meeting's jsonb columns as read and written by its stores and queries: texts by language
 * ({@link LocalizedText}) and the registration questions.
 */
public final class MeetingJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() {
    };
    private static final TypeReference<List<Question>> QUESTIONS = new TypeReference<>() {
    };

    private MeetingJson() {
    }

    public static LocalizedText text(String json) {
        return json == null ? new LocalizedText(null) : new LocalizedText(JSON.readValue(json, TEXT));
    }

    public static List<Question> questions(String json) {
        return json == null ? List.of() : List.copyOf(JSON.readValue(json, QUESTIONS));
    }

    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }
}
