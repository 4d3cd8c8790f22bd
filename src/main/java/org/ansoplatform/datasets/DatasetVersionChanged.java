package org.ansoplatform.datasets;

import java.time.Instant;
import java.util.List;

/**
 * A version was published, its public metadata changed, or it was withdrawn ({@code description.withdrawn()}):
 * harvesting keeps its own copy of each record from this event (the OAI-PMH datestamp is {@code at}), so a harvest
 * never reads deposit's tables and costs the same on every page.
 */
public record DatasetVersionChanged(DatasetDescription description, List<HarvestSet> sets, Instant at) {

    public DatasetVersionChanged {
        sets = sets == null ? List.of() : List.copyOf(sets);
    }
}
