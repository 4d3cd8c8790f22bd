package org.ansoplatform.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names the same on every page, export and PDF: the ISO 3166-1 short name in English, the official
 * Chinese form in Chinese (both from {@code shared/country-names.tsv}, generated from Debian iso-codes), and the
 * JDK's CLDR name in any other language. A code the file does not know falls back to CLDR, and a code CLDR
 * does not know either comes back as it is.
 */
public final class CountryNames {

    private static final Map<String, String[]> NAMES = load();
    private static final Map<String, String> BY_ENGLISH_NAME = byEnglishName();

    private CountryNames() {
    }

    public static String name(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        String[] names = NAMES.get(upper);
        String language = locale == null ? "en" : locale.getLanguage();
        if (names != null && "en".equals(language)) {
            return names[0];
        }
        if (names != null && "zh".equals(language)) {
            return names[1];
        }
        String cldr = new Locale("", upper).getDisplayCountry(locale == null ? Locale.ENGLISH : locale);
        return cldr.isEmpty() ? upper : cldr;
    }

    /**
     * The code of a country named in English, in any case: its ISO short name (“Viet Nam”) or its CLDR name
     * (“Vietnam”), since people and older records write either; null when no country has that name.
     */
    public static String byEnglishName(String name) {
        return name == null ? null : BY_ENGLISH_NAME.get(name.strip().toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> byEnglishName() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            codes.putIfAbsent(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        NAMES.forEach((code, names) -> codes.put(names[0].toLowerCase(Locale.ROOT), code));
        return Map.copyOf(codes);
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> names = new HashMap<>();
        try (var in = CountryNames.class.getResourceAsStream("/shared/country-names.tsv")) {
            if (in == null) {
                throw new IllegalStateException("shared/country-names.tsv is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                names.put(parts[0], new String[] {parts[1], parts[2]});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
