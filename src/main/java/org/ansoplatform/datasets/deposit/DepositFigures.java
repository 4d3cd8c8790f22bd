package org.ansoplatform.datasets.deposit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Component;

/**
 * The yearly figures of {@code deposit} (years in UTC): datasets first published in the year (their first version),
 * versions published in the year, and the files of those versions. Each lists the records it counts (datasets,
 * versions); withdrawn versions still count, since they were published.
 */
@Component
public class DepositFigures {

    public static final String DATASETS = "datasets.published", VERSIONS = "datasets.versionsPublished",
            FILES = "datasets.filesPublished";

    private final DatasetQueries queries;
    private final Clock clock;

    DepositFigures(DatasetQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public List<Figure> figures(int year) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<VersionView> versions = queries.publishedBetween(from, to);
        List<RecordRef> datasets = versions.stream().filter(v -> v.number() == 1)
                .map(v -> DatasetPublishing.conceptRef(v.datasetId())).toList();
        List<RecordRef> versionRefs = versions.stream().map(v -> DatasetPublishing.versionRef(v.id())).toList();
        long files = queries.fileCount(versions.stream().map(VersionView::id).toList());
        Instant asOf = clock.instant();
        return List.of(Figure.count(DATASETS, datasets, asOf), Figure.count(VERSIONS, versionRefs, asOf),
                Figure.count(FILES, files, versionRefs, asOf));
    }
}
