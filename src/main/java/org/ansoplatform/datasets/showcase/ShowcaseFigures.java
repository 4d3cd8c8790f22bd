package org.ansoplatform.datasets.showcase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.ansoplatform.shared.Figure;
import org.springframework.stereotype.Component;

/**
 * The yearly figure of {@code showcase}: applications first published in the year (UTC) and still published, each
 * listed. A withdrawn showcase is no longer counted.
 */
@Component
public class ShowcaseFigures {

    public static final String PUBLISHED = "datasets.showcasesPublished";

    private final ShowcaseStore store;
    private final Clock clock;

    ShowcaseFigures(ShowcaseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public List<Figure> figures(int year) {
        var from = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        var to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return List.of(Figure.count(PUBLISHED, store.publishedBetween(from, to).stream().map(ShowcaseManagement::ref).toList(),
                clock.instant()));
    }
}
