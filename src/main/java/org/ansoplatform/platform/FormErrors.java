package org.ansoplatform.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

/** Puts a command's refusal next to the fields of the form that sent it. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void apply(InvalidInputException refusal, BindingResult result) {
        for (InvalidInputException.Violation violation : refusal.violations()) {
            if (violation.field() == null) {
                result.reject(violation.messageKey(), violation.args(), null);
            } else {
                result.rejectValue(violation.field(), violation.messageKey(), violation.args(), null);
            }
        }
    }

    /** A refusal's messages by form field (the empty key for the whole form), in the reader's language. */
    public static Map<String, List<String>> byField(InvalidInputException refusal, MessageSource messages, Locale locale) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (InvalidInputException.Violation violation : refusal.violations()) {
            errors.computeIfAbsent(violation.field() == null ? "" : violation.field(), key -> new ArrayList<>())
                    .add(messages.getMessage(violation.messageKey(), violation.args(), locale));
        }
        return errors;
    }

    /** Every message of a {@link #byField} map, in order. */
    public static List<String> all(Map<String, List<String>> errors) {
        return errors.values().stream().flatMap(List::stream).toList();
    }
}
