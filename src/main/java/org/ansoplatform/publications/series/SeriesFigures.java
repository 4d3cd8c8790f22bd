package org.ansoplatform.publications.series;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.publications.PublicationManagement;
import org.ansoplatform.publications.SeriesKind;
import org.ansoplatform.publications.SeriesView;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Component;

/**
 * The yearly figures of {@code series}: issues published per series (a breakdown named by the series' titles),
 * advisory reports submitted in the year, and advisory reports up to the year's end (13 + 10 + 39 = 62 by 2021).
 * Each lists the issues it counts; a restricted one shows as a count only to those who may not open it.
 */
@Component
public class SeriesFigures {

    public static final String ISSUES = "publications.issues", ADVISORY = "publications.advisoryReports",
            ADVISORY_CUMULATIVE = "publications.advisoryReportsCumulative";

    private final SeriesCountQueries counts;
    private final SeriesStore series;
    private final Clock clock;

    SeriesFigures(SeriesCountQueries counts, SeriesStore series, Clock clock) {
        this.counts = counts;
        this.series = series;
        this.clock = clock;
    }

    public List<Figure> figures(int year) {
        Instant asOf = clock.instant();
        Map<UUID, SeriesView> titles = new LinkedHashMap<>();
        series.all().forEach(s -> titles.put(s.id(), s));
        Map<UUID, List<RecordRef>> bySeries = new LinkedHashMap<>();
        counts.inYear(year).forEach(c -> bySeries.computeIfAbsent(c.seriesId(), k -> new ArrayList<>())
                .add(PublicationManagement.issueRef(c.issueId())));
        List<Figure.Part> parts = bySeries.entrySet().stream().map(e -> Figure.Part.named(e.getKey().toString(),
                titles.get(e.getKey()).title(), e.getValue())).toList();
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.breakdown(ISSUES, parts, asOf));
        figures.add(Figure.count(ADVISORY, refs(counts.ofKind(SeriesKind.ADVISORY_REPORT_SERIES, year, false)), asOf));
        figures.add(Figure.count(ADVISORY_CUMULATIVE, refs(counts.ofKind(SeriesKind.ADVISORY_REPORT_SERIES, year, true)), asOf));
        return figures;
    }

    private static List<RecordRef> refs(List<SeriesCountQueries.Counted> counted) {
        return counted.stream().map(c -> PublicationManagement.issueRef(c.issueId())).toList();
    }
}
