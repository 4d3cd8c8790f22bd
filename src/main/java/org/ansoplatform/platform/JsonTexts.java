package org.ansoplatform.platform;

import java.util.Map;

import org.ansoplatform.shared.LocalizedText;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Texts by language as stores keep them in jsonb columns, read and written one way for every module that comes
 * after the first ones (each of which kept its own copy of these few lines).
 */
public final class JsonTexts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() {
    };

    private JsonTexts() {
    }

    public static LocalizedText read(String json) {
        return json == null ? new LocalizedText(null) : new LocalizedText(JSON.readValue(json, TEXT));
    }

    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }
}
