package org.ansoplatform.meetings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ansoplatform.shared.LocalizedText;

/**
 * A custom registration question: its type, its label and options in every language the organizer wrote them
 * in, and whether it must be answered. An option has a key that answers keep (a choice's answer is its option's
 * key, a checkboxes answer the chosen keys separated by commas), so a label corrected or translated later changes
 * no answer given.
 */
public record Question(QuestionType type, LocalizedText label, boolean required, List<Option> options) {

    /** One option of a choice or checkboxes question. */
    @Schema(name = "QuestionOption")
    public record Option(String key, LocalizedText label) {
    }

    public Question {
        type = type == null ? QuestionType.SHORT_TEXT : type;
        label = label == null ? new LocalizedText(null) : label;
        options = options == null || !type.hasOptions() ? List.of() : List.copyOf(options);
    }

    /** A text question. */
    public static Question text(LocalizedText label, boolean required) {
        return new Question(QuestionType.SHORT_TEXT, label, required, List.of());
    }

    public String label(Locale locale) {
        return label.in(locale);
    }

    /** The chosen option keys of an answer, in the options' order. */
    public List<String> chosen(String answer) {
        if (!type.hasOptions() || answer == null || answer.isBlank()) {
            return List.of();
        }
        Set<String> given = new LinkedHashSet<>();
        for (String key : answer.split(",")) {
            given.add(key.strip());
        }
        List<String> keys = new ArrayList<>();
        for (Option option : options) {
            if (given.contains(option.key())) {
                keys.add(option.key());
            }
        }
        return keys;
    }

    /** An answer as a reader sees it: the options' labels in their language, or the text as given. */
    public String display(String answer, Locale locale) {
        if (answer == null || !type.hasOptions()) {
            return answer == null ? "" : answer;
        }
        List<String> labels = new ArrayList<>();
        for (String key : answer.split(",")) {
            String label = options.stream().filter(o -> o.key().equals(key.strip())).map(o -> o.label().in(locale))
                    .findFirst().orElse(key.strip());
            if (!label.isEmpty()) {
                labels.add(label);
            }
        }
        return String.join("; ", labels);
    }
}
