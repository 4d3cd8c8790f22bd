package org.ansoplatform.publications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.ansoplatform.shared.LocalizedText;

/** A news article with its texts in every language it has; {@code imagePath} is null without an image. */
public record NewsView(UUID id, LocalizedText title, LocalizedText summary, LocalizedText body, NewsCategory category,
        LocalDate date, String dateNote, UUID imageFileId, NewsStatus status, Instant createdAt, Instant updatedAt,
        Instant publishedAt) {

    public boolean published() {
        return status == NewsStatus.PUBLISHED;
    }

    public String path() {
        return PublicationsPaths.news(id);
    }

    public String imagePath() {
        return imageFileId == null ? null : PublicationsPaths.news(id) + "/image";
    }

    @JsonIgnore
    public NewsCard card(Locale locale) {
        return new NewsCard(id, title.in(locale), summary.in(locale), category.name(), date, imagePath(), path());
    }
}
