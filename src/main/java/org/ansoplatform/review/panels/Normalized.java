package org.ansoplatform.review.panels;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Comparison keys for conflict checks: case, accents, punctuation, spacing and a leading article or
 * academic title do not make two institutions or two people different.
 */
final class Normalized {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}@.]+");
    private static final Pattern TITLES = Pattern.compile("^(the|prof|professor|dr|mr|mrs|ms)\\.?\\s+");

    private Normalized() {
    }

    /** The key of an institution or person's name, empty for blank input. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        if (plain.contains("@")) {
            return plain.strip();
        }
        String words = PUNCTUATION.matcher(plain.replace('.', ' ')).replaceAll(" ").strip();
        String previous;
        do {
            previous = words;
            words = TITLES.matcher(words).replaceFirst("");
        } while (!words.equals(previous));
        return words.replaceAll("\\s+", " ");
    }
}
