package org.ansoplatform.governance;

import java.util.List;

import org.ansoplatform.platform.InvalidInputException.Violation;

/** Checks of free text shared by the module's services: trimmed, required or not, not longer than allowed. */
final class Text {

    private Text() {
    }

    /** The text stripped, or null when it is empty. */
    static String trim(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** The text trimmed; a violation on {@code field} when it is missing but required, or too long. */
    static String check(String text, String field, int max, boolean required, List<Violation> violations) {
        String value = trim(text);
        if (value == null && required) {
            violations.add(new Violation(field, "validation.required"));
        } else if (value != null && value.length() > max) {
            violations.add(new Violation(field, "validation.tooLong", max));
        }
        return value;
    }
}
