package org.ansoplatform.datasets.harvest;

import java.util.UUID;

import org.ansoplatform.datasets.DatasetUsage;
import org.ansoplatform.datasets.UsageTotals;
import org.ansoplatform.datasets.UsageVisit;
import org.springframework.stereotype.Component;

/** COUNTER usage counts (contracts commit: part O fills them in; until then nothing is counted). */
@Component
class UsageCounts implements DatasetUsage {

    @Override
    public void investigation(UUID datasetId, UUID versionId, UsageVisit visit) {
    }

    @Override
    public void request(UUID datasetId, UUID versionId, UsageVisit visit) {
    }

    @Override
    public UsageTotals ofVersion(UUID versionId) {
        return UsageTotals.NONE;
    }

    @Override
    public UsageTotals ofDataset(UUID datasetId) {
        return UsageTotals.NONE;
    }
}
