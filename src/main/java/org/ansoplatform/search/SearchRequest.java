package org.ansoplatform.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.search.text.Tokens;

/**
 * What a reader asks: the words and the facets chosen as filters, all optional but the words. {@link #check()}
 * refuses what cannot be searched with a message for the field, so no input reaches the database unchecked.
 */
public record SearchRequest(String q, String type, Integer year, String country, String language, int page, int size) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_SIZE = 50;
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public SearchRequest {
        q = q == null ? "" : q.strip();
        type = blankToNull(type);
        country = blankToNull(country) == null ? null : country.strip().toUpperCase(Locale.ROOT);
        language = blankToNull(language);
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    public static SearchRequest of(String q) {
        return new SearchRequest(q, null, null, null, null, 0, 20);
    }

    /** Refuses an empty or too long query, one of no words, and malformed filters, each on its field. */
    public SearchRequest check() {
        List<Violation> violations = new ArrayList<>();
        if (q.isEmpty()) {
            violations.add(new Violation("q", "search.error.empty"));
        } else if (q.length() > MAX_LENGTH) {
            violations.add(new Violation("q", "search.error.tooLong", MAX_LENGTH));
        } else if (Tokens.runs(q).isEmpty()) {
            violations.add(new Violation("q", "search.error.noWords"));
        }
        if (type != null && !TYPE.matcher(type).matches()) {
            violations.add(new Violation("type", "search.error.filter"));
        }
        if (year != null && (year < 1000 || year > 9999)) {
            violations.add(new Violation("year", "search.error.filter"));
        }
        if (country != null && !COUNTRY.matcher(country).matches()) {
            violations.add(new Violation("country", "search.error.filter"));
        }
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            violations.add(new Violation("language", "search.error.filter"));
        }
        if ((long) page * size > 10_000) {
            violations.add(new Violation("page", "search.error.page"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return this;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
