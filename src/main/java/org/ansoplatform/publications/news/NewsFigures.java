package org.ansoplatform.publications.news;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ansoplatform.publications.NewsManagement;
import org.ansoplatform.publications.NewsletterManagement;
import org.ansoplatform.publications.news.sending.SendStore;
import org.ansoplatform.shared.Figure;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly figures of news: articles published (dated) in the year, newsletter issues whose sending started in the
 * year, the messages sent in the year, and the subscribers confirmed at the year's end. Subscribers are people's
 * addresses: a count only, no records.
 */
@Component
@Transactional(readOnly = true)
public class NewsFigures {

    private final NewsStore news;
    private final NewsletterStore newsletters;
    private final SendStore sends;
    private final SubscriberStore subscribers;
    private final Clock clock;

    NewsFigures(NewsStore news, NewsletterStore newsletters, SendStore sends, SubscriberStore subscribers, Clock clock) {
        this.news = news;
        this.newsletters = newsletters;
        this.sends = sends;
        this.subscribers = subscribers;
        this.clock = clock;
    }

    public List<Figure> figures(int year) {
        Instant asOf = clock.instant();
        return List.of(
                Figure.count("publications.newsPublished", news.publishedIn(year).stream().map(NewsManagement::ref).toList(), asOf),
                Figure.count("publications.newslettersSent",
                        newsletters.sendingStartedIn(year).stream().map(NewsletterManagement::ref).toList(), asOf),
                Figure.count("publications.newsletterMessages", sends.sentIn(year), List.of(), asOf),
                Figure.count("publications.subscribers", subscribers.confirmedAtEndOf(year), List.of(), asOf));
    }
}
