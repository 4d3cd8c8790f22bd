package org.ansoplatform.meetings.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ansoplatform.meetings.Question;
import org.ansoplatform.meetings.QuestionType;
import org.ansoplatform.shared.LocalizedText;

/**
 * One registration question on the meeting form: its type, whether it must be answered, its label in each
 * language ({@code questions[0].label[zh]}) and its options, one per line, in each language
 * ({@code questions[0].options[zh]}; the n-th lines of the languages are one option).
 */
public record QuestionRow(QuestionType type, Boolean required, Map<String, String> label, Map<String, String> options) {

    public QuestionRow {
        label = label == null ? new LinkedHashMap<>() : label;
        options = options == null ? new LinkedHashMap<>() : options;
    }

    /** The rows of a meeting's questions, then the empty rows for new ones. */
    static List<QuestionRow> rows(List<Question> questions) {
        List<QuestionRow> rows = new ArrayList<>();
        for (Question q : questions) {
            Map<String, String> options = new LinkedHashMap<>();
            for (Question.Option option : q.options()) {
                option.label().values().keySet().forEach(language -> options.putIfAbsent(language, ""));
            }
            options.replaceAll((language, none) -> String.join("\n",
                    q.options().stream().map(o -> o.label().get(language)).toList()));
            rows.add(new QuestionRow(q.type(), q.required(), new LinkedHashMap<>(q.label().values()), options));
        }
        for (int i = 0; i < MeetingForm.NEW_QUESTIONS; i++) {
            rows.add(new QuestionRow(QuestionType.SHORT_TEXT, false, null, null));
        }
        return rows;
    }

    /**
     * The question this row asks. An option keeps the key it had when its text in the first language is unchanged,
     * or, failing that, when it stands on the same line as before (a corrected spelling).
     */
    Question question(Question before, String firstLanguage) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        int count = 0;
        for (Map.Entry<String, String> entry : options.entrySet()) {
            List<String> values = entry.getValue() == null ? List.of() : entry.getValue().lines().map(String::strip).toList();
            lines.put(entry.getKey(), values);
            count = Math.max(count, values.size());
        }
        List<LocalizedText> texts = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> entry : lines.entrySet()) {
                values.put(entry.getKey(), j < entry.getValue().size() ? entry.getValue().get(j) : null);
            }
            texts.add(new LocalizedText(values));
        }
        List<String> firstTexts = texts.stream().map(t -> t.get(firstLanguage)).toList();
        List<Question.Option> previous = before == null ? List.of() : before.options();
        List<String> taken = new ArrayList<>();
        List<Question.Option> given = new ArrayList<>();
        for (int j = 0; j < texts.size(); j++) {
            LocalizedText text = texts.get(j);
            if (text.isEmpty()) {
                continue;
            }
            String first = text.get(firstLanguage);
            String key = previous.stream().filter(o -> !first.isEmpty() && o.label().get(firstLanguage).equals(first))
                    .map(Question.Option::key).filter(k -> !taken.contains(k)).findFirst().orElse(null);
            if (key == null && j < previous.size() && !taken.contains(previous.get(j).key())
                    && !firstTexts.contains(previous.get(j).label().get(firstLanguage))) {
                key = previous.get(j).key();
            }
            if (key != null) {
                taken.add(key);
            }
            given.add(new Question.Option(key, text));
        }
        return new Question(type, new LocalizedText(label), Boolean.TRUE.equals(required), given);
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
