package org.ansoplatform.projects;

/**
 * What a project produced. PUBLICATION, DATASET, MEETING and TRAINING usually link the record in its own module;
 * BENEFICIARIES counts people who benefited and the places they live in.
 */
public enum OutputKind {
    PUBLICATION, DATASET, TRAINING, MEETING, TECHNOLOGY, ADVISORY_REPORT, SOFTWARE, BENEFICIARIES, MEDIA, OTHER
}
