package org.ansoplatform.figures.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.ansoplatform.figures.FigureFormat;
import org.ansoplatform.shared.Figure;
import org.springframework.context.MessageSource;

/**
 * A figure as a reader sees it: its name and definition from the owning module's messages, its value written for
 * the reader's language (a sum with its currency as CLDR writes it), and each part of a breakdown by name
 * (countries in the reader's language, named parts by their {@code LocalizedText}).
 */
record FigureTexts(String module, String key, String name, String definition, String value, List<PartText> parts,
        Instant asOf, int recordCount, boolean amount) {

    record PartText(String kind, String code, String name, long count, String value) {
    }

    static FigureTexts of(String module, Figure figure, MessageSource messages, Locale locale) {
        String value = figure.isAmount() ? amount(figure, locale) : count(figure.count(), locale);
        List<PartText> parts = figure.parts().stream().map(part -> new PartText(part.kind().name(), part.code(),
                partName(part, messages, locale), part.count(),
                part.isAmount() && figure.isAmount() ? amount(part.amount(), figure.currency(), locale) : count(part.count(), locale)))
                .toList();
        return new FigureTexts(module, figure.key(), name(figure.key(), messages, locale),
                FigureFormat.definition(figure.key(), messages, locale), value, parts, figure.asOf(),
                figure.records().size(), figure.isAmount());
    }

    static String name(String key, MessageSource messages, Locale locale) {
        return FigureFormat.name(key, messages, locale);
    }

    static String partName(Figure.Part part, MessageSource messages, Locale locale) {
        return FigureFormat.partName(part, messages, locale);
    }

    static String count(long count, Locale locale) {
        return FigureFormat.count(count, locale);
    }

    static String amount(Figure figure, Locale locale) {
        return FigureFormat.amount(figure.amount(), figure.currency(), locale);
    }

    static String amount(java.math.BigDecimal amount, String currency, Locale locale) {
        return FigureFormat.amount(amount, currency, locale);
    }
}
