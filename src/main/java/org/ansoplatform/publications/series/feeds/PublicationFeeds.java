package org.ansoplatform.publications.series.feeds;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.publications.IssueView;
import org.ansoplatform.publications.PublicationQueries;
import org.ansoplatform.publications.PublicationsPaths;
import org.ansoplatform.publications.SeriesView;
import org.ansoplatform.publications.series.IssueDois;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Atom feeds of published public issues (decision 189): one per series and one of all series, newest first, in
 * the reader's language. They are read by anyone and cached by anyone, so they are written as a visitor sees the
 * items whoever asks: a members-only or restricted issue never appears, not even by a title its policy shows.
 */
@Component
public class PublicationFeeds {

    public static final int ENTRIES = 50;

    private final PublicationQueries queries;
    private final IssueDois dois;
    private final MessageSource messages;
    private final Clock clock;

    PublicationFeeds(PublicationQueries queries, IssueDois dois, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.dois = dois;
        this.messages = messages;
        this.clock = clock;
    }

    public String all(Locale locale) {
        return write(messages.getMessage("publications.feed.all", null, locale), PublicationsPaths.ALL_FEED,
                PublicationsPaths.PUBLICATIONS, queries.publicIssues(null, ENTRIES), locale);
    }

    public String series(UUID id, Locale locale) {
        SeriesView s = queries.series(id).orElseThrow(() -> new NotFoundException("series"));
        return write(s.title().in(locale), PublicationsPaths.seriesFeed(id), PublicationsPaths.series(id),
                queries.publicIssues(id, ENTRIES), locale);
    }

    private String write(String title, String self, String alternate, List<PublicationQueries.Listed> items, Locale locale) {
        String base = dois.baseUrl();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(base + self);
        feed.setLink(base + alternate);
        feed.setLanguage(locale.getLanguage());
        feed.setPublishedDate(items.isEmpty() ? Date.from(clock.instant())
                : Date.from(items.stream().map(l -> l.issue().updatedAt()).max(java.time.Instant::compareTo).orElseThrow()));
        List<SyndEntry> entries = new ArrayList<>();
        for (PublicationQueries.Listed l : items) {
            IssueView i = l.issue();
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(l.series().numbered(i.number()) + " — " + i.title().in(locale));
            entry.setLink(base + PublicationsPaths.issue(i.id()));
            entry.setUri("urn:uuid:" + i.id());
            entry.setPublishedDate(Date.from(i.date().atStartOfDay(ZoneOffset.UTC).toInstant()));
            entry.setUpdatedDate(Date.from(i.updatedAt()));
            if (!i.authors().isEmpty()) {
                entry.setAuthor(i.authors().get(0).name());
            }
            String summary = i.summary().in(locale);
            if (!summary.isBlank()) {
                SyndContent content = new SyndContentImpl();
                content.setType("text");
                content.setValue(summary);
                entry.setDescription(content);
            }
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
    }
}
