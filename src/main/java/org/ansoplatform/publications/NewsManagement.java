package org.ansoplatform.publications;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.publications.news.NewsStore;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordChanged;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * News articles written by the Secretariat: drafted, edited, published (then in lists, the feed, search and the API)
 * or withdrawn back to a draft, with an image checked by its bytes. Every step is audited.
 */
@Service
@Transactional
public class NewsManagement {

    public static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/webp", "image/gif");
    static final int TITLE_MAX = 300, SUMMARY_MAX = 1000, BODY_MAX = 50_000;

    private final NewsStore store;
    private final FileStorage files;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    NewsManagement(NewsStore store, FileStorage files, CurrentActor currentActor, ApplicationEventPublisher events) {
        this.store = store;
        this.files = files;
        this.currentActor = currentActor;
        this.events = events;
    }

    public static RecordRef ref(UUID id) {
        return RecordRef.of(PublicationsPaths.MODULE, PublicationsPaths.NEWS, id);
    }

    public UUID create(NewsCommand command) {
        return create(command, currentActor.get());
    }

    public UUID create(NewsCommand command, Actor actor) {
        NewsCommand c = check(command);
        UUID id = UUID.randomUUID();
        store.insert(new NewsView(id, c.title(), c.summary(), c.body(), c.category(), c.date(), c.dateNote(), null,
                NewsStatus.DRAFT, actor.at(), actor.at(), null), actor.personId());
        events.publishEvent(NewsChanged.news(actor, "created", id, c.title().in(java.util.Locale.ENGLISH)));
        return id;
    }

    public void update(UUID id, NewsCommand command) {
        Actor actor = currentActor.get();
        NewsView current = byId(id);
        NewsCommand c = check(command);
        store.update(new NewsView(id, c.title(), c.summary(), c.body(), c.category(), c.date(), c.dateNote(), current.imageFileId(),
                current.status(), current.createdAt(), actor.at(), current.publishedAt()));
        events.publishEvent(NewsChanged.news(actor, "updated", id, ""));
        events.publishEvent(new RecordChanged(ref(id)));
    }

    public void publish(UUID id) {
        publish(id, currentActor.get());
    }

    public void publish(UUID id, Actor actor) {
        NewsView news = byId(id);
        if (news.published()) {
            return;
        }
        store.status(id, NewsStatus.PUBLISHED, actor.at());
        events.publishEvent(NewsChanged.news(actor, "published", id, ""));
        events.publishEvent(new NewsPublished(id, news.title(), news.path()));
        events.publishEvent(new RecordChanged(ref(id)));
    }

    /** Back to a draft: gone from lists, the feed, search and the API; a newsletter already sent keeps its copy. */
    public void withdraw(UUID id) {
        Actor actor = currentActor.get();
        NewsView news = byId(id);
        if (!news.published()) {
            return;
        }
        store.status(id, NewsStatus.DRAFT, actor.at());
        events.publishEvent(NewsChanged.news(actor, "withdrawn", id, ""));
        events.publishEvent(new RecordChanged(ref(id)));
    }

    /** Stores an image (PNG, JPEG, WebP or GIF by its bytes, whatever its name says) and shows it with the article. */
    public void image(UUID id, String name, InputStream content) {
        image(id, name, content, currentActor.get());
    }

    public void image(UUID id, String name, InputStream content, Actor actor) {
        byId(id);
        StoredFile file = files.store(actor.personId(), name == null || name.isBlank() ? "image" : name, content, IMAGE_TYPES);
        store.image(id, file.id(), actor.at());
        events.publishEvent(NewsChanged.news(actor, "imaged", id, ""));
    }

    private NewsView byId(UUID id) {
        return store.byId(id).orElseThrow(() -> new NotFoundException("news"));
    }

    static NewsCommand check(NewsCommand c) {
        List<Violation> violations = new ArrayList<>();
        LocalizedText title = c.title() == null ? LocalizedText.of(java.util.Map.of()) : c.title();
        LocalizedText summary = c.summary() == null ? LocalizedText.of(java.util.Map.of()) : c.summary();
        LocalizedText body = c.body() == null ? LocalizedText.of(java.util.Map.of()) : c.body();
        if (title.isEmpty()) {
            violations.add(new Violation("title", "news.error.title"));
        }
        if (body.isEmpty()) {
            violations.add(new Violation("body", "news.error.body"));
        }
        if (title.values().values().stream().anyMatch(t -> t.length() > TITLE_MAX || t.contains("\n"))) {
            violations.add(new Violation("title", "news.error.titleLength", TITLE_MAX));
        }
        if (summary.values().values().stream().anyMatch(t -> t.length() > SUMMARY_MAX)) {
            violations.add(new Violation("summary", "news.error.tooLong", SUMMARY_MAX));
        }
        if (body.values().values().stream().anyMatch(t -> t.length() > BODY_MAX)) {
            violations.add(new Violation("body", "news.error.tooLong", BODY_MAX));
        }
        if (c.category() == null) {
            violations.add(new Violation("category", "news.error.category"));
        }
        if (c.date() == null) {
            violations.add(new Violation("date", "news.error.date"));
        }
        String note = c.dateNote() == null ? "" : c.dateNote().strip();
        if (note.length() > 300) {
            violations.add(new Violation("dateNote", "news.error.tooLong", 300));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new NewsCommand(title, summary, body, c.category(), c.date(), note);
    }
}
