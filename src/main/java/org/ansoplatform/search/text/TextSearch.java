package org.ansoplatform.search.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Writes the PostgreSQL text-search values search stores and asks for, from {@link Tokens}: a {@code tsvector}
 * literal with positions and weights (A for titles, B for texts, so a title weighs more in {@code ts_rank}) and a
 * {@code tsquery} literal (every word must match, the last one also as a prefix while it is being typed; a CJK
 * stretch as the phrase of its bigrams). Both are cast in SQL, never parsed by a text-search configuration.
 */
public final class TextSearch {

    /** PostgreSQL keeps positions up to this one; later tokens share it, which ranking tolerates. */
    static final int MAX_POSITION = 16_383;
    /** A query of more words than this is cut: more would not narrow a search of titles and summaries. */
    public static final int MAX_QUERY_TERMS = 12;

    /** A shorter last word is not taken as a prefix: "a" would match nearly every document. */
    static final int PREFIX_MIN = 3;

    private TextSearch() {
    }

    /** The tsvector literal of a document's titles (weight A) and texts (weight B), in every language. */
    public static String vector(Collection<String> titles, Collection<String> texts) {
        StringBuilder vector = new StringBuilder();
        int position = 0;
        for (String title : titles) {
            position = append(vector, Tokens.all(title), position, 'A');
        }
        for (String text : texts) {
            position = append(vector, Tokens.all(text), position, 'B');
        }
        return vector.toString();
    }

    private static int append(StringBuilder vector, List<String> tokens, int position, char weight) {
        for (String token : tokens) {
            position = Math.min(position + 1, MAX_POSITION);
            vector.append(quote(token)).append(':').append(position).append(weight).append(' ');
        }
        return position;
    }

    /** The tsquery literal of what a reader typed, or empty when it holds no token. */
    public static String query(String typed) {
        List<Tokens.Run> runs = Tokens.runs(typed);
        if (runs.size() > MAX_QUERY_TERMS) {
            runs = runs.subList(0, MAX_QUERY_TERMS);
        }
        boolean typing = typed != null && !typed.isEmpty() && Character.isLetterOrDigit(typed.codePointBefore(typed.length()));
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Tokens.Run run = runs.get(i);
            boolean last = i == runs.size() - 1;
            if (!run.cjk()) {
                String word = run.tokens().get(0);
                terms.add(quote(word) + (last && typing && word.length() >= PREFIX_MIN ? ":*" : ""));
            } else if (run.tokens().size() == 1) {
                // one character: the bigrams that start with it (and a lone character stored as itself)
                terms.add(quote(run.tokens().get(0)) + ":*");
            } else {
                terms.add("(" + String.join(" <-> ", run.tokens().stream().map(TextSearch::quote).toList()) + ")");
            }
        }
        return String.join(" & ", terms);
    }

    private static String quote(String token) {
        return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
