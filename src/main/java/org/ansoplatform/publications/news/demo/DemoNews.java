package org.ansoplatform.publications.news.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.publications.NewsCategory;
import org.ansoplatform.publications.NewsCommand;
import org.ansoplatform.publications.NewsManagement;
import org.ansoplatform.publications.NewsQueries;
import org.ansoplatform.publications.NewsletterCommand;
import org.ansoplatform.publications.NewsletterManagement;
import org.ansoplatform.publications.news.NewsletterIssues;
import org.ansoplatform.publications.SubscriptionManagement;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The seeds' three newsletters ({@code demo/publications/news.json}): each article published as news with its date
 * (or one read from its content, and said so), each issue composed from them in the seeds' order with its editorial
 * and recorded as sent before the platform (no mail goes out); and a handful of illustrative subscribers. Once.
 */
@Component
class DemoNews {

    static final String RESOURCE = "demo/publications/news.json";
    private static final Logger log = LoggerFactory.getLogger(DemoNews.class);

    record Article(String title, NewsCategory category, LocalDate date, String dateNote, String summary, String body) {
    }

    record Issue(String key, int number, LocalDate date, String dateNote, String title, String editorial, List<Article> articles) {
    }

    record Subscriber(String email, String language) {
    }

    record Seeds(String source, List<Issue> newsletters, List<Subscriber> subscribers) {
    }

    private final DemoMode demoMode;
    private final TransactionTemplate transactions;
    private final NewsManagement news;
    private final NewsletterManagement newsletters;
    private final SubscriptionManagement subscriptions;
    private final NewsQueries queries;
    private final Clock clock;
    private final NewsletterIssues newsletterIssues;

    DemoNews(DemoMode demoMode, TransactionTemplate transactions, NewsManagement news, NewsletterManagement newsletters,
            SubscriptionManagement subscriptions, NewsQueries queries, Clock clock, NewsletterIssues newsletterIssues) {
        this.newsletterIssues = newsletterIssues;
        this.demoMode = demoMode;
        this.transactions = transactions;
        this.news = news;
        this.newsletters = newsletters;
        this.subscriptions = subscriptions;
        this.queries = queries;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(80)
    void onReady() {
        if (!demoMode.enabled()) {
            return;
        }
        Integer added = transactions.execute(status -> load(seeds()));
        if (added != null && added > 0) {
            log.info("Demo data: {} news article(s) in the seeds' three newsletters, and illustrative subscribers", added);
        }
    }

    int load(Seeds seeds) {
        if (!queries.newsletters().isEmpty()) {
            return 0;
        }
        Actor system = Actor.system(clock.instant());
        UUID series = newsletterIssues.defaultSeries().orElse(null);
        int added = 0;
        for (Issue issue : seeds.newsletters()) {
            List<UUID> articles = new ArrayList<>();
            for (Article a : issue.articles()) {
                UUID id = news.create(new NewsCommand(en(a.title()), en(a.summary()), en(a.body()), a.category(), a.date(),
                        a.dateNote()), system);
                news.publish(id, system);
                articles.add(id);
                added++;
            }
            UUID id = newsletters.create(new NewsletterCommand(issue.number(), issue.date(), issue.dateNote(), en(issue.title()),
                    en(issue.editorial()), articles, series), system);
            newsletters.archive(id, system);
        }
        seeds.subscribers().forEach(s -> subscriptions.importConfirmed(s.email(), s.language()));
        return added;
    }

    static Seeds seeds() {
        try (InputStream json = new ClassPathResource(RESOURCE).getInputStream()) {
            return JsonMapper.builder().build().readValue(json, Seeds.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private static LocalizedText en(String text) {
        return LocalizedText.of(Map.of("en", text));
    }
}
