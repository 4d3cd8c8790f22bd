package org.ansoplatform.platform;

import java.util.List;

import org.ansoplatform.platform.InvalidInputException.Violation;

/**
 * Free text as the services take it from forms and the API: surrounding blanks dropped, nothing left is
 * none, and a problem (missing but required, too long) added to the violations reported together.
 */
public final class TextInput {

    private TextInput() {
    }

    /** The text stripped, or null when nothing is left. */
    public static String trim(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** The text trimmed; a violation on {@code field} when it is missing but required, or longer than {@code max}. */
    public static String check(String text, String field, int max, boolean required, List<Violation> violations) {
        String value = trim(text);
        if (value == null && required) {
            violations.add(new Violation(field, "validation.required"));
        } else if (value != null && value.length() > max) {
            violations.add(new Violation(field, "validation.tooLong", max));
        }
        return value;
    }
}
