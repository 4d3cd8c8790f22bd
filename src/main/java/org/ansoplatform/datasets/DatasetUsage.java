package org.ansoplatform.datasets;

import java.util.UUID;

/**
 * Usage counts after COUNTER's Code of Practice for Research Data, kept by {@code harvest}: the landing page records
 * an investigation, a download a request (which COUNTER also counts as an investigation). Double clicks within 30
 * seconds count once; robots are not counted.
 */
public interface DatasetUsage {

    void investigation(UUID datasetId, UUID versionId, UsageVisit visit);

    void request(UUID datasetId, UUID versionId, UsageVisit visit);

    /** The counts of one version since it was published. */
    UsageTotals ofVersion(UUID versionId);

    /** The counts of every version of a dataset. */
    UsageTotals ofDataset(UUID datasetId);
}
