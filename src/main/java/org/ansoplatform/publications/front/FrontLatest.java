package org.ansoplatform.publications.front;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ansoplatform.publications.IssueCard;
import org.ansoplatform.publications.NewsCard;
import org.ansoplatform.publications.NewsQueries;
import org.ansoplatform.publications.PublicationQueries;
import org.ansoplatform.publications.PublicationsPaths;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The front page's latest news and publications. What a visitor sees is kept per language for a short while (the
 * lists' setting, {@code anso.publications.front.lists-cache}) and forgotten when any of this module's records
 * changes, after its transaction commits, so that a published issue is on the front page at the next request. A
 * signed-in reader's lists are read at each request: members and named recipients may see more than a visitor.
 */
@Component
public class FrontLatest {

    public record Latest(List<NewsCard> news, List<IssueCard> publications) {
    }

    private record Entry(Latest latest, Instant until) {
    }

    private final NewsQueries news;
    private final PublicationQueries publications;
    private final Clock clock;
    private final Duration expiry;
    private final Map<Locale, Entry> visitors = new ConcurrentHashMap<>();

    FrontLatest(NewsQueries news, PublicationQueries publications, Clock clock,
            @Value("${anso.publications.front.lists-cache:PT30S}") Duration expiry) {
        this.news = news;
        this.publications = publications;
        this.clock = clock;
        this.expiry = expiry;
    }

    public Latest of(Reader reader, Locale locale) {
        if (reader.signedIn() || reader.everything()) {
            return read(reader, locale);
        }
        Instant now = clock.instant();
        Entry entry = visitors.get(locale);
        if (entry == null || !now.isBefore(entry.until())) {
            entry = new Entry(read(reader, locale), now.plus(expiry));
            visitors.put(locale, entry);
        }
        return entry.latest();
    }

    private Latest read(Reader reader, Locale locale) {
        return new Latest(news.latest(FrontContent.NEWS, locale), publications.latest(FrontContent.PUBLICATIONS, reader, locale));
    }

    public void evict() {
        visitors.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(RecordChanged event) {
        if (PublicationsPaths.MODULE.equals(event.ref().module())) {
            visitors.clear();
        }
    }
}
