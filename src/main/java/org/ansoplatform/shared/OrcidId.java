package org.ansoplatform.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An ORCID iD: sixteen characters in four groups of four, the last one an ISO 7064 Mod 11-2 check character
 * (a digit or X). Accepts the bare id (with or without hyphens) or its https URL form; stores the hyphenated
 * bare id, as ORCID writes it.
 */
public record OrcidId(String value) {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");
    private static final Pattern COMPACT = Pattern.compile("\\d{15}[\\dX]");
    private static final String URL_PREFIX = "https://orcid.org/";

    public OrcidId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an ORCID iD: " + value);
        }
        value = normalize(value);
    }

    public static OrcidId parse(String text) {
        return new OrcidId(text);
    }

    public static boolean isValid(String text) {
        String id = normalize(text);
        if (id == null || !SHAPE.matcher(id).matches()) {
            return false;
        }
        String digits = id.replace("-", "");
        return checkCharacter(digits.substring(0, 15)) == digits.charAt(15);
    }

    /** ISO 7064 Mod 11-2 over the first fifteen digits, as ORCID's documentation gives it. */
    static char checkCharacter(String fifteenDigits) {
        int total = 0;
        for (char digit : fifteenDigits.toCharArray()) {
            total = (total + (digit - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : (char) ('0' + result);
    }

    private static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String id = text.strip().toUpperCase(Locale.ROOT);
        for (String prefix : new String[] { "HTTPS://ORCID.ORG/", "HTTP://ORCID.ORG/", "HTTPS://WWW.ORCID.ORG/", "HTTP://WWW.ORCID.ORG/", "WWW.ORCID.ORG/", "ORCID.ORG/" }) {
            if (id.startsWith(prefix)) {
                id = id.substring(prefix.length());
            }
        }
        if (COMPACT.matcher(id).matches()) {
            id = id.substring(0, 4) + "-" + id.substring(4, 8) + "-" + id.substring(8, 12) + "-" + id.substring(12);
        }
        return id;
    }

    /**
     * The blank text as null, any other text as its ORCID iD; for optional form fields whose caller has checked
     * {@link #isValid} and reported a bad one next to the field.
     */
    public static OrcidId ofOptional(String text) {
        return text == null || text.isBlank() ? null : new OrcidId(text);
    }

    public String url() {
        return URL_PREFIX + value;
    }

    /** The full https URI, which ORCID's display guidelines ask every page to show (not the bare id). */
    public String link() {
        return url();
    }

    @Override
    public String toString() {
        return value;
    }
}
