package org.ansoplatform.publications.news;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ansoplatform.publications.NewsView;
import org.ansoplatform.publications.NewsletterView;

/**
 * A newsletter issue as it is read in one language: its texts in that language (English, then any, where missing)
 * and its articles in order. The web edition, the PDF and the email are rendered from it.
 */
public record NewsletterEdition(NewsletterView newsletter, List<NewsView> articles, Locale locale) {

    public static NewsletterEdition of(NewsletterView newsletter, List<NewsView> found, Locale locale) {
        Map<UUID, NewsView> byId = found.stream().collect(Collectors.toMap(NewsView::id, n -> n));
        return new NewsletterEdition(newsletter, newsletter.articles().stream().map(byId::get).filter(n -> n != null).toList(), locale);
    }

    public String title() {
        return newsletter.title().in(locale);
    }

    public String editorial() {
        return newsletter.editorial().in(locale);
    }

    /** The editorial's or an article's paragraphs (a blank line separates them), for templates to write as {@code <p>}. */
    public static List<String> paragraphs(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\R\\s*\\R"));
    }
}
