package org.ansoplatform.datasets.deposit;

import java.time.Instant;
import java.util.UUID;

import org.ansoplatform.datasets.DatasetStatus;
import org.ansoplatform.datasets.DatasetsPaths;

/** One version of a dataset as deposit's pages and services read it. */
public record VersionView(UUID id, UUID datasetId, int number, DatasetStatus status, DatasetMetadata metadata,
        UUID depositorId, UUID curatorId, String doi, Instant publishedAt, Instant withdrawnAt, String withdrawReason,
        Instant createdAt, Instant updatedAt) {

    /** The depositor may change it: a draft, or returned by a curator. */
    public boolean editable() {
        return status == DatasetStatus.DRAFT || status == DatasetStatus.RETURNED;
    }

    public boolean submitted() {
        return status == DatasetStatus.SUBMITTED;
    }

    public boolean inReview() {
        return status == DatasetStatus.IN_REVIEW;
    }

    public boolean published() {
        return status == DatasetStatus.PUBLISHED;
    }

    public boolean withdrawn() {
        return status == DatasetStatus.WITHDRAWN;
    }

    /** Published once (the landing page shows it, a tombstone if withdrawn). */
    public boolean public_() {
        return published() || withdrawn();
    }

    public String path() {
        return DatasetsPaths.version(datasetId, number);
    }

    public String title(String language) {
        return metadata.title(language);
    }
}
