package org.ansoplatform.governance;

/** What a decision (or a motion) is about. */
public enum SubjectType {
    APPLICATION, AMENDMENT, MANDATE, POSTPONEMENT, ASSOCIATION, ELECTION, OFFICE, OTHER,
    /** Another module's record, named by a {@code RecordRef} and offered by its {@link DecisionSubjectSource}. */
    RECORD
}
