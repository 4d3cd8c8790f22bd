package org.ansoplatform.calls.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.ansoplatform.shared.CountryCode;

/** Helpers the calls templates call: countries by name in the reader's language, file sizes. */
public final class Countries {

    private Countries() {
    }

    public record Country(String code, String name) {
    }

    public static List<Country> all(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return CountryCode.all().stream().map(code -> new Country(code, name(code, locale)))
                .sorted(Comparator.comparing(Country::name, collator)).toList();
    }

    public static String name(String code, Locale locale) {
        return CountryCode.name(code, locale);
    }

    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
