package org.ansoplatform.platform;

import java.util.List;

import org.ansoplatform.platform.InvalidInputException.Violation;

/**
 * Free text as the services take it from forms and the API: surrounding blanks dropped, nothing left is
 * none, and a problem (missing but required, too long, a control character) added to the violations reported
 * together. Every text may hold tabs and line breaks but no other control character (NUL cannot even be stored);
 * a single-line text (a name, a title, an address) holds no control character at all, so a name never breaks
 * a line in an email, a CSV file or a log.
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

    /**
     * The text trimmed; a violation on {@code field} when it is missing but required, longer than {@code max},
     * or holds a control character other than tab and line breaks.
     */
    public static String check(String text, String field, int max, boolean required, List<Violation> violations) {
        String value = trim(text);
        if (value == null && required) {
            violations.add(new Violation(field, "validation.required"));
        } else if (value != null && value.length() > max) {
            violations.add(new Violation(field, "validation.tooLong", max));
        } else if (value != null && !storable(value)) {
            violations.add(new Violation(field, "validation.controlCharacters"));
        }
        return value;
    }

    /** As {@link #check}, for a text that must fit on one line: no line break, tab or other control character. */
    public static String checkLine(String text, String field, int max, boolean required, List<Violation> violations) {
        String value = trim(text);
        if (value != null && value.length() <= max && !singleLine(value)) {
            violations.add(new Violation(field, "validation.singleLine"));
            return value;
        }
        return check(text, field, max, required, violations);
    }

    /** Whether every character may be stored in a text: no control character but tab, line feed and carriage return. */
    public static boolean storable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text fits on one line: no control character at all, nor a Unicode line or paragraph separator. */
    public static boolean singleLine(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                return false;
            }
        }
        return true;
    }
}
