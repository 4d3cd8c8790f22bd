package org.ansoplatform.publications;

import java.util.UUID;

/**
 * One newsletter email, written in the subscriber's language: its Message-ID (derived from the issue and the
 * subscriber, the same at every attempt), the plain text and HTML parts, and the one-click unsubscribe address of
 * RFC 8058 with an optional mailto alternative (empty when none is configured). {@code storedText} is the text
 * kept in the platform's copy, without the unsubscribe link's secret.
 */
public record NewsletterMessage(UUID newsletterId, UUID subscriberId, String messageId, String to, String language,
        String subject, String text, String html, String unsubscribeUrl, String unsubscribeMailto, String storedText) {

    @Override
    public String toString() {
        return "NewsletterMessage[" + messageId + "]";
    }
}
