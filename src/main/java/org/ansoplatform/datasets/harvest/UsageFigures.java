package org.ansoplatform.datasets.harvest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ansoplatform.shared.Figure;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly usage figures: downloads (COUNTER's Total_Dataset_Requests) and investigations (Total_Dataset_Investigations,
 * requests included) counted in the year. Uses are not records: counts only, no records to trace.
 */
@Component
@Transactional(readOnly = true)
public class UsageFigures {

    private final UsageStore store;
    private final Clock clock;

    UsageFigures(UsageStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public List<Figure> figures(int year) {
        Instant asOf = clock.instant();
        return List.of(Figure.count("datasets.downloads", store.countIn(year, UsageKind.REQUEST), List.of(), asOf),
                Figure.count("datasets.investigations", store.countIn(year, UsageKind.INVESTIGATION), List.of(), asOf));
    }
}
