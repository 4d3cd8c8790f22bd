package org.ansoplatform.projects.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ansoplatform.projects.Indicator;
import org.ansoplatform.projects.ReportView;
import org.ansoplatform.shared.LocalizedText;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The jsonb columns reporting reads and writes: texts by language, the plan's indicators, a report's values. */
public final class ReportingJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() {
    };
    private static final TypeReference<List<ReportView.IndicatorValue>> VALUES = new TypeReference<>() {
    };

    private ReportingJson() {
    }

    public static LocalizedText text(String json) {
        return json == null ? new LocalizedText(null) : new LocalizedText(JSON.readValue(json, TEXT));
    }

    public static String write(Object value) {
        return JSON.writeValueAsString(value instanceof LocalizedText text ? text.values() : value);
    }

    public static List<ReportView.IndicatorValue> values(String json) {
        return json == null ? List.of() : List.copyOf(JSON.readValue(json, VALUES));
    }

    /** The plan's indicators; a label may be one text or texts by language, a target a number or a text. */
    public static List<Indicator> indicators(String json) {
        List<Indicator> indicators = new ArrayList<>();
        if (json == null) {
            return indicators;
        }
        for (JsonNode node : JSON.readTree(json)) {
            String key = node.path("key").asString("");
            if (key.isBlank()) {
                continue;
            }
            JsonNode label = node.path("label");
            LocalizedText text = label.isObject() ? new LocalizedText(JSON.convertValue(label, TEXT))
                    : LocalizedText.of(Map.of("en", label.isMissingNode() ? key : label.asString(key)));
            indicators.add(new Indicator(key, text, node.path("unit").asString(""),
                    node.path("target").isMissingNode() || node.path("target").isNull() ? "" : node.path("target").asString("")));
        }
        return indicators;
    }
}
