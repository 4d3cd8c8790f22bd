package org.ansoplatform.publications;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.publications.news.NewsStore;
import org.ansoplatform.publications.news.NewsletterEdition;
import org.ansoplatform.publications.news.NewsletterStore;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads of news and newsletters for pages, the feed, the API and other modules: published ones for everyone, all for editors. */
@Component
@Transactional(readOnly = true)
public class NewsQueries {

    private final NewsStore news;
    private final NewsletterStore newsletters;

    NewsQueries(NewsStore news, NewsletterStore newsletters) {
        this.news = news;
        this.newsletters = newsletters;
    }

    /** The latest published news articles, newest first, in the reader's language (the front page's list). */
    public List<NewsCard> latest(int limit, Locale locale) {
        return news.published(null, PageRequest.of(0, Math.max(1, Math.min(limit, PageRequest.MAX_SIZE)))).items().stream()
                .map(n -> n.card(locale)).toList();
    }

    /** Published articles, newest first, of a category or all. */
    public PageResult<NewsView> published(NewsCategory category, PageRequest page) {
        return news.published(category, page);
    }

    /** A published article; a draft is not found. */
    public Optional<NewsView> published(UUID id) {
        return news.byId(id).filter(NewsView::published);
    }

    /** Any article, for its editors. */
    public Optional<NewsView> byId(UUID id) {
        return news.byId(id);
    }

    public List<NewsView> all() {
        return news.all();
    }

    /** Every newsletter issue, newest first (drafts too, for editors). */
    public List<NewsletterView> newsletters() {
        return newsletters.all(false);
    }

    /** The issues that were sent, newest first (the public archive). */
    public List<NewsletterView> sentNewsletters() {
        return newsletters.all(true);
    }

    public Optional<NewsletterView> newsletter(UUID id) {
        return newsletters.byId(id);
    }

    /** A sent issue (a draft is not public), as read in one language. */
    public Optional<NewsletterEdition> edition(UUID id, Locale locale, boolean drafts) {
        return newsletters.byId(id).filter(n -> drafts || !n.draft())
                .map(n -> NewsletterEdition.of(n, news.byIds(n.articles()).stream().filter(NewsView::published).toList(), locale));
    }
}
