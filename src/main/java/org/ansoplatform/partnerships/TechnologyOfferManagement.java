package org.ansoplatform.partnerships;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.partnerships.technology.TechnologyInput;
import org.ansoplatform.partnerships.technology.TechnologySettings;
import org.ansoplatform.partnerships.technology.TechnologyStore;
import org.ansoplatform.partnerships.technology.Transitions;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.RecordChanged;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers and requests from draft to archive. A confirmed representative of the organization drafts, edits while a
 * draft, submits, renews and archives; the Secretariat publishes a submitted one or sends it back with a reason.
 * Publishing needs that review: a draft is never published. A published one stays so for the validity setting and
 * expires unless its owner renews it. Every step is stored with who, when and why, and audited.
 */
@Service
@Transactional
public class TechnologyOfferManagement {

    public static final String MODULE = "partnerships", OFFER = "technology-offer", REQUEST = "technology-request";
    public static final int REASON_MAX = 1000;

    private final TechnologyStore store;
    private final TechnologyInput input;
    private final TechnologySettings settings;
    private final TechnologyRepresentativeManagement representatives;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final org.ansoplatform.files.FileStorage files;

    TechnologyOfferManagement(TechnologyStore store, TechnologyInput input, TechnologySettings settings,
            TechnologyRepresentativeManagement representatives, CurrentActor currentActor, ApplicationEventPublisher events,
            org.ansoplatform.files.FileStorage files) {
        this.files = files;
        this.store = store;
        this.input = input;
        this.settings = settings;
        this.representatives = representatives;
        this.currentActor = currentActor;
        this.events = events;
    }

    /** The reference search, figures and other modules name an offer or a request by. */
    public static RecordRef ref(TechnologyKind kind, UUID id) {
        return RecordRef.of(MODULE, kind == TechnologyKind.OFFER ? OFFER : REQUEST, id);
    }

    public UUID draft(TechnologyCommand command) {
        return draft(command, false, currentActor.get());
    }

    /** A new draft for the organization the actor represents; {@code illustrative} marks the demo's. */
    public UUID draft(TechnologyCommand command, boolean illustrative, Actor actor) {
        TechnologyCommand c = input.check(command);
        representatives.require(actor.personId(), c.organizationId(), "organizationId");
        UUID id = UUID.randomUUID();
        TechnologyView view = new TechnologyView(id, c.kind(), c.organizationId(), c.title(), c.summary(), c.inventors(),
                c.projectId(), c.projectReference(), c.trl(), c.trlEvidence(), c.ipStatus(), c.patentNumbers(), c.sectors(),
                c.sdgs(), c.countries(), c.models(), c.budgetMin(), c.budgetMax(), c.budgetCurrency(), TechnologyStatus.DRAFT,
                null, null, illustrative, actor.at(), actor.at(), TechnologyInput.refs(c.related()));
        store.insert(view, actor.personId());
        store.step(id, null, TechnologyStatus.DRAFT, actor, "");
        audit(actor, c.kind(), "drafted", id, "");
        return id;
    }

    public void update(UUID id, TechnologyCommand command) {
        update(id, command, currentActor.get());
    }

    /** Changes a draft; the kind and the organization stay as drafted. */
    public void update(UUID id, TechnologyCommand command, Actor actor) {
        TechnologyView current = owned(id, actor);
        if (!current.editable()) {
            throw new InvalidInputException(null, "technology.error.notDraft");
        }
        TechnologyCommand c = input.check(new TechnologyCommand(current.kind(), current.organizationId(), command.title(),
                command.summary(), command.inventors(), command.projectId(), command.projectReference(), command.trl(),
                command.trlEvidence(), command.ipStatus(), command.patentNumbers(), command.sectors(), command.sdgs(),
                command.countries(), command.models(), command.budgetMin(), command.budgetMax(), command.budgetCurrency(),
                command.related()));
        store.update(new TechnologyView(id, current.kind(), current.organizationId(), c.title(), c.summary(), c.inventors(),
                c.projectId(), c.projectReference(), c.trl(), c.trlEvidence(), c.ipStatus(), c.patentNumbers(), c.sectors(),
                c.sdgs(), c.countries(), c.models(), c.budgetMin(), c.budgetMax(), c.budgetCurrency(), current.status(),
                null, null, current.illustrative(), current.createdAt(), actor.at(), TechnologyInput.refs(c.related())));
        audit(actor, current.kind(), "edited", id, "");
    }

    public void submit(UUID id) {
        submit(id, currentActor.get());
    }

    public void submit(UUID id, Actor actor) {
        TechnologyView t = owned(id, actor);
        move(t, TechnologyStatus.SUBMITTED, "", actor, "submitted");
    }

    public void publish(UUID id) {
        publish(id, currentActor.get());
    }

    /** The Secretariat's review publishes a submitted one, valid for the configured period from today. */
    public void publish(UUID id, Actor actor) {
        TechnologyView t = locked(id);
        Transitions.check(t.status(), TechnologyStatus.PUBLISHED);
        if (t.status() != TechnologyStatus.SUBMITTED) {
            throw new InvalidInputException(null, "technology.error.notReviewed", t.status().name(), TechnologyStatus.PUBLISHED.name());
        }
        LocalDate today = LocalDate.ofInstant(actor.at(), ZoneOffset.UTC);
        store.move(id, TechnologyStatus.PUBLISHED, reviewer(actor), actor.at(), today.plus(settings.validity()), actor.at());
        store.step(id, t.status(), TechnologyStatus.PUBLISHED, actor, "");
        audit(actor, t.kind(), "published", id, "");
        events.publishEvent(new RecordChanged(ref(t.kind(), id)));
    }

