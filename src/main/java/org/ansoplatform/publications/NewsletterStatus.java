package org.ansoplatform.publications;

/** A newsletter issue is edited as a draft, then sent: SENDING while its outbox has unsent rows, SENT after the last. */
public enum NewsletterStatus {
    DRAFT, SENDING, SENT
}
