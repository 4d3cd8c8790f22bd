package org.ansoplatform.datasets;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/**
 * A curator returned a version to its depositor with comments (mailed to the depositor). {@code path} is the page the mail links to
 * (the depositor's page of the dataset, or the curator's).
 */
public record DatasetReturned(UUID datasetId, UUID versionId, int number, String title, UUID depositorId, String path,
        String comment, Actor actor) implements DatasetStepTaken {

    @Override
    public String action() {
        return "datasets.version.returned";
    }
}
