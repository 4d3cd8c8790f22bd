package org.ansoplatform.search.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What search counts as a token, the same for the documents it stores and the queries it answers: runs of
 * letters and digits, folded (compatibility forms, lower case, accents removed), and text in Chinese, Japanese and
 * Korean scripts, which has no spaces between words and whose words are mostly two characters, as overlapping
 * character bigrams ("塔克拉玛干" gives 塔克 克拉 拉玛 玛干); a lone character stays one token.
 */
public final class Tokens {

    /** A run of text cut into tokens: {@code cjk} runs are bigram chains, matched as a phrase. */
    public record Run(List<String> tokens, boolean cjk) {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int MAX_TOKEN = 100;

    private Tokens() {
    }

    /** Lower case, compatibility forms (full-width letters) and no accents: "Ürümqi" gives "urumqi". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Whether a code point is written without spaces between words (Han, kana, Hangul). */
    public static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** The text's runs in order: each word is a run of one token, each CJK stretch a run of its bigrams. */
    public static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        if (text == null) {
            return runs;
        }
        String folded = fold(text);
        StringBuilder word = new StringBuilder();
        List<Integer> cjk = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                flushWord(word, runs);
                cjk.add(cp);
            } else if (Character.isLetterOrDigit(cp)) {
                flushCjk(cjk, runs);
                word.appendCodePoint(cp);
            } else {
                flushWord(word, runs);
                flushCjk(cjk, runs);
            }
        }
        flushWord(word, runs);
        flushCjk(cjk, runs);
        return runs;
    }

    /** Every token of the text in order, as stored with its position. */
    public static List<String> all(String text) {
        List<String> tokens = new ArrayList<>();
        runs(text).forEach(run -> tokens.addAll(run.tokens()));
        return tokens;
    }

    /** The folded words outside CJK runs, space-separated: what typo tolerance compares by trigrams. */
    public static String plainWords(String text) {
        List<String> words = new ArrayList<>();
        runs(text).stream().filter(run -> !run.cjk()).forEach(run -> words.addAll(run.tokens()));
        return String.join(" ", words);
    }

    private static void flushWord(StringBuilder word, List<Run> runs) {
        if (!word.isEmpty()) {
            String token = word.length() > MAX_TOKEN ? word.substring(0, MAX_TOKEN) : word.toString();
            runs.add(new Run(List.of(token), false));
            word.setLength(0);
        }
    }

    private static void flushCjk(List<Integer> cjk, List<Run> runs) {
        if (cjk.isEmpty()) {
            return;
        }
        List<String> bigrams = new ArrayList<>();
        if (cjk.size() == 1) {
            bigrams.add(new String(Character.toChars(cjk.get(0))));
        }
        for (int k = 0; k + 1 < cjk.size(); k++) {
            bigrams.add(new StringBuilder().appendCodePoint(cjk.get(k)).appendCodePoint(cjk.get(k + 1)).toString());
        }
        runs.add(new Run(List.copyOf(bigrams), true));
        cjk.clear();
    }
}
