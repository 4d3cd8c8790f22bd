package org.ansoplatform.notifications;

public enum Delivery {
    /** Handed to the SMTP server. */
    SENT,
    /** No SMTP server is configured: kept for an administrator to read, like a mail catcher. */
    OUTBOX
}
