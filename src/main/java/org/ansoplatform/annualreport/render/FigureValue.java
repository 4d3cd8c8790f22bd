package org.ansoplatform.annualreport.render;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.ansoplatform.figures.FigureFormat;
import org.ansoplatform.figures.FigureRef;

/**
 * One named value of an edition in one language, whether computed now (a draft) or read from what freezing stored:
 * the rendering, the traceability page, the comparison and the API all read this one shape.
 *
 * @param problem  why the reference names nothing ({@code FigureQueries.Problem}'s name), or null
 * @param illustrativeCount how many counted records are illustrative demo data; null when not counted (a live draft)
 */
public record FigureValue(FigureRef ref, int year, String problem, long value, BigDecimal amount, String currency,
        List<Part> parts, Instant asOf, String name, String definition, int recordCount, Integer illustrativeCount) {

    public FigureValue {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public record Part(String code, String name, long count, BigDecimal amount) {
    }

    public boolean ok() {
        return problem == null;
    }

    /** Nothing recorded: no count, no sum, no record. */
    public boolean empty() {
        return ok() && value == 0 && recordCount == 0 && (amount == null || amount.signum() == 0);
    }

    public String formatted(Locale locale) {
        return amount != null ? FigureFormat.amount(amount, currency, locale) : FigureFormat.count(value, locale);
    }

    public String formatted(Part part, Locale locale) {
        return part.amount() != null && currency != null ? FigureFormat.amount(part.amount(), currency, locale)
                : FigureFormat.count(part.count(), locale);
    }

    public boolean illustrative() {
        return illustrativeCount != null && illustrativeCount > 0;
    }
}
