package org.ansoplatform.publications.news;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.publications.AccessPolicy;
import org.ansoplatform.publications.IssueCommand;
import org.ansoplatform.publications.NewsView;
import org.ansoplatform.publications.NewsletterView;
import org.ansoplatform.publications.PublicationManagement;
import org.ansoplatform.publications.PublicationQueries;
import org.ansoplatform.publications.SeriesKind;
import org.ansoplatform.publications.SeriesView;
import org.ansoplatform.publications.PublicationsPaths;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Component;

/**
 * A newsletter that goes out (sent, or archived as sent before the platform) becomes a public issue of the series it
 * names (the editors' form proposes the oldest newsletter series): so that the series counts its issues like any other, its feed and
 * the latest publications show it, and it has a DOI. The issue carries the newsletter's number, date, titles and
 * editorial, its PDF in each language of its title, and links to the newsletter and its articles. The series' rules
 * apply (a new number, a date in order) and refuse the sending otherwise. Naming no series, it stays on its own.
 */
@Component
public class NewsletterIssues {

    private final PublicationManagement publications;
    private final PublicationQueries queries;
    private final NewsStore news;
    private final NewsletterRenderer renderer;

    NewsletterIssues(PublicationManagement publications, PublicationQueries queries, NewsStore news, NewsletterRenderer renderer) {
        this.publications = publications;
        this.queries = queries;
        this.news = news;
        this.renderer = renderer;
    }

    /** The series the editors' form proposes: the oldest newsletter series. */
    public Optional<UUID> defaultSeries() {
        return queries.seriesByKind(SeriesKind.NEWSLETTER).stream().map(SeriesView::id).findFirst();
    }

    public boolean isNewsletterSeries(UUID id) {
        return queries.seriesByKind(SeriesKind.NEWSLETTER).stream().anyMatch(s -> s.id().equals(id));
    }

    /** Publishes the newsletter as an issue of the series it names; answers the issue, or empty when it names none. */
    public Optional<UUID> publish(NewsletterView newsletter, boolean illustrative, Actor actor) {
        Optional<UUID> series = Optional.ofNullable(newsletter.seriesId());
        if (series.isEmpty()) {
            return Optional.empty();
        }
        List<NewsView> articles = news.byIds(newsletter.articles());
        List<String> links = new ArrayList<>();
        links.add(RecordRef.of(PublicationsPaths.MODULE, PublicationsPaths.NEWSLETTER, newsletter.id()).toString());
        articles.forEach(a -> links.add(RecordRef.of(PublicationsPaths.MODULE, PublicationsPaths.NEWS, a.id()).toString()));
        UUID issue = publications.draftIssue(series.get(), new IssueCommand(newsletter.number(), null, newsletter.date(),
                newsletter.title(), newsletter.editorial().isEmpty() ? null : newsletter.editorial(), List.of(), List.of(),
                List.of(), links, AccessPolicy.PUBLIC, null, List.of(), List.of()), illustrative, actor);
        for (String language : newsletter.title().values().keySet().stream().sorted().toList()) {
            byte[] pdf = renderer.pdf(NewsletterEdition.of(newsletter, articles, Locale.forLanguageTag(language)));
            publications.attach(issue, language, "anso-newsletter-" + newsletter.number() + "-" + language + ".pdf",
                    new ByteArrayInputStream(pdf), actor);
        }
        publications.publish(issue, actor);
        return Optional.of(issue);
    }
}
