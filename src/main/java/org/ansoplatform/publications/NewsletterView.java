package org.ansoplatform.publications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;

/**
 * A newsletter issue: number, date, title and editorial per language, the ids of its articles in order, and how far its
 * sending went ({@code sent} of {@code total} messages, {@code failed} refused for good by the SMTP server; all 0 for a
 * draft).
 */
public record NewsletterView(UUID id, UUID seriesId, int number, LocalDate date, String dateNote, LocalizedText title,
        LocalizedText editorial, List<UUID> articles, NewsletterStatus status, Instant sendStartedAt, Instant sentAt,
        long sent, long failed, long total) {

    public String path() {
        return PublicationsPaths.newsletter(id);
    }

    public boolean draft() {
        return status == NewsletterStatus.DRAFT;
    }
}
