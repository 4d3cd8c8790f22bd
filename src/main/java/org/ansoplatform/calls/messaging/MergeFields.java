package org.ansoplatform.calls.messaging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merge fields of a message to applicants: {@code {name}}, {@code {reference}}, {@code {deadline}},
 * {@code {missing}}, {@code {call}} and {@code {link}}, each replaced by the recipient's value. A word in braces
 * that is none of them is refused before anything is stored, so that no applicant ever reads “{nmae}”. Braces
 * around anything that is not a single word (“{ }”, “{1, 2}”) are text.
 */
public final class MergeFields {

    public static final List<String> FIELDS = List.of("name", "reference", "deadline", "missing", "call", "link");

    private static final Pattern FIELD = Pattern.compile("\\{([\\p{L}\\p{N}_.-]+)\\}");

    private MergeFields() {
    }

    /** The words in braces of the text that are no merge field, in the order they first appear. */
    public static List<String> unknown(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        if (text != null) {
            Matcher matcher = FIELD.matcher(text);
            while (matcher.find()) {
                if (!FIELDS.contains(matcher.group(1))) {
                    unknown.add(matcher.group(1));
                }
            }
        }
        return new ArrayList<>(unknown);
    }

    /** Whether the text asks for a field (so that its value, which may cost a query, is computed only when used). */
    public static boolean uses(String text, String field) {
        return text != null && text.contains("{" + field + "}");
    }

    /** The text with every known field replaced by its value (an absent value reads as empty); other text as it is. */
    public static String merge(String text, Map<String, String> values) {
        if (text == null) {
            return "";
        }
        Matcher matcher = FIELD.matcher(text);
        StringBuilder merged = new StringBuilder();
        while (matcher.find()) {
            String field = matcher.group(1);
            String replacement = FIELDS.contains(field) ? values.getOrDefault(field, "") : matcher.group();
            matcher.appendReplacement(merged, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(merged);
        return merged.toString();
    }
}
