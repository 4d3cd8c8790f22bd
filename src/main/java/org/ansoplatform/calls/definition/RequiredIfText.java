package org.ansoplatform.calls.definition;

import java.util.Locale;
import java.util.stream.Collectors;

import org.ansoplatform.calls.ApplicationForm;
import org.ansoplatform.calls.FormField;

/**
 * A required-if condition as the applicant and the Secretariat read it: the question it depends on by its label and
 * the answers that make it required by their option labels (“Track” is “PhD” or “Master’s”), in the reader’s language.
 */
public record RequiredIfText(String question, String answers) {

    /** The words for {@code field}’s condition in {@code form}; null when it has none. */
    public static RequiredIfText of(FormField field, ApplicationForm form, Locale locale) {
        FormField.Condition condition = field.requiredIf();
        if (condition == null) {
            return null;
        }
        FormField target = form.field(condition.field()).orElse(null);
        if (target == null) {
            return new RequiredIfText(condition.field(), String.join(" / ", condition.anyOf()));
        }
        String answers = condition.anyOf().stream()
                .map(value -> target.options().stream().filter(option -> option.value().equals(value)).findFirst()
                        .map(option -> option.label().in(locale)).orElse(value))
                .map(label -> "“" + label + "”").collect(Collectors.joining(" / "));
        return new RequiredIfText(target.label().in(locale), answers);
    }
}
