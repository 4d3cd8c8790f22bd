package org.ansoplatform.calls.definition;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.eligibility.Eligibility;
import org.ansoplatform.shared.LocalizedText;

/**
 * Next year’s round of a call, as proposed before the Secretariat confirms it, pure: the code and reference prefix
 * counted on, the dates and every date of the eligibility rules a year later, and the call’s years (those of its
 * opening and closing) replaced by the next wherever the title and description name them as a 4-digit number of
 * their own. What else names a year is for {@link YearMentions} to list.
 */
public final class NextRound {

    private static final Pattern TRAILING_YEAR = Pattern.compile("(.*?)(\\d{4})$");
    private static final Pattern TRAILING_TWO = Pattern.compile("(.*?)(\\d{2})$");
    /** A year as a token of its own: not part of a longer number or of a Latin word such as the reference “SYT2021” (“2021年” is a year). */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9A-Za-z])(1[89]\\d\\d|2\\d\\d\\d)(?![0-9A-Za-z])");

    /** What the Secretariat confirms: everything else of the call is copied. */
    public record Proposal(String code, String referencePrefix, LocalizedText title, LocalizedText description, LocalDateTime opens,
            LocalDateTime closes, String eligibility) {
    }

    private NextRound() {
    }

    /** The proposal for the round after {@code call}; a code that {@code taken} says is in use gets “-copy” added. */
    public static Proposal propose(CallDefinition call, Predicate<String> taken) {
        Set<Integer> years = years(call);
        String code = nextCode(call.code());
        while (taken.test(code)) {
            code = code + "-copy";
        }
        return new Proposal(code.length() > 80 ? code.substring(0, 80) : code, nextPrefix(call.referencePrefix()),
                nextYears(call.title(), years), nextYears(call.description(), years), call.opens().plusYears(1), call.closes().plusYears(1),
                Eligibility.toJson(Eligibility.shiftYears(Eligibility.fromJson(call.eligibility()), 1)));
    }

    /** The years a call is of: those of its opening and of its closing. */
    public static Set<Integer> years(CallDefinition call) {
        return new TreeSet<>(List.of(call.opens().getYear(), call.closes().getYear()));
    }

    /** The code with its trailing year counted on, or with “-next” when it ends in none. */
    static String nextCode(String code) {
        Matcher matcher = TRAILING_YEAR.matcher(code);
        return matcher.matches() ? matcher.group(1) + (Integer.parseInt(matcher.group(2)) + 1) : code + "-next";
    }

    /** The prefix with its trailing two digits counted on (SYT21 becomes SYT22, 99 becomes 00), else unchanged. */
    static String nextPrefix(String prefix) {
        Matcher matcher = TRAILING_TWO.matcher(prefix);
        return matcher.matches() ? matcher.group(1) + String.format("%02d", (Integer.parseInt(matcher.group(2)) + 1) % 100) : prefix;
    }

    /** Every language’s text with each of {@code years} a year later, in one pass (2026 to 2027 and 2027 to 2028 together). */
    public static LocalizedText nextYears(LocalizedText text, Set<Integer> years) {
        Map<String, String> values = new LinkedHashMap<>();
        text.values().forEach((language, value) -> values.put(language, nextYears(value, years)));
        return LocalizedText.of(values);
    }

    static String nextYears(String text, Set<Integer> years) {
        Matcher matcher = YEAR.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            int year = Integer.parseInt(matcher.group(1));
            matcher.appendReplacement(result, String.valueOf(years.contains(year) ? year + 1 : year));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** The years a text names as tokens of their own. */
    static Set<Integer> yearsIn(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher matcher = YEAR.matcher(text == null ? "" : text);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }
}
