package org.ansoplatform.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The languages this site speaks, from {@code anso.languages} (the first is the fallback). A language is data: its
 * message bundles and this list are all it needs; no code names a language except as a default.
 */
public record Languages(List<String> tags) {

    public Languages {
        List<String> clean = new ArrayList<>();
        for (String tag : tags) {
            String language = Locale.forLanguageTag(tag.strip()).getLanguage();
            if (!language.isEmpty() && !clean.contains(language)) {
                clean.add(language);
            }
        }
        if (clean.isEmpty()) {
            throw new IllegalStateException("anso.languages names no language");
        }
        tags = List.copyOf(clean);
    }

    public List<Locale> locales() {
        return tags.stream().map(Locale::forLanguageTag).toList();
    }

    public Locale fallback() {
        return Locale.forLanguageTag(tags.get(0));
    }

    public boolean supports(String tag) {
        return tag != null && tags.contains(Locale.forLanguageTag(tag.strip()).getLanguage());
    }

    /** The configured language closest to a tag such as {@code zh-Hans-CN}, else the fallback. */
    public String closest(String tag) {
        return supports(tag) ? Locale.forLanguageTag(tag.strip()).getLanguage() : tags.get(0);
    }
}
