package org.ansoplatform.datasets.showcase;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.Records;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordChanged;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Application showcases, written by the Secretariat and data curators: drafted, edited, published (then on the public
 * pages, in search and the figures), withdrawn; screenshots are images checked by their bytes, each with its
 * alternative text. The datasets and the project named must exist ({@code platform.Records}). Every step is audited.
 */
@Service
@Transactional
public class ShowcaseManagement {

    public static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/webp");
    static final int TITLE_MAX = 200, DESCRIPTION_MAX = 10_000, ALT_MAX = 300, LINK_MAX = 2000, DATASETS_MAX = 50;
    static final String PROJECTS = "projects", PROJECT = "project";

    private final ShowcaseStore store;
    private final FileStorage files;
    private final Records records;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    ShowcaseManagement(ShowcaseStore store, FileStorage files, Records records, CurrentActor currentActor,
            ApplicationEventPublisher events) {
        this.store = store;
        this.files = files;
        this.records = records;
        this.currentActor = currentActor;
        this.events = events;
    }

    public static RecordRef ref(UUID id) {
        return RecordRef.of(DatasetsPaths.MODULE, DatasetsPaths.SHOWCASE, id);
    }

    public UUID create(ShowcaseCommand command) {
        return create(command, currentActor.get());
    }

    public UUID create(ShowcaseCommand command, Actor actor) {
        ShowcaseCommand c = check(command);
        UUID id = UUID.randomUUID();
        store.insert(id, c, actor.personId(), actor.at());
        events.publishEvent(ShowcaseChanged.of(actor, "created", id, c.title().in(Locale.ENGLISH)));
        return id;
    }

    public void update(UUID id, ShowcaseCommand command) {
        Actor actor = currentActor.get();
        byId(id);
        store.update(id, check(command), actor.at());
        events.publishEvent(ShowcaseChanged.of(actor, "updated", id, ""));
        events.publishEvent(new RecordChanged(ref(id)));
    }

    public void publish(UUID id) {
        publish(id, currentActor.get());
    }

    public void publish(UUID id, Actor actor) {
        if (byId(id).published()) {
            return;
        }
        store.status(id, ShowcaseStatus.PUBLISHED, actor.at());
        events.publishEvent(ShowcaseChanged.of(actor, "published", id, ""));
        events.publishEvent(new RecordChanged(ref(id)));
    }

    /** Gone from the public pages, search and figures; its managers still see it and may publish it again. */
    public void withdraw(UUID id) {
        Actor actor = currentActor.get();
        if (!byId(id).published()) {
            return;
        }
        store.status(id, ShowcaseStatus.WITHDRAWN, actor.at());
        events.publishEvent(ShowcaseChanged.of(actor, "withdrawn", id, ""));
        events.publishEvent(new RecordChanged(ref(id)));
    }

    /** Stores a screenshot (PNG, JPEG or WebP by its bytes, whatever its name says) with its alternative text. */
    public UUID screenshot(UUID id, String name, InputStream content, String alt) {
        return screenshot(id, name, content, alt, currentActor.get());
    }

    public UUID screenshot(UUID id, String name, InputStream content, String alt, Actor actor) {
        byId(id);
        String text = alt == null ? "" : alt.strip();
        if (text.isEmpty() || text.length() > ALT_MAX) {
            throw new InvalidInputException("alt", "showcase.error.alt", ALT_MAX);
        }
        StoredFile file = files.store(actor.personId(), name == null || name.isBlank() ? "screenshot" : name, content, IMAGE_TYPES);
        UUID screenshot = UUID.randomUUID();
        store.addScreenshot(id, screenshot, file.id(), text);
        events.publishEvent(ShowcaseChanged.of(actor, "screenshotAdded", id, text));
        return screenshot;
    }

    public void removeScreenshot(UUID id, UUID screenshot) {
        Actor actor = currentActor.get();
        byId(id);
        if (!store.removeScreenshot(id, screenshot)) {
            throw new NotFoundException("screenshot");
        }
        events.publishEvent(ShowcaseChanged.of(actor, "screenshotRemoved", id, ""));
    }

    private ShowcaseView byId(UUID id) {
        return store.byId(id).orElseThrow(() -> new NotFoundException("showcase"));
    }

    ShowcaseCommand check(ShowcaseCommand c) {
        List<Violation> violations = new ArrayList<>();
        LocalizedText title = c.title() == null ? LocalizedText.of(Map.of()) : c.title();
        LocalizedText description = c.description() == null ? LocalizedText.of(Map.of()) : c.description();
        if (title.isEmpty()) {
            violations.add(new Violation("title", "showcase.error.title"));
        }
        if (title.values().values().stream().anyMatch(t -> t.length() > TITLE_MAX || t.contains("\n"))) {
            violations.add(new Violation("title", "showcase.error.titleLength", TITLE_MAX));
        }
        if (description.isEmpty()) {
            violations.add(new Violation("description", "showcase.error.description"));
        }
        if (description.values().values().stream().anyMatch(t -> t.length() > DESCRIPTION_MAX)) {
            violations.add(new Violation("description", "showcase.error.tooLong", DESCRIPTION_MAX));
        }
        if (c.kind() == null) {
            violations.add(new Violation("kind", "showcase.error.kind"));
        }
        if (c.theme() == null) {
            violations.add(new Violation("theme", "showcase.error.theme"));
        }
        String link = c.link() == null ? "" : c.link().strip();
        if (!isWebAddress(link)) {
            violations.add(new Violation("link", "showcase.error.link"));
        }
        if (c.datasets().size() > DATASETS_MAX) {
            violations.add(new Violation("datasets", "showcase.error.tooMany", DATASETS_MAX));
        }
        for (RecordRef dataset : c.datasets()) {
            if (!dataset.module().equals(DatasetsPaths.MODULE) || !dataset.type().equals(DatasetsPaths.DATASET) || !exists(dataset)) {
                violations.add(new Violation("datasets", "showcase.error.dataset", dataset.toString()));
            }
        }
        if (c.project() != null && (!c.project().module().equals(PROJECTS) || !c.project().type().equals(PROJECT) || !exists(c.project()))) {
            violations.add(new Violation("project", "showcase.error.project"));
        }
        if (c.note().length() > 500) {
            violations.add(new Violation("note", "showcase.error.tooLong", 500));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new ShowcaseCommand(title, description, c.kind(), c.theme(), link, c.datasets().stream().distinct().toList(),
                c.project(), c.note());
    }

    private boolean exists(RecordRef ref) {
        return records.knows(ref) && records.describe(ref, Reader.system(), Locale.ENGLISH).visible();
    }

    /** An absolute http or https address with a host, and nothing else (no javascript:, no relative path). */
    static boolean isWebAddress(String link) {
        if (link == null || link.isEmpty() || link.length() > LINK_MAX) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
