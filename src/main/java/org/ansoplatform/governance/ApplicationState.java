package org.ansoplatform.governance;

/** Where a membership application stands. */
public enum ApplicationState {
    SUBMITTED, INFORMATION_REQUESTED, COMPLETE, ENDORSED, APPROVED, REJECTED
}
