package org.ansoplatform.projects.core;

import java.util.Map;

import org.ansoplatform.shared.LocalizedText;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A project's jsonb texts (by language) as its stores and queries read and write them. */
public final class ProjectJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() {
    };

    private ProjectJson() {
    }

    public static LocalizedText text(String json) {
        return json == null ? new LocalizedText(null) : new LocalizedText(JSON.readValue(json, TEXT));
    }

    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }
}
