package org.ansoplatform.governance;

/** What a decision (or a motion) is about. */
public enum SubjectType {
    APPLICATION, AMENDMENT, MANDATE, POSTPONEMENT, ASSOCIATION, OTHER
}
