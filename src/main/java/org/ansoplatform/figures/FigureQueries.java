package org.ansoplatform.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.Records;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureScope;
import org.ansoplatform.shared.FigureSource;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The figures of a year across modules, one figure by key, and the records it counts as the reader may see them.
 * Every {@link FigureSource} bean is collected; a module's figures are computed when asked (as of the call), so
 * nothing here is stored or cached.
 */
@Service
public class FigureQueries {

    /** The years a figure may be asked for: anything else is a typing error, refused with a message. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    private final List<FigureSource> sources;
    private final Records records;

    FigureQueries(List<FigureSource> sources, Records records) {
        this.sources = sources.stream().sorted(Comparator.comparing(FigureSource::module)).toList();
        this.records = records;
    }

    /** One module's figures of the year, in the order the module gives them. */
    public record ModuleFigures(String module, List<Figure> figures) {
    }

    /**
     * The records a figure (or one part of it) counts, as the reader may see them: the visible ones paged, and how
     * many of the rest the reader may not see (never which).
     */
    public record RecordPage(Figure figure, Figure.Part part, PageResult<RecordView> visible, long hidden) {
    }

    /** Why a {@link FigureRef} names no value. */
    public enum Problem {
        /** No module offers the key (or its module is unknown). */
        UNKNOWN_FIGURE,
        /** The module has no such scope kind, or no record of that value. */
        UNKNOWN_SCOPE,
        /** The figure has no part with that code. */
        UNKNOWN_PART,
        /** The year is outside the years figures are kept for. */
        YEAR
    }

    /**
     * What a {@link FigureRef} names in a year: the figure (and the part, where one is named), or the problem. The
     * value is the part's count, the number of parts for {@code #parts}, or the figure's count.
     */
    public record Resolved(FigureRef ref, int year, Figure figure, Figure.Part part, Problem problem) {

        public boolean ok() {
            return problem == null;
        }

        public long value() {
            if (!ok()) {
                return 0;
            }
            return ref.countParts() ? figure.parts().size() : part != null ? part.count() : figure.count();
        }

        /** The sum of money named, or null when the value is a count. */
        public BigDecimal amount() {
            if (!ok() || ref.countParts() || !figure.isAmount()) {
                return null;
            }
            return part != null ? part.amount() : figure.amount();
        }

        /** The records the value counts. */
        public List<RecordRef> records() {
            if (!ok()) {
                return List.of();
            }
            return part != null ? part.records() : figure.records();
        }
    }

