package org.ansoplatform.meetings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.stereotype.Component;

/**
 * Checks a meeting's texts in the configured languages ({@code anso.languages}): each given language must be one
 * of them, the first language's text is the one required, and each text keeps to its length. Field names are
 * the command's with the language, {@code title[en]}, {@code questions[2].label[zh]}, so a page shows each
 * refusal next to its input and the API names it.
 */
@Component
class MeetingTexts {

    private final Languages languages;

    MeetingTexts(Languages languages) {
        this.languages = languages;
    }

    Locale fallback() {
        return languages.fallback();
    }

    LocalizedText check(LocalizedText text, String field, int max, boolean line, boolean required,
            List<Violation> violations) {
        Map<String, String> clean = new LinkedHashMap<>();
        text.values().forEach((language, value) -> {
            if (!languages.tags().contains(language)) {
                violations.add(new Violation(field, "meetings.error.language", language));
                return;
            }
            String name = field + "[" + language + "]";
            String checked = line ? TextInput.checkLine(value, name, max, false, violations)
                    : TextInput.check(value, name, max, false, violations);
            if (checked != null) {
                clean.put(language, checked);
            }
        });
        String first = languages.tags().get(0);
        if (required && !clean.containsKey(first)) {
            violations.add(new Violation(field + "[" + first + "]", "validation.required"));
        }
        return new LocalizedText(clean);
    }

    /**
     * The questions as asked: a question with neither label nor options is left out (a form's empty row); a choice
     * needs two options, checkboxes one; options keep their keys, and one without a key gets the next free one.
     */
    List<Question> questions(List<Question> given, List<Violation> violations) {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Question q = given.get(i);
            String field = "questions[" + i + "]";
            List<Question.Option> options = q.type().hasOptions() ? q.options().stream()
                    .filter(o -> o.label() != null && !o.label().isEmpty()).toList() : List.of();
            if (q.label().isEmpty() && options.isEmpty()) {
                continue;
            }
            LocalizedText label = check(q.label(), field + ".label", MeetingManagement.SHORT_MAX, true, true, violations);
            int least = q.type() == QuestionType.CHOICE ? 2 : q.type() == QuestionType.CHECKBOXES ? 1 : 0;
            if (options.size() < least) {
                violations.add(new Violation(field + ".options", "meetings.error.tooFewOptions", least));
            } else if (options.size() > MeetingManagement.OPTIONS_MAX) {
                violations.add(new Violation(field + ".options", "meetings.error.tooManyOptions", MeetingManagement.OPTIONS_MAX));
            }
            Set<String> keys = new HashSet<>();
            options.stream().map(Question.Option::key).filter(k -> k != null && k.matches("[A-Za-z0-9_-]{1,20}")).forEach(keys::add);
            Set<String> used = new HashSet<>();
            List<Question.Option> checked = new ArrayList<>();
            int next = 1;
            for (Question.Option option : options) {
                String key = option.key();
                if (key == null || !key.matches("[A-Za-z0-9_-]{1,20}") || !used.add(key)) {
                    while (keys.contains("o" + next)) {
                        next++;
                    }
                    key = "o" + next;
                    keys.add(key);
                    used.add(key);
                }
                checked.add(new Question.Option(key, check(option.label(), field + ".options", MeetingManagement.SHORT_MAX,
                        true, true, violations)));
            }
            questions.add(new Question(q.type(), label, q.required(), checked));
        }
        if (questions.size() > MeetingManagement.QUESTIONS_MAX) {
            violations.add(new Violation("questions", "meetings.error.tooManyQuestions", MeetingManagement.QUESTIONS_MAX));
        }
        return questions;
    }
}
