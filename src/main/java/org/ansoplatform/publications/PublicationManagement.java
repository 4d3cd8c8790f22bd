package org.ansoplatform.publications;

import java.io.InputStream;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.publications.series.IssueInput;
import org.ansoplatform.publications.series.IssueStore;
import org.ansoplatform.publications.series.IssueText;
import org.ansoplatform.publications.series.SeriesStore;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.RecordChanged;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Series and their issues from draft to publication: the editors (decision 183; who they are is checked by the
 * pages and the API through {@link PublicationAccess}) create and edit series, draft issues, attach files per
 * language, publish and withdraw with a reason. Every change is audited and publishes {@link RecordChanged} for
 * search, DOIs and feeds.
 */
@Service
@Transactional
public class PublicationManagement {

    /** What an issue's files may be: documents whose text search can read. */
    public static final Set<String> FILE_TYPES = Set.of("application/pdf", "text/plain");
    public static final int REASON_MAX = 1000;

    private final SeriesStore series;
    private final IssueStore issues;
    private final IssueInput input;
    private final IssueText text;
    private final FileStorage files;
    private final Languages languages;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    PublicationManagement(SeriesStore series, IssueStore issues, IssueInput input, IssueText text, FileStorage files,
            Languages languages, CurrentActor currentActor, ApplicationEventPublisher events) {
        this.series = series;
        this.issues = issues;
        this.input = input;
        this.text = text;
        this.files = files;
        this.languages = languages;
        this.currentActor = currentActor;
        this.events = events;
    }

    public static RecordRef seriesRef(UUID id) {
        return RecordRef.of(PublicationsPaths.MODULE, PublicationsPaths.SERIES, id);
    }

    public static RecordRef issueRef(UUID id) {
        return RecordRef.of(PublicationsPaths.MODULE, PublicationsPaths.ISSUE, id);
    }

    public UUID createSeries(SeriesCommand command) {
        return createSeries(command, false, currentActor.get());
    }

    /** A new series; {@code illustrative} marks the demo's. */
    public UUID createSeries(SeriesCommand command, boolean illustrative, Actor actor) {
        SeriesCommand c = input.check(command);
        UUID id = UUID.randomUUID();
        series.insert(id, c, illustrative, actor.at());
        audit(actor, "publications.series.created", PublicationChanged.SERIES, id, c.kind().name());
        events.publishEvent(new RecordChanged(seriesRef(id)));
        return id;
    }

    public void updateSeries(UUID id, SeriesCommand command) {
        updateSeries(id, command, currentActor.get());
    }

    /** Changes a series; its kind stays. Its issues keep the access they were given. */
    public void updateSeries(UUID id, SeriesCommand command, Actor actor) {
        SeriesView current = series.locked(id).orElseThrow(() -> new NotFoundException("series"));
        SeriesCommand c = input.check(new SeriesCommand(current.kind(), command.cadence(), command.title(), command.description(),
                command.issn(), command.numberLabel(), command.languages(), command.accessPolicy(), command.titlePublic(),
                command.startDate(), command.endDate(), command.editors(), command.readerPeople(), command.readerOrganizations()));
        series.update(id, c, actor.at());
        audit(actor, "publications.series.changed", PublicationChanged.SERIES, id, "");
        events.publishEvent(new RecordChanged(seriesRef(id)));
        if (!new java.util.HashSet<>(current.editors()).equals(new java.util.HashSet<>(c.editors()))) {
            // the editors find the series' members-only and restricted issues in search: their audience changed
            issues.ofSeries(id).stream().filter(i -> i.published() && i.accessPolicy() != AccessPolicy.PUBLIC)
                    .forEach(i -> events.publishEvent(new RecordChanged(issueRef(i.id()))));
        }
    }

    public UUID draftIssue(UUID seriesId, IssueCommand command) {
        return draftIssue(seriesId, command, false, currentActor.get());
    }

    /**
     * A new draft in the series. Without an access policy it takes the series' (and its recipients when it names
     * none); the number must be new in the series and the date between its neighbours'.
     */
    public UUID draftIssue(UUID seriesId, IssueCommand command, boolean illustrative, Actor actor) {
        SeriesView s = series.locked(seriesId).orElseThrow(() -> new NotFoundException("series"));
        IssueCommand c = input.check(seriesId, null, command);
        UUID id = UUID.randomUUID();
        AccessPolicy policy = c.accessPolicy() == null ? s.accessPolicy() : c.accessPolicy();
        boolean titlePublic = c.titlePublic() == null ? s.titlePublic() : c.titlePublic();
        issues.insert(id, seriesId, c, policy, titlePublic, illustrative, actor.at());
        readers(id, s, c);
        audit(actor, "publications.issue.drafted", PublicationChanged.ISSUE, id, s.numbered(c.number()));
        return id;
    }

