package org.ansoplatform.platform;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;

import org.ansoplatform.shared.LocalizedText;

/**
 * A text that was written once, in whatever language its author used (a session's minutes, an organization's
 * name in its own language), keyed by the configured language its script belongs to, so that search treats
 * Chinese as Chinese. Latin script goes to the first configured language that writes it (the fallback), a
 * script no configured language writes to the fallback too: a guess by script, never by words.
 */
public final class Untranslated {

    private Untranslated() {
    }

    /** The configured language whose script is the text's most frequent one (letters only). */
    public static String languageOf(String text, Languages languages) {
        if (text == null || text.isBlank()) {
            return languages.tags().get(0);
        }
        Map<Integer, Long> scripts = text.codePoints().filter(Character::isLetter).map(UScript::getScript)
                .filter(script -> script != UScript.COMMON && script != UScript.INHERITED).boxed()
                .collect(Collectors.groupingBy(script -> script, Collectors.counting()));
        return scripts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .flatMap(script -> languages.tags().stream()
                        .filter(tag -> Arrays.stream(UScript.getCode(new ULocale(tag))).anyMatch(code -> code == script))
                        .findFirst())
                .orElse(languages.tags().get(0));
    }

    /** The parts (blank ones left out) as one text per language their scripts name, each part on a line. */
    public static LocalizedText of(Languages languages, String... parts) {
        Map<String, String> texts = new LinkedHashMap<>();
        Arrays.stream(parts).filter(Objects::nonNull).map(String::strip).filter(part -> !part.isEmpty())
                .forEach(part -> texts.merge(languageOf(part, languages), part, (a, b) -> a + "\n" + b));
        return LocalizedText.of(texts);
    }
}
