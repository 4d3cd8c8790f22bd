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
    }

    public static RorId parse(String text) {
        return new RorId(normalize(text));
    }

    public static boolean isValid(String text) {
        String id = normalize(text);
        if (id == null || !SHAPE.matcher(id).matches()) {
            return false;
        }
        long number = 0;
        for (char c : id.substring(0, 7).toCharArray()) {
            number = number * 32 + CROCKFORD.indexOf(c);
        }
        int checksum = Integer.parseInt(id.substring(7));
        return checksum == 98 - (int) ((number * 100) % 97);
    }

    private static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String id = text.strip().toLowerCase(Locale.ROOT);
        return id.startsWith(URL_PREFIX) ? id.substring(URL_PREFIX.length()) : id;
    }

    public String url() {
        return URL_PREFIX + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
