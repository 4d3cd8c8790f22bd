package org.ansoplatform.datasets;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/**
 * A curator published a version; {@code comment} holds its DOI (mailed to the depositor). {@code path} is the page the mail links to
 * (the depositor's page of the dataset, or the curator's).
 */
public record DatasetPublished(UUID datasetId, UUID versionId, int number, String title, UUID depositorId, String path,
        String comment, Actor actor) implements DatasetStepTaken {

    @Override
    public String action() {
        return "datasets.version.published";
    }
}
