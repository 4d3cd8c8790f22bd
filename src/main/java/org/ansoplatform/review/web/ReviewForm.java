package org.ansoplatform.review.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * The rubric form as posted: fields {@code score.<criterion>} and {@code comment.<criterion>}. A score
 * that is not a number becomes NaN, which the rubric reports as outside the scale.
 */
record ReviewForm(Map<String, Double> scores, Map<String, String> comments, Map<String, String> typedScores,
        Map<String, String> typedComments) {

    static ReviewForm of(MultiValueMap<String, String> posted) {
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        posted.forEach((name, values) -> {
            String value = values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
            if (name.startsWith("score.")) {
                String key = name.substring("score.".length());
                typed.put(key, value);
                if (!value.isEmpty()) {
                    scores.put(key, parse(value));
                }
            } else if (name.startsWith("comment.")) {
                comments.put(name.substring("comment.".length()), value);
            }
        });
        return new ReviewForm(scores, comments, typed, comments);
    }

    private static double parse(String value) {
        try {
            return Double.parseDouble(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
