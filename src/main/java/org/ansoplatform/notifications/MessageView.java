package org.ansoplatform.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** One email as the platform sent it. */
public record MessageView(UUID id, UUID recipientId, String recipientEmail, String kind, String language,
        String subject, String body, Instant createdAt, Delivery delivery, Instant sentAt) {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** The links in the body, so that pages can offer them as links. */
    public List<String> links() {
        return LINK.matcher(body).results().map(match -> match.group()).toList();
    }
}
