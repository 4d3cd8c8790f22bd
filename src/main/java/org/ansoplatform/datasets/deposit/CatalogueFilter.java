package org.ansoplatform.datasets.deposit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What a reader of the catalogue asks: words to find in titles, descriptions and keywords (every language), one
 * value per facet, the funding project or a creator organization, and the page (from 0). Blank values mean any.
 */
public record CatalogueFilter(String q, String subject, Integer sdg, String country, Integer year, String format,
        String licence, UUID project, UUID organization, Integer page) {

    public CatalogueFilter {
        q = blankToNull(q);
        subject = blankToNull(subject);
        country = blankToNull(country) == null ? null : country.trim().toUpperCase(Locale.ROOT);
        format = blankToNull(format);
        licence = blankToNull(licence);
        page = page == null || page < 0 ? 0 : page;
    }

    public static CatalogueFilter none() {
        return new CatalogueFilter(null, null, null, null, null, null, null, null, null, 0);
    }

    /** The words of the query, lower-cased, at most eight: each must occur (substring match, so CJK works). */
    public List<String> terms() {
        return q == null ? List.of() : Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(t -> !t.isBlank()).distinct().limit(8).toList();
    }

    /** Whether anything narrows the list (the page aside). */
    public boolean narrowed() {
        return q != null || subject != null || sdg != null || country != null || year != null || format != null
                || licence != null || project != null || organization != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
