package org.ansoplatform.datasets;

import java.util.UUID;

import org.ansoplatform.shared.AuditedEvent;

/**
 * A step of a version's curation (submitted, taken for review, returned, published, withdrawn): each is its own event
 * so that listeners (the mail, the harvest copy) name the step they act on, and all are logged alike, against the
 * version, with its number and title. {@code path} is the page a mail about it links to.
 */
public interface DatasetStepTaken extends AuditedEvent {

    UUID datasetId();

    UUID versionId();

    int number();

    String title();

    UUID depositorId();

    String path();

    /** The curator's comments, or the DOI of a published version; null when the step has none. */
    String comment();

    @Override
    default String recordType() {
        return DatasetsPaths.VERSION;
    }

    @Override
    default String recordId() {
        return versionId().toString();
    }

    @Override
    default String detail() {
        return "v" + number() + " " + title();
    }
}
