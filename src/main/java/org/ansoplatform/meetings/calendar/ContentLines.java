package org.ansoplatform.meetings.calendar;

import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines at 75 octets, as RFC 5545 3.1 counts them. ical4j’s {@code FoldingWriter}
 * counts characters, so a line of 60 Han characters (180 octets) went out unfolded; this class refolds by UTF-8
 * bytes and never splits a character (a code point stays whole on one line).
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;

    private ContentLines() {
    }

    /** The text with ical4j’s folds undone and every line folded again at {@link #MAX_OCTETS} octets, CRLF-ended. */
    static String refold(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        for (String line : unfolded.split("\r\n")) {
            if (!line.isEmpty()) {
                fold(line, out);
            }
        }
        return out.toString();
    }

    private static void fold(String line, StringBuilder out) {
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
