package org.ansoplatform.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.shared.LocalizedText;
import org.springframework.context.MessageSource;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;

/**
 * The languages this site speaks, from {@code anso.languages} (the first is the fallback). A language is data: its
 * message bundles and this list are all it needs; no code names a language except as a default.
 */
public record Languages(List<String> tags) {

    /** A language as a switcher or a select offers it: by its own name, in its own script and direction. */
    public record Choice(String tag, String name, String direction) {
    }

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

    /**
     * A message in every configured language, for values that carry all of them (a figure's part, a search
     * document); the key itself where a bundle lacks it, as a page would show it.
     */
    public LocalizedText message(MessageSource messages, String key, Object... arguments) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Locale locale : locales()) {
            values.put(locale.getLanguage(), messages.getMessage(key, arguments, key, locale));
        }
        return LocalizedText.of(values);
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

    /**
     * What a switcher or a language select lists: every configured language named in itself ("Русский",
     * "Español", "中文"), so a reader finds their own language whatever the page's language is.
     */
    public List<Choice> choices() {
        return tags.stream().map(tag -> new Choice(tag, nativeName(tag), direction(tag))).toList();
    }

    /** The language's name in itself, capitalised as a menu entry is in that language (CLDR, through ICU). */
    public static String nativeName(String tag) {
        ULocale locale = ULocale.forLanguageTag(tag);
        return LocaleDisplayNames.getInstance(locale, DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU)
                .localeDisplayName(locale);
    }

    /** {@code rtl} for a language written right to left (Arabic, Urdu, Persian, Hebrew), else {@code ltr}. */
    public static String direction(String tag) {
        return ULocale.forLanguageTag(tag).isRightToLeft() ? "rtl" : "ltr";
    }
}
