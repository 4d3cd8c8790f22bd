package org.ansoplatform.publications;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.publications.news.NewsStore;
import org.ansoplatform.publications.news.NewsletterIssues;
import org.ansoplatform.publications.news.NewsletterStore;
import org.ansoplatform.publications.news.sending.SendStore;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Newsletter issues: composed as drafts from published articles with an editorial, then sent once; going out, each
 * becomes a public issue of its newsletter series ({@code news.NewsletterIssues}). Sending writes
 * the outbox (one row per confirmed subscriber, in one statement) in the same transaction that leaves the draft; the
 * sending job empties it in batches (docs/newsletters.md).
 */
@Service
@Transactional
public class NewsletterManagement {

    static final int EDITORIAL_MAX = 20_000;

    private final NewsletterStore store;
    private final NewsStore news;
    private final SendStore outbox;
    private final NewsletterIssues issues;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    NewsletterManagement(NewsletterStore store, NewsStore news, SendStore outbox, NewsletterIssues issues,
            CurrentActor currentActor, ApplicationEventPublisher events) {
        this.store = store;
        this.news = news;
        this.outbox = outbox;
        this.issues = issues;
        this.currentActor = currentActor;
        this.events = events;
    }

    public static RecordRef ref(UUID id) {
        return RecordRef.of(PublicationsPaths.MODULE, PublicationsPaths.NEWSLETTER, id);
    }

    public UUID create(NewsletterCommand command) {
        return create(command, currentActor.get());
    }

    public UUID create(NewsletterCommand command, Actor actor) {
        NewsletterCommand c = check(command, null);
        UUID id = UUID.randomUUID();
        store.insert(view(id, c), actor.at());
        events.publishEvent(NewsChanged.newsletter(actor, "created", id, "No. " + c.number()));
        return id;
    }

    public void update(UUID id, NewsletterCommand command) {
        Actor actor = currentActor.get();
        NewsletterView current = byId(id);
        if (!current.draft()) {
            throw new InvalidInputException(null, "newsletter.error.sent");
        }
        NewsletterCommand c = check(command, id);
        store.update(view(id, c), actor.at());
        events.publishEvent(NewsChanged.newsletter(actor, "updated", id, "No. " + c.number()));
    }

    /** Sends a draft to every subscriber confirmed now; returns how many messages are due. A second call changes nothing. */
    public int send(UUID id) {
        return send(id, currentActor.get());
    }

    public int send(UUID id, Actor actor) {
        NewsletterView newsletter = byId(id);
        if (newsletter.articles().isEmpty()) {
            throw new InvalidInputException("articles", "newsletter.error.noArticles");
        }
        if (!store.startSending(id, actor.personId(), actor.at())) {
            return 0;
        }
        int due = outbox.enqueue(id);
        issues.publish(newsletter, false, actor);
        events.publishEvent(NewsChanged.newsletter(actor, "sent", id, due + " messages"));
        return due;
    }

    /**
     * Records a draft as an issue that went out before the platform (the demo's seeds): public from now on, sent to
     * nobody from here, and not counted among the newsletters the platform sent.
     */
    public void archive(UUID id, Actor actor) {
        NewsletterView newsletter = byId(id);
        if (store.archive(id, actor.at())) {
            issues.publish(newsletter, newsletter.dateNote() != null && !newsletter.dateNote().isBlank(), actor);
            events.publishEvent(NewsChanged.newsletter(actor, "archived", id, ""));
        }
    }

    private NewsletterView byId(UUID id) {
        return store.byId(id).orElseThrow(() -> new NotFoundException("newsletter"));
    }

    private static NewsletterView view(UUID id, NewsletterCommand c) {
        return new NewsletterView(id, c.seriesId(), c.number(), c.date(), c.dateNote(), c.title(), c.editorial(), c.articles(),
                NewsletterStatus.DRAFT, null, null, 0, 0, 0);
    }

    private NewsletterCommand check(NewsletterCommand c, UUID id) {
        List<Violation> violations = new ArrayList<>();
        LocalizedText title = c.title() == null ? LocalizedText.of(Map.of()) : c.title();
        LocalizedText editorial = c.editorial() == null ? LocalizedText.of(Map.of()) : c.editorial();
        if (c.number() == null || c.number() < 1) {
            violations.add(new Violation("number", "newsletter.error.number"));
        } else if (store.numberTaken(c.number(), id)) {
            violations.add(new Violation("number", "newsletter.error.numberTaken", c.number()));
        }
        if (c.date() == null) {
            violations.add(new Violation("date", "news.error.date"));
        }
        if (title.isEmpty()) {
            violations.add(new Violation("title", "news.error.title"));
        }
        if (editorial.values().values().stream().anyMatch(t -> t.length() > EDITORIAL_MAX)) {
            violations.add(new Violation("editorial", "news.error.tooLong", EDITORIAL_MAX));
        }
        if (c.seriesId() != null && !issues.isNewsletterSeries(c.seriesId())) {
            violations.add(new Violation("series", "newsletter.error.series"));
        }
        List<UUID> articles = c.articles() == null ? List.of() : List.copyOf(new LinkedHashSet<>(c.articles()));
        if (news.byIds(articles).stream().filter(NewsView::published).count() != articles.size()) {
            violations.add(new Violation("articles", "newsletter.error.articles"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new NewsletterCommand(c.number(), c.date(), c.dateNote() == null ? "" : c.dateNote().strip(), title, editorial,
                articles, c.seriesId());
    }
}
