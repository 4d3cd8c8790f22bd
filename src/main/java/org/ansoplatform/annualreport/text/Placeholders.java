package org.ansoplatform.annualreport.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.ansoplatform.figures.FigureRef;
import org.springframework.web.util.HtmlUtils;

/**
 * Figures embedded in editorial text: {@code {key@kind=value[PART]#parts/YEAR}} names a value ({@link FigureRef}),
 * {@code {{} writes a literal brace. Parsed here only, for validating a text when it is saved, for collecting every
 * reference of an edition and for rendering: the text is escaped (what editors type is never HTML), paragraphs come
 * from blank lines, and each placeholder becomes what the caller renders for it.
 */
public final class Placeholders {

    private Placeholders() {
    }

    /** A piece of text: literal text, or a placeholder as written ({@code ref} empty when it does not follow the grammar). */
    public record Piece(String text, boolean placeholder, Optional<FigureRef> ref) {

        static Piece literal(String text) {
            return new Piece(text, false, Optional.empty());
        }
    }

    /** The text in pieces, in order; literal braces already unescaped; an unclosed brace is literal text. */
    public static List<Piece> parse(String text) {
        List<Piece> pieces = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return pieces;
        }
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
                continue;
            }
            int close = c == '{' ? text.indexOf('}', i + 1) : -1;
            int nextOpen = c == '{' ? text.indexOf('{', i + 1) : -1;
            if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                literal.append(c);
                i++;
                continue;
            }
            if (!literal.isEmpty()) {
                pieces.add(Piece.literal(literal.toString()));
                literal.setLength(0);
            }
            String inside = text.substring(i + 1, close);
            pieces.add(new Piece(inside, true, FigureRef.parse(inside).filter(ref -> inside.equals(inside.strip()))));
            i = close + 1;
        }
        if (!literal.isEmpty()) {
            pieces.add(Piece.literal(literal.toString()));
        }
        return pieces;
    }

    /** Every reference the text names, once each, in order. */
    public static Set<FigureRef> refs(String text) {
        Set<FigureRef> refs = new LinkedHashSet<>();
        parse(text).forEach(piece -> piece.ref().ifPresent(refs::add));
        return refs;
    }

    /** The placeholders that do not follow the grammar, as written. */
    public static List<String> malformed(String text) {
        return parse(text).stream().filter(piece -> piece.placeholder() && piece.ref().isEmpty()).map(Piece::text).toList();
    }

    /**
     * The text as safe HTML: paragraphs from blank lines, line breaks kept, everything escaped, each placeholder
     * replaced by {@code figure} (given the reference, or empty for a malformed one with its text) which must
     * return safe HTML.
     */
    public static String html(String text, Function<Piece, String> figure) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().replace("\r\n", "\n").split("\n\\s*\n")) {
            html.append("<p>");
            for (Piece piece : parse(paragraph.strip())) {
                html.append(piece.placeholder() ? figure.apply(piece)
                        : HtmlUtils.htmlEscape(piece.text(), "UTF-8").replace("\n", "<br/>"));
            }
            html.append("</p>");
        }
        return html.toString();
    }
}
