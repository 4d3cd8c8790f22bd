package org.ansoplatform.review.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ansoplatform.review.ReviewView;
import org.springframework.util.MultiValueMap;

/**
 * The rubric form as posted: fields {@code score.<criterion>} and {@code comment.<criterion>}. The rubric is
 * data (its criteria are the panel's), so the form is bound as a MultiValueMap rather than a record; the
 * values as typed stay in {@link #typed}, which is also the target of its binding result (a MapBindingResult), so the
 * page shows every refusal next to its field ({@code score.<criterion>}) like any other form. A score that
 * is not a number becomes NaN, which the rubric reports as outside the scale.
 */
record ReviewForm(Map<String, Double> scores, Map<String, String> comments, Map<String, String> typed) {

    static final String NAME = "form";

    static ReviewForm of(MultiValueMap<String, String> posted) {
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        posted.forEach((name, values) -> {
            String value = values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
            if (name.startsWith("score.")) {
                typed.put(name, value);
                if (!value.isEmpty()) {
                    scores.put(name.substring("score.".length()), parse(value));
                }
            } else if (name.startsWith("comment.")) {
                typed.put(name, value);
                comments.put(name.substring("comment.".length()), value);
            }
        });
        return new ReviewForm(scores, comments, typed);
    }

    /** The review as saved, shown in the form. */
    static Map<String, String> shown(ReviewView review) {
        Map<String, String> shown = new LinkedHashMap<>();
        review.scores().forEach((key, value) -> shown.put("score." + key,
                value == Math.rint(value) ? String.valueOf(value.longValue()) : value.toString()));
        review.comments().forEach((key, value) -> shown.put("comment." + key, value));
        return shown;
    }

    private static double parse(String value) {
        try {
            return Double.parseDouble(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
