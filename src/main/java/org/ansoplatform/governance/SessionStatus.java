package org.ansoplatform.governance;

/** Whether a session is still planned, was held or was postponed. */
public enum SessionStatus {
    PLANNED, HELD, POSTPONED
}
