package org.ansoplatform.calls.messaging;

import java.util.UUID;

/** A mailing was stored with its recipients: the sender starts on it at once instead of at its next round. */
public record MailingQueued(UUID mailingId) {
}