    /**
     * Every reference at once, each module computed once per scope and year however many references name it: a
     * report with a hundred embedded figures costs one pass per module, not a hundred.
     */
    public Map<FigureRef, Resolved> resolve(Collection<FigureRef> refs, int reportYear) {
        Map<String, Optional<List<Figure>>> computed = new HashMap<>();
        Map<FigureRef, Resolved> result = new LinkedHashMap<>();
        for (FigureRef ref : refs) {
            int year = ref.yearOr(reportYear);
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                result.put(ref, new Resolved(ref, year, null, null, Problem.YEAR));
                continue;
            }
            FigureSource source = sources.stream().filter(candidate -> candidate.module().equals(ref.module())).findFirst().orElse(null);
            if (source == null) {
                result.put(ref, new Resolved(ref, year, null, null, Problem.UNKNOWN_FIGURE));
                continue;
            }
            FigureScope scope = ref.scope();
            Optional<List<Figure>> figures = computed.computeIfAbsent(ref.module() + "|" + scope + "|" + year,
                    any -> scope == null ? Optional.of(source.figures(year)) : source.figures(year, scope));
            if (figures.isEmpty()) {
                result.put(ref, new Resolved(ref, year, null, null, Problem.UNKNOWN_SCOPE));
                continue;
            }
            Figure figure = figures.get().stream().filter(candidate -> candidate.key().equals(ref.key())).findFirst().orElse(null);
            if (figure == null) {
                result.put(ref, new Resolved(ref, year, null, null, scope == null ? Problem.UNKNOWN_FIGURE : Problem.UNKNOWN_SCOPE));
                continue;
            }
            Figure.Part part = null;
            if (ref.part() != null) {
                part = figure.parts().stream().filter(candidate -> candidate.code().equals(ref.part())).findFirst().orElse(null);
                if (part == null) {
                    result.put(ref, new Resolved(ref, year, figure, null, Problem.UNKNOWN_PART));
                    continue;
                }
            }
            result.put(ref, new Resolved(ref, year, figure, part, null));
        }
        return result;
    }

    /** The scopes each module offers for the year, by module, for an editor to choose from. */
    public Map<String, List<FigureScope.Choice>> scopes(int year) {
        check(year);
        Map<String, List<FigureScope.Choice>> result = new LinkedHashMap<>();
        for (FigureSource source : sources) {
            List<FigureScope.Choice> choices = source.scopes(year);
            if (!choices.isEmpty()) {
                result.put(source.module(), choices);
            }
        }
        return result;
    }

    /**
     * A reference's name in the reader's language: the figure's name, then the scope's label as its module gives it
     * among the year's choices ("Applications — ANSO Scholarship for Young Talents 2021"); a scope the module does not
     * list for the year is written as typed. The part and the year are left to the caller, who has them resolved.
     */
    public String name(FigureRef ref, int reportYear, MessageSource messages, Locale locale) {
        String name = FigureFormat.name(ref.key(), messages, locale);
        if (ref.scope() == null) {
            return name;
        }
        int year = ref.yearOr(reportYear);
        String scope = year < FIRST_YEAR || year > LAST_YEAR ? ref.scope().toString()
                : sources.stream().filter(source -> source.module().equals(ref.module())).findFirst()
                        .flatMap(source -> source.scopes(year).stream().filter(choice -> choice.scope().equals(ref.scope())).findFirst())
                        .map(choice -> choice.label() == null ? ref.scope().toString() : choice.label().in(locale))
                        .filter(label -> !label.isBlank()).orElse(ref.scope().toString());
        return name + " — " + scope;
    }

    /** A resolved reference's name with its part's ("Awardees — ANSO Scholarship for Young Talents 2021 — PhD"). */
    public String name(Resolved resolved, MessageSource messages, Locale locale) {
        String name = name(resolved.ref(), resolved.year(), messages, locale);
        return resolved.part() == null ? name : name + " — " + FigureFormat.partName(resolved.part(), messages, locale);
    }

    /** Every module's figures of the year, modules by name. */
    public List<ModuleFigures> ofYear(int year) {
        check(year);
        List<ModuleFigures> result = new ArrayList<>();
        for (FigureSource source : sources) {
            result.add(new ModuleFigures(source.module(), source.figures(year)));
        }
        return result;
    }

    /** The figure of the year with this key; a key no module offers is not found. */
    public Figure figure(String key, int year) {
        check(year);
        String module = key == null ? "" : key.split("\\.", 2)[0];
        return sources.stream().filter(source -> source.module().equals(module))
                .flatMap(source -> source.figures(year).stream())
                .filter(figure -> figure.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("figure " + key));
    }

    /**
     * The records the figure counts, or those of one part of its breakdown ({@code part} a part's code; null or
     * blank for all), described for the reader; an unknown part is not found.
     */
    public RecordPage records(String key, int year, String part, Reader reader, Locale locale, PageRequest page) {
        Figure figure = figure(key, year);
        Figure.Part chosen = null;
        List<RecordRef> refs = figure.records();
        if (part != null && !part.isBlank()) {
            chosen = figure.parts().stream().filter(candidate -> candidate.code().equals(part.strip())).findFirst()
                    .orElseThrow(() -> new NotFoundException("part " + part + " of figure " + key));
            refs = chosen.records();
        }
        List<RecordView> views = records.describe(refs, reader, locale);
        List<RecordView> visible = views.stream().filter(RecordView::visible).toList();
        int from = (int) Math.min(page.offset(), visible.size());
        int to = Math.min(from + page.size(), visible.size());
        return new RecordPage(figure, chosen, new PageResult<>(visible.subList(from, to), page.page(), page.size(), visible.size()),
                views.size() - visible.size());
    }

    private static void check(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException("year", "figures.error.year");
        }
    }
}
