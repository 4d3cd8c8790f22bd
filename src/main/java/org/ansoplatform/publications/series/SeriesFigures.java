package org.ansoplatform.publications.series;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.ansoplatform.publications.PublicationManagement;
import org.ansoplatform.publications.SeriesKind;
import org.ansoplatform.publications.SeriesView;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureScope;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Component;

/**
 * The yearly figures of {@code series}: issues published per series (a breakdown named by the series' titles),
 * advisory reports submitted in the year, and advisory reports up to the year's end (13 + 10 + 39 = 62 by 2021), both
 * by advisory series (every such series a part, at 0 where it has none). Each lists the issues it counts; a
 * restricted one shows as a count only to those who may not open it. A part's code, and the scope
 * {@code series=ID}, is the series' id: series have no code, and an id never changes when a title is corrected.
 */
@Component
public class SeriesFigures {

    public static final String ISSUES = "publications.issues", ADVISORY = "publications.advisoryReports",
            ADVISORY_CUMULATIVE = "publications.advisoryReportsCumulative";
    public static final String SERIES_SCOPE = "series";

    private final SeriesCountQueries counts;
    private final SeriesStore series;
    private final Clock clock;

    SeriesFigures(SeriesCountQueries counts, SeriesStore series, Clock clock) {
        this.counts = counts;
        this.series = series;
        this.clock = clock;
    }

    public List<Figure> figures(int year) {
        return figures(year, any -> true);
    }

    /** The figures of one series ({@code series=ID}), or empty when the scope names no series. */
    public Optional<List<Figure>> figures(int year, FigureScope scope) {
        if (!SERIES_SCOPE.equals(scope.kind())) {
            return Optional.empty();
        }
        return id(scope.value()).flatMap(series::byId).map(named -> {
            List<Figure> figures = figures(year, named.id()::equals);
            return named.kind() == SeriesKind.ADVISORY_REPORT_SERIES ? figures
                    : figures.stream().filter(figure -> figure.key().equals(ISSUES)).toList();
        });
    }

    /** Every series, by title, as an editor picks one. */
    public List<FigureScope.Choice> scopes() {
        return series.all().stream()
                .map(named -> new FigureScope.Choice(new FigureScope(SERIES_SCOPE, named.id().toString()), named.title())).toList();
    }

    private List<Figure> figures(int year, Predicate<UUID> kept) {
        Instant asOf = clock.instant();
        Map<UUID, SeriesView> titles = new LinkedHashMap<>();
        series.all().stream().filter(s -> kept.test(s.id())).forEach(s -> titles.put(s.id(), s));
        Map<UUID, List<RecordRef>> bySeries = new LinkedHashMap<>();
        counts.inYear(year).stream().filter(c -> kept.test(c.seriesId()))
                .forEach(c -> bySeries.computeIfAbsent(c.seriesId(), k -> new ArrayList<>()).add(PublicationManagement.issueRef(c.issueId())));
        List<Figure.Part> parts = bySeries.entrySet().stream().map(e -> Figure.Part.named(e.getKey().toString(),
                titles.get(e.getKey()).title(), e.getValue())).toList();
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.breakdown(ISSUES, parts, asOf));
        figures.add(advisory(ADVISORY, counts.ofKind(SeriesKind.ADVISORY_REPORT_SERIES, year, false), titles, kept, asOf));
        figures.add(advisory(ADVISORY_CUMULATIVE, counts.ofKind(SeriesKind.ADVISORY_REPORT_SERIES, year, true), titles, kept, asOf));
        return figures;
    }

    /** Advisory reports with a part per advisory series, at 0 where the series has none (so a report may name it). */
    private static Figure advisory(String key, List<SeriesCountQueries.Counted> counted, Map<UUID, SeriesView> titles,
            Predicate<UUID> kept, Instant asOf) {
        Map<UUID, List<RecordRef>> bySeries = new LinkedHashMap<>();
        titles.values().stream().filter(s -> s.kind() == SeriesKind.ADVISORY_REPORT_SERIES)
                .forEach(s -> bySeries.put(s.id(), new ArrayList<>()));
        List<RecordRef> all = new ArrayList<>();
        for (SeriesCountQueries.Counted issue : counted) {
            if (kept.test(issue.seriesId())) {
                RecordRef ref = PublicationManagement.issueRef(issue.issueId());
                all.add(ref);
                bySeries.computeIfAbsent(issue.seriesId(), k -> new ArrayList<>()).add(ref);
            }
        }
        List<Figure.Part> parts = bySeries.entrySet().stream().map(e -> Figure.Part.named(e.getKey().toString(),
                titles.containsKey(e.getKey()) ? titles.get(e.getKey()).title() : null, e.getValue())).toList();
        return new Figure(key, all.size(), null, null, parts, asOf, all);
    }

    private static Optional<UUID> id(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
