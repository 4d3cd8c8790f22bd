package org.ansoplatform.annualreport.editions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A figure as the Board's decision froze it: the value, its parts, when it was computed, its name and definition in
 * every language, and how many of the records it counted are illustrative demo data.
 */
public record FrozenFigure(String ref, String key, String scope, String part, int year, long value, BigDecimal amount,
        String currency, List<Part> parts, Instant asOf, Map<String, String> name, Map<String, String> definition,
        int illustrativeCount, String problem, int recordCount) {

    public FrozenFigure {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** One part of the breakdown: its code, kind, name in every language, count and amount. */
    public record Part(String code, String kind, Map<String, String> label, long count, BigDecimal amount) {
    }
}
