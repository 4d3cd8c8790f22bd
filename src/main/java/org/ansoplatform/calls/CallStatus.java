package org.ansoplatform.calls;

/** DRAFT: being built, not shown. OPEN: published; accepts submissions between its opening and closing. */
public enum CallStatus {
    DRAFT, OPEN, CLOSED, ARCHIVED
}
