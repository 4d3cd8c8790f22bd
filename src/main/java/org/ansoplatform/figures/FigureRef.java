package org.ansoplatform.figures;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.shared.FigureScope;

/**
 * The name of one value in a report, as editors write it between braces: a figure's key, optionally narrowed to
 * a scope ({@code @call=scholarship-2021}), one part of its breakdown ({@code [PHD]}), the number of its parts
 * ({@code #parts}: "from 17 countries") and another year than the report's ({@code /2020}). Written and read
 * here only, so that the editor's text, the stored frozen figures, the web links and the API agree.
 */
public record FigureRef(String key, FigureScope scope, String part, boolean countParts, Integer year) {

    /** One reference, without its braces. */
    public static final Pattern GRAMMAR = Pattern.compile(
            "([a-z][a-z0-9-]*)\\.([A-Za-z0-9]+)(?:@([a-z]+)=([^\\[\\]#/{}\\s]+))?(?:\\[([^\\]\\[{}\\s]+)\\])?(#parts)?(?:/(\\d{4}))?");

    public FigureRef {
        if (key == null || !key.matches("[a-z][a-z0-9-]*\\.[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("Not a figure key: " + key);
        }
        if (part != null && part.isBlank()) {
            part = null;
        }
        if (part != null && countParts) {
            throw new IllegalArgumentException("A part has no parts: " + key);
        }
    }

    public static FigureRef of(String key) {
        return new FigureRef(key, null, null, false, null);
    }

    /** Reads a reference written without braces; empty when it does not follow the grammar. */
    public static Optional<FigureRef> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = GRAMMAR.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        FigureScope scope = matcher.group(3) == null ? null : new FigureScope(matcher.group(3), matcher.group(4));
        boolean countParts = matcher.group(6) != null;
        if (countParts && matcher.group(5) != null) {
            return Optional.empty();
        }
        Integer year = matcher.group(7) == null ? null : Integer.valueOf(matcher.group(7));
        return Optional.of(new FigureRef(matcher.group(1) + "." + matcher.group(2), scope, matcher.group(5), countParts, year));
    }

    /** The module that owns the figure: the key's prefix. */
    public String module() {
        return key.substring(0, key.indexOf('.'));
    }

    /** The year the value is taken from: the reference's own, or the report's. */
    public int yearOr(int reportYear) {
        return year == null ? reportYear : year;
    }

    /** The same reference with the year written out (how a frozen edition stores it). */
    public FigureRef inYear(int reportYear) {
        return new FigureRef(key, scope, part, countParts, yearOr(reportYear));
    }

    /** The reference as written between braces (and as it appears in links and the API). */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(key);
        if (scope != null) {
            text.append('@').append(scope);
        }
        if (part != null) {
            text.append('[').append(part).append(']');
        }
        if (countParts) {
            text.append("#parts");
        }
        if (year != null) {
            text.append('/').append(year);
        }
        return text.toString();
    }
}
