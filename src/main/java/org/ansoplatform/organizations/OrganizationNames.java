package org.ansoplatform.organizations;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways an organization is mentioned in reports and programmes: its full name, with or without a leading
 * The; its abbreviation in brackets (MTA); an institute of the Chinese Academy of Sciences followed by CAS after
 * a comma, or its abbreviation with CAS appended (TIBCAS); and a name followed by its country after a comma.
 * Names are compared as letters and digits only, in any case, so punctuation and spacing do not matter. Pure:
 * no Spring, no SQL. (No quoted example holds a comma here: the module documentation's JSON reader splits on it.)
 */
final class OrganizationNames {

    private static final Pattern BRACKETS = Pattern.compile("\\(([^()]*)\\)");
    private static final String CAS = "chinese academy of sciences";
    private static final String PRC = "people's republic of china";
    private static final Pattern CAS_AFTER_COMMA = Pattern.compile("\\s*cas\\s*", Pattern.CASE_INSENSITIVE);

    private OrganizationNames() {
    }

    /** The keys under which an organization of the directory is found. */
    static Set<String> keys(String name, String originalName) {
        Set<String> keys = new LinkedHashSet<>();
        for (String text : new String[] {name, originalName}) {
            if (text == null) {
                continue;
            }
            keys.addAll(forms(text));
            Matcher abbreviation = BRACKETS.matcher(text);
            while (abbreviation.find()) {
                String abbr = compact(abbreviation.group(1));
                keys.add(abbr);
                if (text.toLowerCase(Locale.ROOT).contains(CAS) && !abbr.endsWith("cas")) {
                    keys.add(abbr + "cas");
                }
            }
        }
        keys.remove("");
        return keys;
    }

    /** The keys a mention may stand for, most literal first. */
    static Set<String> mentionKeys(String mention) {
        Set<String> keys = new LinkedHashSet<>(forms(mention));
        Matcher abbreviation = BRACKETS.matcher(mention);
        while (abbreviation.find()) {
            keys.add(compact(abbreviation.group(1)));
        }
        String withoutBrackets = BRACKETS.matcher(mention).replaceAll(" ");
        keys.addAll(forms(withoutBrackets));
        int comma = withoutBrackets.lastIndexOf(',');
        if (comma > 0 && !CAS_AFTER_COMMA.matcher(withoutBrackets.substring(comma + 1)).matches()) {
            // "University of Belgrade, Serbia": the name before its country
            keys.addAll(forms(withoutBrackets.substring(0, comma)));
        }
        keys.remove("");
        return keys;
    }

    private static Set<String> forms(String text) {
        Set<String> forms = new LinkedHashSet<>();
        String lower = text.toLowerCase(Locale.ROOT).replace("&", " and ").strip();
        if (lower.startsWith("the ")) {
            lower = lower.substring(4);
        }
        forms.add(compact(lower));
        forms.add(compact(lower.replace("of the " + CAS, "cas").replace(CAS, "cas")));
        forms.add(compact(BRACKETS.matcher(lower).replaceAll(" ").replace("of the " + CAS, "cas").replace(CAS, "cas")));
        if (lower.endsWith(" of china")) {
            // "State Key Laboratory of Urban Water Resource and Environment of China"
            forms.add(compact(lower.substring(0, lower.length() - " of china".length())));
        }
        if (lower.contains(PRC)) {
            forms.add(compact(BRACKETS.matcher(lower).replaceAll(" ").replace("of the " + PRC, "").replace(PRC, "")));
        }
        return forms;
    }

    private static String compact(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
