package org.ansoplatform.search.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ansoplatform.search.Highlight;
import org.ansoplatform.search.Highlight.Segment;

/**
 * Marks in a shown text what a query matched, by the same tokens the index uses: a word equal to a query word
 * (or starting with the last one, as the query matches it as a prefix), within a small edit distance of one when
 * the results came from typo tolerance, and every occurrence of a queried CJK stretch. Done in Java rather than
 * by {@code ts_headline}, which would need a text-search configuration that knows our bigrams.
 */
public final class Highlighter {

    private final Set<String> words = new HashSet<>();
    private final List<String> cjk = new ArrayList<>();
    private final String prefix;
    private final boolean fuzzy;

    public Highlighter(String query, boolean fuzzy) {
        this.fuzzy = fuzzy;
        String last = null;
        for (Tokens.Run run : Tokens.runs(query)) {
            if (run.cjk()) {
                cjk.add(join(run.tokens()));
                last = null;
            } else {
                words.add(run.tokens().get(0));
                last = run.tokens().get(0);
            }
        }
        this.prefix = last != null && last.length() >= TextSearch.PREFIX_MIN ? last : null;
    }

    /** The whole text with its matches marked. */
    public Highlight mark(String text) {
        List<Segment> segments = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return new Highlight(segments);
        }
        int plainFrom = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int start = i;
            if (Tokens.isCjk(cp)) {
                while (i < text.length() && Tokens.isCjk(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                plainFrom = markCjk(text, start, i, plainFrom, segments);
            } else if (Character.isLetterOrDigit(cp)) {
                while (i < text.length() && !Tokens.isCjk(text.codePointAt(i)) && Character.isLetterOrDigit(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                if (matches(Tokens.fold(text.substring(start, i)))) {
                    plainFrom = add(text, plainFrom, start, i, segments);
                }
            } else {
                i += Character.charCount(cp);
            }
        }
        if (plainFrom < text.length()) {
            segments.add(new Segment(text.substring(plainFrom), false));
        }
        return new Highlight(segments);
    }

    /** About {@code length} characters around the first match (the start when none), marked, with ellipses. */
    public Highlight snippet(String text, int length) {
        if (text == null || text.length() <= length) {
            return mark(text);
        }
        Highlight whole = mark(text);
        int first = 0;
        int offset = 0;
        for (Segment segment : whole.segments()) {
            if (segment.marked()) {
                first = offset;
                break;
            }
            offset += segment.text().length();
        }
        int start = Math.max(0, first - length / 3);
        while (start > 0 && start < first && !Character.isWhitespace(text.charAt(start - 1)) && !Tokens.isCjk(text.charAt(start))) {
            start++;
        }
        int end = Math.min(text.length(), start + length);
        Highlight cut = mark(text.substring(start, end).strip());
        List<Segment> segments = new ArrayList<>();
        if (start > 0) {
            segments.add(new Segment("… ", false));
        }
        segments.addAll(cut.segments());
        if (end < text.length()) {
            segments.add(new Segment(" …", false));
        }
        return new Highlight(segments);
    }

    private boolean matches(String word) {
        if (words.contains(word) || (prefix != null && word.startsWith(prefix))) {
            return true;
        }
        if (fuzzy && word.length() >= 4) {
            for (String queried : words) {
                if (queried.length() >= 4 && EditDistance.atMost(queried, word, queried.length() >= 8 ? 2 : 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private int markCjk(String text, int from, int to, int plainFrom, List<Segment> segments) {
        String run = Tokens.fold(text.substring(from, to));
        if (run.length() != to - from) {
            return plainFrom;
        }
        int at = from;
        while (at < to) {
            int found = -1;
            String hit = null;
            for (String queried : cjk) {
                int index = run.indexOf(queried, at - from);
                if (index >= 0 && (found < 0 || index < found)) {
                    found = index;
                    hit = queried;
                }
            }
            if (found < 0) {
                break;
            }
            plainFrom = add(text, plainFrom, from + found, from + found + hit.length(), segments);
            at = from + found + hit.length();
        }
        return plainFrom;
    }

    private static int add(String text, int plainFrom, int start, int end, List<Segment> segments) {
        if (start > plainFrom) {
            segments.add(new Segment(text.substring(plainFrom, start), false));
        }
        segments.add(new Segment(text.substring(start, end), true));
        return end;
    }

    private static String join(List<String> bigrams) {
        if (bigrams.size() == 1) {
            return bigrams.get(0);
        }
        StringBuilder text = new StringBuilder(bigrams.get(0));
        for (int k = 1; k < bigrams.size(); k++) {
            String bigram = bigrams.get(k);
            text.append(bigram, bigram.offsetByCodePoints(0, 1), bigram.length());
        }
        return text.toString();
    }
}
