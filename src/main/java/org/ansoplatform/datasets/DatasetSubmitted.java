package org.ansoplatform.datasets;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/**
 * A depositor submitted a version to the curators (mailed to every curator). {@code path} is the page the mail links to
 * (the depositor's page of the dataset, or the curator's).
 */
public record DatasetSubmitted(UUID datasetId, UUID versionId, int number, String title, UUID depositorId, String path,
        String comment, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "datasets.version.submitted";
    }

    @Override
    public String recordType() {
        return DatasetsPaths.VERSION;
    }

    @Override
    public String recordId() {
        return versionId.toString();
    }

    @Override
    public String detail() {
        return "v" + number + " " + title;
    }
}
