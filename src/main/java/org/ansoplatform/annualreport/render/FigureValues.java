package org.ansoplatform.annualreport.render;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.annualreport.editions.FrozenFigure;
import org.ansoplatform.annualreport.editions.FrozenStore;
import org.ansoplatform.figures.FigureFormat;
import org.ansoplatform.figures.FigureQueries;
import org.ansoplatform.figures.FigureRef;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The values an edition names, in a language: computed live for a draft (every reference at once, through
 * {@link FigureQueries#resolve}), or read from the frozen figures of a frozen edition, which never counts again.
 * Names a scoped figure "Applications — ANSO Scholarship for Young Talents 2021", and a part after it.
 */
@Component
public class FigureValues {

    /** Parts largest first: sums by their amount, counts by their count. */
    static final Comparator<FigureValue.Part> LARGEST_FIRST = Comparator
            .comparing((FigureValue.Part p) -> p.amount() != null ? p.amount() : java.math.BigDecimal.valueOf(p.count())).reversed();

    private final FigureQueries figures;
    private final FrozenStore frozen;
    private final MessageSource messages;

    FigureValues(FigureQueries figures, FrozenStore frozen, MessageSource messages) {
        this.figures = figures;
        this.frozen = frozen;
        this.messages = messages;
    }

    /** Live values of a draft, with the resolutions they came from (for record lists and freezing). */
    public record Live(Map<FigureRef, FigureValue> values, Map<FigureRef, FigureQueries.Resolved> resolved) {
    }

    public Live live(Collection<FigureRef> refs, int year, Locale locale) {
        Map<FigureRef, FigureQueries.Resolved> resolved = refs.isEmpty() ? Map.of() : figures.resolve(refs, year);
        Map<String, List<FigureScope.Choice>> scopes = refs.stream().anyMatch(ref -> ref.scope() != null)
                ? scopesOf(resolved.values()) : Map.of();
        Map<FigureRef, FigureValue> values = new LinkedHashMap<>();
        resolved.forEach((ref, r) -> values.put(ref, value(r, locale, scopes)));
        return new Live(values, resolved);
    }

    /** The frozen values of an edition, by reference as written. */
    public Map<FigureRef, FigureValue> frozen(UUID editionId, Locale locale) {
        Map<FigureRef, FigureValue> values = new LinkedHashMap<>();
        for (FrozenFigure f : frozen.figures(editionId)) {
            FigureRef.parse(f.ref()).ifPresent(ref -> values.put(ref, frozenValue(ref, f, locale)));
        }
        return values;
    }

    /** The scopes the modules offer for the years named: one call per year. */
    public Map<String, List<FigureScope.Choice>> scopesOf(Collection<FigureQueries.Resolved> resolved) {
        Map<String, List<FigureScope.Choice>> scopes = new HashMap<>();
        resolved.stream().map(FigureQueries.Resolved::year).distinct()
                .filter(year -> year >= FigureQueries.FIRST_YEAR && year <= FigureQueries.LAST_YEAR)
                .forEach(year -> figures.scopes(year).forEach((module, choices) -> scopes.merge(module, choices,
                        (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList())));
        return scopes;
    }

    /** A live value in one language. */
    public FigureValue value(FigureQueries.Resolved r, Locale locale, Map<String, List<FigureScope.Choice>> scopes) {
        FigureRef ref = r.ref();
        if (!r.ok()) {
            return new FigureValue(ref, r.year(), r.problem().name(), 0, null, null, List.of(), null,
                    FigureFormat.name(ref.key(), messages, locale), "", 0, null);
        }
        Figure figure = r.figure();
        List<FigureValue.Part> parts = figure.parts().stream()
                .map(p -> new FigureValue.Part(p.code(), FigureFormat.partName(p, messages, locale), p.count(), p.amount()))
                .sorted(LARGEST_FIRST).toList();
        return new FigureValue(ref, r.year(), null, r.value(), r.amount(), r.amount() == null ? null : figure.currency(),
                ref.part() == null && !ref.countParts() ? parts : List.of(), figure.asOf(), name(r, locale, scopes),
                FigureFormat.definition(ref.key(), messages, locale), r.records().size(), null);
    }

    /** "Name — scope — part", in a language. */
    public String name(FigureQueries.Resolved r, Locale locale, Map<String, List<FigureScope.Choice>> scopes) {
        FigureRef ref = r.ref();
        StringBuilder name = new StringBuilder(FigureFormat.name(ref.key(), messages, locale));
        if (ref.scope() != null) {
            String label = scopes.getOrDefault(ref.module(), List.of()).stream().filter(c -> c.scope().equals(ref.scope()))
                    .map(c -> c.label().in(locale)).findFirst().orElse(ref.scope().value());
            name.append(" — ").append(label);
        }
        if (r.part() != null) {
            name.append(" — ").append(FigureFormat.partName(r.part(), messages, locale));
        }
        if (ref.countParts()) {
            name.append(" — ").append(messages.getMessage("annualreport.figure.parts", null, locale));
        }
        if (ref.year() != null) {
            name.append(" (").append(ref.year()).append(')');
        }
        return name.toString();
    }

    private static FigureValue frozenValue(FigureRef ref, FrozenFigure f, Locale locale) {
        List<FigureValue.Part> parts = f.parts().stream().map(p -> new FigureValue.Part(p.code(),
                p.label() == null || p.label().isEmpty() ? p.code() : text(p.label(), locale), p.count(), p.amount()))
                .sorted(LARGEST_FIRST).toList();
        return new FigureValue(ref, f.year(), f.problem(), f.value(), f.amount(), f.currency(), parts, f.asOf(),
                text(f.name(), locale), text(f.definition(), locale), f.recordCount(), f.illustrativeCount());
    }

    static String text(Map<String, String> texts, Locale locale) {
        String text = texts.get(locale.getLanguage());
        return text != null ? text : texts.getOrDefault("en", texts.values().stream().findFirst().orElse(""));
    }
}