    public void sendBack(UUID id, String reason) {
        sendBack(id, reason, currentActor.get());
    }

    /** The Secretariat sends a submitted one back to its owner as a draft, with the reason they read. */
    public void sendBack(UUID id, String reason, Actor actor) {
        String why = reason(reason, true);
        TechnologyView t = locked(id);
        if (t.status() != TechnologyStatus.SUBMITTED) {
            throw new InvalidInputException(null, "technology.error.step", t.status().name(), TechnologyStatus.DRAFT.name());
        }
        move(t, TechnologyStatus.DRAFT, why, actor, "sentBack");
    }

    public void renew(UUID id) {
        renew(id, currentActor.get());
    }

    /** Its owner keeps a published or expired one published for another period from today. */
    public void renew(UUID id, Actor actor) {
        TechnologyView t = owned(id, actor);
        if (t.status() != TechnologyStatus.PUBLISHED && t.status() != TechnologyStatus.EXPIRED) {
            throw new InvalidInputException(null, "technology.error.step", t.status().name(), TechnologyStatus.PUBLISHED.name());
        }
        LocalDate today = LocalDate.ofInstant(actor.at(), ZoneOffset.UTC);
        store.move(id, TechnologyStatus.PUBLISHED, null, null, today.plus(settings.validity()), actor.at());
        store.step(id, t.status(), TechnologyStatus.PUBLISHED, actor, "renewed");
        audit(actor, t.kind(), "renewed", id, "");
        events.publishEvent(new RecordChanged(ref(t.kind(), id)));
    }

    public void archive(UUID id, String reason, boolean asSecretariat) {
        archive(id, reason, asSecretariat, currentActor.get());
    }

    /** Withdrawn for good, by its owner or by the Secretariat, with a reason. */
    public void archive(UUID id, String reason, boolean asSecretariat, Actor actor) {
        String why = reason(reason, true);
        TechnologyView t = asSecretariat ? locked(id) : owned(id, actor);
        move(t, TechnologyStatus.ARCHIVED, why, actor, "archived");
    }

    /** Images shown on the page; documents offered for download. */
    public static final java.util.Set<String> IMAGE_TYPES = java.util.Set.of("image/png", "image/jpeg"),
            DOCUMENT_TYPES = java.util.Set.of("application/pdf", "image/png", "image/jpeg");
    public static final int FILES_MAX = 10;

    public void attach(UUID id, String name, java.io.InputStream content, boolean image) {
        attach(id, name, content, image, currentActor.get());
    }

    /** A document or an image added by its owner to an item that is not archived, at most {@value #FILES_MAX}. */
    public void attach(UUID id, String name, java.io.InputStream content, boolean image, Actor actor) {
        TechnologyView t = owned(id, actor);
        if (t.status() == TechnologyStatus.ARCHIVED) {
            throw new InvalidInputException("file", "technology.error.archived");
        }
        if (store.files(id).size() >= FILES_MAX) {
            throw new InvalidInputException("file", "technology.error.tooManyFiles", FILES_MAX);
        }
        org.ansoplatform.files.StoredFile file = files.store(actor.personId(), name, content, image ? IMAGE_TYPES : DOCUMENT_TYPES);
        store.attach(id, file.id(), image, actor.at());
        audit(actor, t.kind(), "fileAdded", id, file.id().toString());
        if (t.published()) {
            events.publishEvent(new RecordChanged(ref(t.kind(), id)));
        }
    }

    /** Marks one whose validity ended; called by the expiry job for each due row it locked. */
    public void expire(UUID id, Actor actor) {
        TechnologyView t = locked(id);
        if (t.status() == TechnologyStatus.PUBLISHED) {
            move(t, TechnologyStatus.EXPIRED, "", actor, "expired");
        }
    }

    private void move(TechnologyView t, TechnologyStatus to, String reason, Actor actor, String action) {
        Transitions.check(t.status(), to);
        store.move(t.id(), to, null, null, null, actor.at());
        store.step(t.id(), t.status(), to, actor, reason);
        audit(actor, t.kind(), action, t.id(), reason);
        if (t.status() == TechnologyStatus.PUBLISHED || to == TechnologyStatus.PUBLISHED) {
            events.publishEvent(new RecordChanged(ref(t.kind(), t.id())));
        }
    }

    private TechnologyView owned(UUID id, Actor actor) {
        TechnologyView t = locked(id);
        representatives.require(actor.personId(), t.organizationId(), null);
        return t;
    }

    private TechnologyView locked(UUID id) {
        return store.lock(id).orElseThrow(() -> new InvalidInputException(null, "technology.error.unknown"));
    }

    private static UUID reviewer(Actor actor) {
        // the demo and jobs review as the system, which has no person: the review is still recorded as a step
        return actor.personId() == null ? new UUID(0, 0) : actor.personId();
    }

    private static String reason(String reason, boolean required) {
        List<Violation> v = new ArrayList<>();
        String clean = TextInput.check(reason, "reason", REASON_MAX, required, v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return clean == null ? "" : clean;
    }

    private void audit(Actor actor, TechnologyKind kind, String action, UUID id, String detail) {
        events.publishEvent(new TechnologyChanged(actor, "technology." + kind.name().toLowerCase(java.util.Locale.ROOT) + "."
                + action, TechnologyChanged.type(kind), id.toString(), detail));
    }
}
