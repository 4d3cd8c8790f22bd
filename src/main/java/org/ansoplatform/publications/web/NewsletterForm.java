package org.ansoplatform.publications.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.ansoplatform.publications.NewsletterCommand;
import org.ansoplatform.publications.NewsletterView;
import org.ansoplatform.shared.LocalizedText;

/**
 * A newsletter issue as the editors' form types it: number, date, title and editorial per language, articles in order,
 * and the newsletter series it becomes an issue of when it goes out (none: it stays on its own).
 */
public record NewsletterForm(@NotNull(message = "{newsletter.error.number}") @Min(value = 1, message = "{newsletter.error.number}") Integer number,
        @NotNull(message = "{news.error.date}") LocalDate date, String dateNote, Map<String, String> title,
        Map<String, String> editorial, List<UUID> articles, Map<UUID, Integer> positions, UUID series) {

    static NewsletterForm blank(int number, LocalDate today, UUID series) {
        return new NewsletterForm(number, today, "", Map.of(), Map.of(), List.of(), Map.of(), series);
    }

    static NewsletterForm of(NewsletterView n) {
        Map<UUID, Integer> positions = new java.util.HashMap<>();
        for (int i = 0; i < n.articles().size(); i++) {
            positions.put(n.articles().get(i), i + 1);
        }
        return new NewsletterForm(n.number(), n.date(), n.dateNote(), n.title().values(), n.editorial().values(), n.articles(), positions,
                n.seriesId());
    }

    NewsletterCommand command() {
        return new NewsletterCommand(number, date, dateNote, LocalizedText.of(title), LocalizedText.of(editorial),
                ordered(), series);
    }

    /** The chosen articles by the positions typed (unnumbered ones last, as listed). */
    List<UUID> ordered() {
        if (articles == null) {
            return List.of();
        }
        java.util.Map<UUID, Integer> typed = positions == null ? Map.of() : positions;
        return articles.stream().sorted(java.util.Comparator.comparing(
                (UUID id) -> typed.get(id) == null ? Integer.MAX_VALUE : typed.get(id))).toList();
    }

    public boolean has(UUID article) {
        return articles != null && articles.contains(article);
    }

    public Integer position(UUID article) {
        return positions == null ? null : positions.get(article);
    }
}
