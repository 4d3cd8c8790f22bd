package org.ansoplatform.datasets;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A depositor started a dataset, or a new version of a published one ({@code number} above 1). */
public record DatasetDrafted(UUID datasetId, UUID versionId, int number, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return number == 1 ? "datasets.dataset.created" : "datasets.version.created";
    }

    @Override
    public String recordType() {
        return number == 1 ? DatasetsPaths.DATASET : DatasetsPaths.VERSION;
    }

    @Override
    public String recordId() {
        return (number == 1 ? datasetId : versionId).toString();
    }
}
