package org.ansoplatform.datasets;

/**
 * Where a dataset's version stands: a draft its depositor edits, submitted to the curators, in review by one
 * curator, returned to the depositor with comments (editable again), published, or withdrawn (a tombstone that keeps
 * the citation resolvable). Only a curator moves a version past SUBMITTED.
 */
public enum DatasetStatus {
    DRAFT, SUBMITTED, IN_REVIEW, RETURNED, PUBLISHED, WITHDRAWN
}
