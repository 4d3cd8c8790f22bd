package org.ansoplatform.identifiers.citation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import org.ansoplatform.identifiers.CitationStyle;

/**
 * Formats an item as a bibliography entry with citeproc-java (a CSL processor in Java), in the reader's
 * language: the CSL locale of that language's primary dialect, American English where CSL has none.
 * A processor is made per call: it holds state and is not thread-safe, and citations are not formatted in bulk.
 */
public final class CitationFormatter {

    /** CSL's primary dialect of each language (its locales are named by region). */
    private static final Map<String, String> DIALECTS = Map.ofEntries(Map.entry("en", "en-US"), Map.entry("zh", "zh-CN"),
            Map.entry("ru", "ru-RU"), Map.entry("es", "es-ES"), Map.entry("fr", "fr-FR"), Map.entry("ar", "ar"),
            Map.entry("vi", "vi-VN"), Map.entry("de", "de-DE"), Map.entry("pt", "pt-PT"), Map.entry("ja", "ja-JP"),
            Map.entry("ko", "ko-KR"), Map.entry("fa", "fa-IR"), Map.entry("ur", "en-US"), Map.entry("kk", "kk-KZ"),
            Map.entry("th", "th-TH"), Map.entry("tr", "tr-TR"), Map.entry("it", "it-IT"), Map.entry("mn", "mn-MN"));

    private CitationFormatter() {
    }

    /** The entry as plain text ({@code text}) or HTML ({@code html}). */
    public static String format(CSLItemData item, CitationStyle style, Locale locale, String outputFormat) {
        try {
            CSL processor = new CSL(new ListItemDataProvider(item), new DefaultLocaleProvider(), new DefaultAbbreviationProvider(),
                    style.csl(), cslLocale(locale));
            processor.setOutputFormat(outputFormat);
            processor.registerCitationItems(item.getId());
            Bibliography bibliography = processor.makeBibliography();
            return bibliography.getEntries()[0].strip();
        } catch (IOException e) {
            throw new UncheckedIOException("CSL style " + style.csl() + " could not be read", e);
        }
    }

    static String cslLocale(Locale locale) {
        String tag = locale.getCountry().isEmpty() ? DIALECTS.get(locale.getLanguage()) : locale.getLanguage() + "-" + locale.getCountry();
        if (tag == null || CitationFormatter.class.getResource("/locales-" + tag + ".xml") == null) {
            tag = DIALECTS.getOrDefault(locale.getLanguage(), "en-US");
        }
        return CitationFormatter.class.getResource("/locales-" + tag + ".xml") == null ? "en-US" : tag;
    }
}
