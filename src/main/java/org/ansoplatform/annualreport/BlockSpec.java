package org.ansoplatform.annualreport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A block's settings as its jsonb keeps them (docs/annual-report.md, "Blocks"): the figures a FIGURES block lists,
 * the one figure a TABLE, CHART or RECORD_LIST shows, the chart's type, how many parts at most, and a note per language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BlockSpec(List<String> figures, String figure, String chart, Integer limit, Map<String, String> note) {

    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public static final int DEFAULT_LIMIT = 20;

    public BlockSpec {
        figures = figures == null ? List.of() : List.copyOf(figures);
        note = note == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(note));
    }

    public static BlockSpec empty() {
        return new BlockSpec(List.of(), null, null, null, Map.of());
    }

    public static BlockSpec read(String json) {
        if (json == null || json.isBlank()) {
            return empty();
        }
        return JSON.readValue(json, BlockSpec.class);
    }

    public String write() {
        return JSON.writeValueAsString(this);
    }

    /** Every reference the block names, as written. */
    public List<String> refTexts() {
        List<String> refs = new ArrayList<>(figures);
        if (figure != null && !figure.isBlank()) {
            refs.add(figure);
        }
        return refs;
    }

    public int limitOr() {
        return limit == null || limit < 1 ? DEFAULT_LIMIT : Math.min(limit, 200);
    }

    public String noteIn(Locale locale) {
        String text = note.get(locale.getLanguage());
        return text != null ? text : note.get("en");
    }

    public BlockSpec withNote(Map<String, String> note) {
        return new BlockSpec(figures, figure, chart, limit, note);
    }
}
