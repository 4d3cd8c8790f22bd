package org.ansoplatform.shared;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, checked against the JDK's list of assigned codes. */
public record CountryCode(String code) {

    private static final Set<String> ASSIGNED = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public CountryCode {
        if (!isValid(code)) {
            throw new IllegalArgumentException("Not an ISO 3166-1 alpha-2 country code: " + code);
        }
    }

    public static boolean isValid(String code) {
        return code != null && ASSIGNED.contains(code);
    }

    /** Accepts lower case and surrounding blanks, as people type them. */
    public static CountryCode parse(String text) {
        return new CountryCode(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    /** The country's name in the reader's language, the same everywhere (see {@link CountryNames}). */
    public String displayName(Locale locale) {
        return CountryNames.name(code, locale);
    }

    /** The name of a code that may be blank or not assigned (stored data): blank gives "", unknown gives the code. */
    public static String name(String code, Locale locale) {
        return CountryNames.name(code, locale);
    }

    public static Set<String> all() {
        return ASSIGNED;
    }

    @Override
    public String toString() {
        return code;
    }
}