    public void updateIssue(UUID id, IssueCommand command) {
        updateIssue(id, command, currentActor.get());
    }

    public void updateIssue(UUID id, IssueCommand command, Actor actor) {
        IssueView current = issues.byId(id).orElseThrow(() -> new NotFoundException("issue"));
        SeriesView s = series.locked(current.seriesId()).orElseThrow();
        IssueCommand c = input.check(s.id(), id, command);
        AccessPolicy policy = c.accessPolicy() == null ? current.accessPolicy() : c.accessPolicy();
        boolean titlePublic = c.titlePublic() == null ? current.titlePublic() : c.titlePublic();
        issues.update(id, c, policy, titlePublic, actor.at());
        readers(id, s, c);
        audit(actor, "publications.issue.edited", PublicationChanged.ISSUE, id, s.numbered(c.number()));
        events.publishEvent(new RecordChanged(issueRef(id)));
    }

    private void readers(UUID id, SeriesView s, IssueCommand c) {
        boolean named = !c.readerPeople().isEmpty() || !c.readerOrganizations().isEmpty();
        issues.readers(id, named ? c.readerPeople() : s.readerPeople(), named ? c.readerOrganizations() : s.readerOrganizations());
    }

    public UUID attach(UUID issueId, String language, String name, InputStream content) {
        return attach(issueId, language, name, content, currentActor.get());
    }

    /**
     * Stores a file of the issue in one language (a PDF or a text file that is what its name says) and keeps its
     * text for search. The file belongs to the issue, not to whoever uploaded it: the issue's access decides.
     */
    public UUID attach(UUID issueId, String language, String name, InputStream content, Actor actor) {
        IssueView issue = issues.byId(issueId).orElseThrow(() -> new NotFoundException("issue"));
        if (!languages.supports(language)) {
            throw new InvalidInputException("language", "publications.error.language", String.valueOf(language));
        }
        StoredFile stored = files.store(issueId, name, content, FILE_TYPES);
        String extracted = text.extract(files.open(stored), stored.mediaType());
        UUID id = UUID.randomUUID();
        issues.addFile(issueId, new IssueView.IssueFile(id, stored.id(), languages.closest(language), stored.originalName(),
                stored.mediaType(), stored.size(), extracted, actor.at()));
        audit(actor, "publications.issue.fileAdded", PublicationChanged.ISSUE, issueId, stored.mediaType());
        if (issue.published()) {
            events.publishEvent(new RecordChanged(issueRef(issueId)));
        }
        return id;
    }

    public void publish(UUID id) {
        publish(id, currentActor.get());
    }

    /** Publishes a draft (or a withdrawn issue again): it appears in lists, search and feeds its access allows. */
    public void publish(UUID id, Actor actor) {
        IssueView issue = issues.byId(id).orElseThrow(() -> new NotFoundException("issue"));
        if (issue.published()) {
            throw new InvalidInputException(null, "publications.error.alreadyPublished");
        }
        issues.move(id, IssueStatus.PUBLISHED, null, actor.at(), actor.at());
        audit(actor, "publications.issue.published", PublicationChanged.ISSUE, id, "");
        events.publishEvent(new RecordChanged(issueRef(id)));
    }

    public void withdraw(UUID id, String reason) {
        withdraw(id, reason, currentActor.get());
    }

    /** Withdraws a published issue with the reason its page shows; it leaves lists, search and feeds. */
    public void withdraw(UUID id, String reason, Actor actor) {
        IssueView issue = issues.byId(id).orElseThrow(() -> new NotFoundException("issue"));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "publications.error.reason", REASON_MAX);
        }
        if (!issue.published()) {
            throw new InvalidInputException(null, "publications.error.notPublished");
        }
        issues.move(id, IssueStatus.WITHDRAWN, why, null, actor.at());
        audit(actor, "publications.issue.withdrawn", PublicationChanged.ISSUE, id, "");
        events.publishEvent(new RecordChanged(issueRef(id)));
    }

    /** Records that someone let in opened a restricted or members-only item (its page, or a file when given). */
    public void opened(UUID issueId, UUID personId, UUID fileId) {
        issues.opened(issueId, personId, fileId, currentActor.get().at());
    }

    /** Audits an attempt to open an item the reader may not see; the reader was answered 404. */
    public void refused(UUID issueId, String what) {
        audit(currentActor.get(), "publications.issue.refused", PublicationChanged.ISSUE, issueId, what);
    }

    private void audit(Actor actor, String action, String type, UUID id, String detail) {
        events.publishEvent(new PublicationChanged(actor, action, type, id.toString(), detail));
    }
}
