package org.ansoplatform.publications.news;

import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.ansoplatform.publications.NewsView;
import org.ansoplatform.publications.PublicationsPaths;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The Atom feed of published news (the latest fifty), in the reader's language, written by Rome. */
@Component
public class NewsFeed {

    public static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";
    static final int SIZE = 50;

    private final NewsStore store;
    private final MessageSource messages;

    NewsFeed(NewsStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public String atom(String baseUrl, Locale locale) {
        List<NewsView> news = store.allPublished(SIZE);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(messages.getMessage("news.feed.title", null, locale));
        feed.setUri(baseUrl + PublicationsPaths.NEWS_FEED);
        feed.setLanguage(locale.getLanguage());
        feed.setLinks(List.of(link(baseUrl + PublicationsPaths.NEWS_FEED, "self"), link(baseUrl + PublicationsPaths.NEWS_LIST, "alternate")));
        feed.setPublishedDate(news.isEmpty() ? new Date(0) : Date.from(news.get(0).updatedAt()));
        feed.setEntries(news.stream().map(n -> entry(n, baseUrl, locale)).toList());
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write the news feed", e);
        }
    }

    private static SyndEntry entry(NewsView n, String baseUrl, Locale locale) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri("urn:uuid:" + n.id());
        entry.setTitle(n.title().in(locale));
        entry.setLink(baseUrl + n.path());
        entry.setPublishedDate(Date.from(n.date().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        entry.setUpdatedDate(Date.from(n.updatedAt()));
        SyndContent summary = new SyndContentImpl();
        summary.setType("text");
        summary.setValue(n.summary().in(locale));
        entry.setDescription(summary);
        entry.setAuthor("ANSO");
        return entry;
    }

    private static SyndLink link(String href, String rel) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        return link;
    }
}
