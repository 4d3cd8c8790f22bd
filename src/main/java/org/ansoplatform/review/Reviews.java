package org.ansoplatform.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.review.ReviewingStore.PanelRow;
import org.ansoplatform.review.ReviewingStore.ReviewRow;
import org.ansoplatform.review.ReviewingStore.ReviewerRow;
import org.ansoplatform.review.ReviewingStore.Slot;
import org.ansoplatform.review.SubjectSource.SubjectContent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reviewer's reviews: the list of their assignments, one subject's page (its content through the
 * scope owner's SubjectSource, blind fields hidden), the rubric form saved as it is typed, submission,
 * declining, and the documents. Only an assigned reviewer who is not conflicted reaches any of it; a
 * conflicted one gets 404 everywhere and the refusal is recorded. Deadlines are decided by the server's
 * clock.
 */
@Service
public class Reviews {

    private final ReviewingStore store;
    private final Rubrics rubrics;
    private final ObjectProvider<SubjectSource> sources;
    private final FileStorage files;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final TransactionTemplate separately;
    private final Clock clock;

    Reviews(ReviewingStore store, Rubrics rubrics, ObjectProvider<SubjectSource> sources, FileStorage files,
            ApplicationEventPublisher events, CurrentActor actor, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.rubrics = rubrics;
        this.sources = sources;
        this.files = files;
        this.events = events;
        this.actor = actor;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Who is reading which subject of which panel, once access is granted. */
    record Access(ReviewerRow reviewer, PanelRow panel, Slot slot, ReviewingStore.SubjectRow subject) {
    }

    /** The signed-in reviewer's reviews in panels that are reviewing or closed, by deadline. */
    @Transactional(readOnly = true)
    public List<ReviewView> mine(SignedInPerson me) {
        Optional<ReviewerRow> reviewer = store.reviewerOfPerson(me.id());
        if (reviewer.isEmpty()) {
            return List.of();
        }
        List<ReviewView> mine = new ArrayList<>();
        for (Slot slot : store.slots(reviewer.get().id())) {
            if (!slot.assigned() || slot.conflicted()) {
                continue;
            }
            PanelRow panel = store.panel(slot.panelId()).orElseThrow();
            if ("SETUP".equals(panel.status())) {
                continue;
            }
            store.subject(slot.panelId(), slot.subjectId()).ifPresent(subject ->
                    mine.add(view(panel, subject, slot, store.review(slot.panelId(), slot.subjectId(), slot.reviewerId()))));
        }
        mine.sort(java.util.Comparator.comparing((ReviewView v) -> v.deadline() == null ? Instant.MAX : v.deadline())
                .thenComparing(ReviewView::subjectLabel).thenComparing(ReviewView::id));
        return mine;
    }

    /**
     * Grants the reviewer access to the subject of their review {@code reviewId}, or answers 404: for a
     * subject they are conflicted with the refusal is recorded first (in its own transaction).
     */
    Access access(UUID reviewId, SignedInPerson me, String what) {
        ReviewerRow reviewer = me == null ? null : store.reviewerOfPerson(me.id()).orElse(null);
        if (reviewer == null) {
            throw new NotFoundException("review " + reviewId);
        }
        Optional<Slot> own = store.slots(reviewer.id()).stream().filter(slot -> slot.reviewId().equals(reviewId)).findFirst();
        if (own.isEmpty()) {
            // someone else's review: recorded when it is of a subject this reviewer is conflicted with
            store.review(reviewId).filter(other -> store.conflicted(other.panelId(), other.subjectId(), reviewer.id()))
                    .ifPresent(other -> refuse(other.panelId(), other.subjectId(), "another reviewer's review: " + what));
            throw new NotFoundException("review " + reviewId);
        }
        Slot slot = own.get();
        if (slot.conflicted()) {
            refuse(slot.panelId(), slot.subjectId(), what);
        }
        PanelRow panel = store.panel(slot.panelId()).orElseThrow(() -> new NotFoundException("review " + reviewId));
        if (!slot.assigned() || "SETUP".equals(panel.status())) {
            throw new NotFoundException("review " + reviewId);
        }
        ReviewingStore.SubjectRow subject = store.subject(slot.panelId(), slot.subjectId())
                .orElseThrow(() -> new NotFoundException("review " + reviewId));
        return new Access(reviewer, panel, slot, subject);
    }

    private void refuse(UUID panelId, UUID subjectId, String what) {
        var who = actor.get();
        separately.executeWithoutResult(status -> events.publishEvent(new ReviewAccessRefused(panelId, subjectId, what, who)));
        throw new NotFoundException("subject " + subjectId);
    }

    @Transactional(readOnly = true)
    public ReviewView review(UUID reviewId, SignedInPerson me) {
        Access access = access(reviewId, me, "review");
        return view(access.panel(), access.subject(), access.slot(),
                store.review(access.slot().panelId(), access.slot().subjectId(), access.reviewer().id()));
    }

    /** The review page's content for this reviewer, in their language. */
    @Transactional(readOnly = true)
    public ReviewPage page(UUID reviewId, SignedInPerson me, Locale locale) {
        Access access = access(reviewId, me, "subject");
        Optional<ReviewRow> row = store.review(access.slot().panelId(), access.slot().subjectId(), access.reviewer().id());
        ReviewView review = view(access.panel(), access.subject(), access.slot(), row);
        List<ReviewPage.OtherReview> others = new ArrayList<>();
        if (review.submitted()) {
            int number = 0;
            for (ReviewRow other : store.submittedOf(access.slot().panelId(), access.slot().subjectId())) {
                number++;
                if (!other.reviewerId().equals(access.reviewer().id())) {
                    others.add(new ReviewPage.OtherReview(number, other.scores(), other.comments(), other.total()));
                }
            }
        }
        return new ReviewPage(review, rubrics.effective(access.panel()), content(access, locale), others,
                deadlinePassed(access.panel(), access.slot()));
    }

    /** What the reviewer may read of the subject: its owner's description with the panel's blind fields hidden. */
    Optional<SubjectContent> content(Access access, Locale locale) {
        return source(access.panel().scopeType())
                .flatMap(source -> source.content(access.panel().scopeId(), access.slot().subjectId(), locale))
                .map(content -> Blind.hide(content, access.panel().blindFields()));
    }

    private Optional<SubjectSource> source(String scopeType) {
        return sources.orderedStream().filter(source -> scopeType.equals(source.scopeType())).findFirst();
    }

    /** A document of the subject the reviewer may download, or 404. */
    @Transactional(readOnly = true)
    public StoredFile document(UUID reviewId, UUID fileId, SignedInPerson me, Locale locale) {
        Access access = access(reviewId, me, "document " + fileId);
        return content(access, locale).flatMap(content -> Blind.document(content, fileId))
                .flatMap(document -> files.find(fileId))
                .orElseThrow(() -> new NotFoundException("file " + fileId));
    }

    /**
     * For the files module: the person is an assigned, non-conflicted reviewer of a subject (in a panel
     * that is reviewing or closed) whose visible documents include the file. A conflicted reviewer asking
     * for a document of that subject is refused and recorded.
     */
    boolean mayReadFile(UUID personId, UUID fileId) {
        Optional<ReviewerRow> reviewer = store.reviewerOfPerson(personId);
        if (reviewer.isEmpty()) {
            return false;
        }
        Map<UUID, Optional<PanelRow>> panels = new HashMap<>();
        Map<UUID, Optional<Set<UUID>>> holding = new HashMap<>();
        for (Slot slot : store.slots(reviewer.get().id())) {
            if (!(slot.assigned() || slot.conflicted())) {
                continue;
            }
            PanelRow panel = panels.computeIfAbsent(slot.panelId(), store::panel).orElse(null);
            if (panel == null || "SETUP".equals(panel.status())) {
                continue;
            }
            // one lookup per panel of the subjects that hold the file; only those are read in full
            Optional<Set<UUID>> withFile = holding.computeIfAbsent(panel.id(), id -> source(panel.scopeType())
                    .flatMap(source -> source.subjectsWithFile(panel.scopeId(), fileId)));
            if (withFile.isPresent() && !withFile.get().contains(slot.subjectId())) {
                continue;
            }
            boolean listed = source(panel.scopeType())
                    .flatMap(source -> source.content(panel.scopeId(), slot.subjectId(), Locale.ENGLISH))
                    .map(content -> Blind.document(Blind.hide(content, panel.blindFields()), fileId).isPresent())
                    .orElse(false);
            if (listed && slot.conflicted()) {
                var who = actor.get();
                separately.executeWithoutResult(status -> events.publishEvent(
                        new ReviewAccessRefused(slot.panelId(), slot.subjectId(), "document " + fileId, who)));
                return false;
            }
            if (listed) {
                return true;
            }
        }
        return false;
    }

    /** Saves what the reviewer has typed so far (scores and comments replace the draft's). */
    @Transactional
    public ReviewView saveDraft(UUID reviewId, Map<String, Double> scores, Map<String, String> comments, SignedInPerson me) {
        Access access = access(reviewId, me, "review draft");
        Locked locked = editable(access);
        ReviewRow row = locked.row();
        Map<String, Double> cleanScores = withoutEmpty(scores);
        Map<String, String> cleanComments = withoutBlank(comments);
        List<Violation> problems = rubrics.effective(locked.panel()).check(cleanScores, cleanComments, false);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.saveDraft(row.id(), cleanScores, cleanComments, clock.instant());
        return review(access);
    }

    /** Submits the review: every criterion scored within its scale and required comments present, all problems together. */
    @Transactional
    public ReviewView submit(UUID reviewId, Map<String, Double> scores, Map<String, String> comments, SignedInPerson me) {
        Access access = access(reviewId, me, "review submission");
        Locked locked = editable(access);
        ReviewRow row = locked.row();
        Map<String, Double> cleanScores = withoutEmpty(scores);
        Map<String, String> cleanComments = withoutBlank(comments);
        Rubric rubric = rubrics.effective(locked.panel());
        List<Violation> problems = rubric.check(cleanScores, cleanComments, true);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.submit(row.id(), cleanScores, cleanComments, rubric.total(cleanScores), clock.instant());
        events.publishEvent(new ReviewingChanged("review.submitted", "review", row.id().toString(),
                "panel " + access.panel().id() + ", subject " + access.subject().label(), actor.get()));
        return review(access);
    }

    /** Declines to review the subject, with a reason for the Secretariat. */
    @Transactional
    public ReviewView decline(UUID reviewId, String reason, SignedInPerson me) {
        Access access = access(reviewId, me, "review declination");
        ReviewRow row = editable(access).row();
        String text = reason == null ? "" : reason.strip();
        if (text.length() < 5 || text.length() > 2000) {
            throw new InvalidInputException("reason", "reviewing.review.reasonMissing");
        }
        store.decline(row.id(), text, clock.instant());
        events.publishEvent(new ReviewingChanged("review.declined", "review", row.id().toString(),
                "panel " + access.panel().id() + ", subject " + access.subject().label(), actor.get()));
        return review(access);
    }

    private ReviewView review(Access access) {
        return view(access.panel(), access.subject(), access.slot(),
                store.review(access.slot().panelId(), access.slot().subjectId(), access.reviewer().id()));
    }

    /** The panel's row as read under the lock, and the review's row. */
    private record Locked(PanelRow panel, ReviewRow row) {
    }

    /**
     * Locks the panel's row (shared: reviewers save side by side, a rubric save or closing waits) and the
     * review's row (creating the draft), and refuses when nothing may change any more.
     */
    private Locked editable(Access access) {
        PanelRow panel = store.lockPanelShared(access.panel().id()).orElseThrow();
        Slot slot = access.slot();
        if (slot.due() == null ? !panel.reviewing() || panel.closedAt() != null : !(panel.reviewing() || panel.closed())) {
            throw new InvalidInputException(null, "reviewing.review.notReviewing");
        }
        if (deadlinePassed(panel, slot)) {
            throw new InvalidInputException(null, "reviewing.review.deadlinePassed");
        }
        ReviewRow row = store.lockReview(panel.id(), slot.subjectId(), access.reviewer().id(), clock.instant());
        if ("SUBMITTED".equals(row.status())) {
            throw new InvalidInputException(null, "reviewing.review.alreadySubmitted");
        }
        if ("DECLINED".equals(row.status())) {
            throw new InvalidInputException(null, "reviewing.review.alreadyDeclined");
        }
        return new Locked(panel, row);
    }

    /**
     * Whether the pair may still change now: an ordinary pair while the panel is reviewing for the first
     * time (never closed) and before the panel's deadline; a further review (its own deadline) while the
     * panel is reviewing or closed and before its own deadline. Reopening a panel for a further review
     * therefore lets no other late review in.
     */
    private boolean open(PanelRow panel, Slot slot) {
        boolean status = slot.due() == null ? panel.reviewing() && panel.closedAt() == null : panel.reviewing() || panel.closed();
        return status && !deadlinePassed(panel, slot);
    }

    private boolean deadlinePassed(PanelRow panel, Slot slot) {
        Instant deadline = deadline(panel, slot);
        return deadline != null && !clock.instant().isBefore(deadline);
    }

    /** The pair's deadline: a further review's own, otherwise the panel's. */
    private static Instant deadline(PanelRow panel, Slot slot) {
        return slot.due() != null ? slot.due() : panel.deadline();
    }

    private ReviewView view(PanelRow panel, ReviewingStore.SubjectRow subject, Slot slot, Optional<ReviewRow> row) {
        String status = row.map(ReviewRow::status).orElse("NOT_STARTED");
        boolean editable = open(panel, slot) && ("NOT_STARTED".equals(status) || "DRAFT".equals(status));
        return new ReviewView(slot.reviewId(), panel.id(), panel.title(), panel.status(), subject.subjectId(), subject.label(),
                status, row.map(ReviewRow::scores).orElse(Map.of()), row.map(ReviewRow::comments).orElse(Map.of()),
                row.map(ReviewRow::total).orElse(null), row.map(ReviewRow::declineReason).orElse(null), deadline(panel, slot),
                panel.zone(), row.map(ReviewRow::updatedAt).orElse(null), row.map(ReviewRow::submittedAt).orElse(null), editable);
    }

    private static Map<String, Double> withoutEmpty(Map<String, Double> scores) {
        Map<String, Double> clean = new LinkedHashMap<>();
        if (scores != null) {
            scores.forEach((key, value) -> {
                if (key != null && value != null) {
                    clean.put(key, value);
                }
            });
        }
        return clean;
    }

    private static Map<String, String> withoutBlank(Map<String, String> comments) {
        Map<String, String> clean = new LinkedHashMap<>();
        if (comments != null) {
            comments.forEach((key, value) -> {
                if (key != null && value != null && !value.isBlank()) {
                    clean.put(key, value.strip());
                }
            });
        }
        return clean;
    }
}
