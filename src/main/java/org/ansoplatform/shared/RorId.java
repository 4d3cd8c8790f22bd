package org.ansoplatform.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Research Organization Registry identifier: "0", six Crockford base32 characters and a two-digit
 * ISO 7064 Mod 97-10 checksum. Accepts the bare id or its https URL form; stores the bare id.
 */
public record RorId(String value) {

    private static final Pattern SHAPE = Pattern.compile("0[0-9a-hjkmnp-tv-z]{6}[0-9]{2}");
    private static final String URL_PREFIX = "https://ror.org/";
    private static final String CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";

    public RorId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a ROR id: " + value);
        }
        // so that a URL or upper-case form typed into a field is stored as the bare id, never as typed
        value = normalize(value);
    }

    public static RorId parse(String text) {
        return new RorId(normalize(text));
    }

    public static boolean isValid(String text) {
        String id = normalize(text);
        if (id == null || !SHAPE.matcher(id).matches()) {
            return false;
        }
        return checksum(id.substring(1, 7)).equals(id.substring(7));
    }

    /** The blank text as null, any other text as its ROR id (the caller has checked {@link #isValid}). */
    public static RorId ofOptional(String text) {
        return text == null || text.isBlank() ? null : new RorId(text);
    }

    /**
     * The ISO 7064 Mod 97-10 checksum of the six base32 characters after the leading zero, two digits, as ROR
     * computes it (the leading zero adds nothing to the number).
     */
    static String checksum(String sixCharacters) {
        long number = 0;
        for (char c : sixCharacters.toCharArray()) {
            number = number * 32 + CROCKFORD.indexOf(c);
        }
        return String.format(Locale.ROOT, "%02d", 98 - (int) ((number * 100) % 97));
    }

    private static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String id = text.strip().toLowerCase(Locale.ROOT);
        for (String prefix : new String[] { URL_PREFIX, "http://ror.org/", "https://www.ror.org/", "ror.org/" }) {
            if (id.startsWith(prefix)) {
                return id.substring(prefix.length());
            }
        }
        return id;
    }

    /** The full https URI, shown as the link text as ROR asks. */
    public String link() {
        return url();
    }

    public String url() {
        return URL_PREFIX + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
