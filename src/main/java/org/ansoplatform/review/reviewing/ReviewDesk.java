package org.ansoplatform.review.reviewing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.review.ReviewPage;
import org.ansoplatform.review.ReviewStatus;
import org.ansoplatform.review.ReviewView;
import org.ansoplatform.review.ReviewingChanged;
import org.ansoplatform.review.Rubric;
import org.ansoplatform.review.SubjectSource.SubjectContent;
import org.ansoplatform.review.panels.Panel;
import org.ansoplatform.review.panels.PanelStore;
import org.ansoplatform.review.panels.SubjectSourceLookup;
import org.ansoplatform.review.reviewing.ReviewingStore.ReviewRow;
import org.ansoplatform.review.reviewing.ReviewingStore.ReviewerRow;
import org.ansoplatform.review.reviewing.ReviewingStore.Slot;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer's reviews: the list of their assignments, one subject's page (its content through the
 * scope owner's SubjectSource, blind fields hidden), the rubric form saved as it is typed, submission,
 * declining, and the documents. Only an assigned reviewer who is not conflicted reaches any of it; a
 * conflicted one gets 404 everywhere and the refusal is recorded. Deadlines are decided by the server's
 * clock.
 */
@Service
public class ReviewDesk {

    /** The reviewer's list of reviews; a review's page is this, a slash and its id. */
    public static final String REVIEWS_PATH = "/reviewer/reviews";

    private final ReviewingStore store;
    private final PanelStore panels;
    private final RubricEditor rubrics;
    private final SubjectSourceLookup sources;
    private final FileStorage files;
    private final AccessRefusals refusals;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final Clock clock;

    ReviewDesk(ReviewingStore store, PanelStore panels, RubricEditor rubrics, SubjectSourceLookup sources, FileStorage files,
            AccessRefusals refusals, ApplicationEventPublisher events, CurrentActor actor, Clock clock) {
        this.store = store;
        this.panels = panels;
        this.rubrics = rubrics;
        this.sources = sources;
        this.files = files;
        this.refusals = refusals;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    /** Who is reading which subject of which panel, once access is granted. */
    record Access(ReviewerRow reviewer, Panel panel, Slot slot, ReviewingStore.SubjectRow subject) {
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
            Panel panel = panels.get(slot.panelId());
            if (panel.inSetup()) {
                continue;
            }
            store.subject(slot.panelId(), slot.subjectId()).ifPresent(subject ->
                    mine.add(view(panel, subject, slot, store.review(slot.panelId(), slot.subjectId(), slot.reviewerId()))));
        }
        mine.sort(Comparator.comparing((ReviewView v) -> v.deadline() == null ? Instant.MAX : v.deadline())
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
        Panel panel = panels.find(slot.panelId()).orElseThrow(() -> new NotFoundException("review " + reviewId));
        if (!slot.assigned() || panel.inSetup()) {
            throw new NotFoundException("review " + reviewId);
        }
        ReviewingStore.SubjectRow subject = store.subject(slot.panelId(), slot.subjectId())
                .orElseThrow(() -> new NotFoundException("review " + reviewId));
        return new Access(reviewer, panel, slot, subject);
    }

    private void refuse(UUID panelId, UUID subjectId, String what) {
        refusals.record(panelId, subjectId, what);
        throw new NotFoundException("subject " + subjectId);
    }

    @Transactional(readOnly = true)
    public ReviewView review(UUID reviewId, SignedInPerson me) {
        return review(access(reviewId, me, "review"));
    }

    /** The review page's content for this reviewer, in their language. */
    @Transactional(readOnly = true)
    public ReviewPage page(UUID reviewId, SignedInPerson me, Locale locale) {
        Access access = access(reviewId, me, "subject");
        ReviewView review = review(access);
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
    private Optional<SubjectContent> content(Access access, Locale locale) {
        Panel panel = access.panel();
        return sources.find(panel.scope().type())
                .flatMap(source -> source.content(panel.scope().id(), access.slot().subjectId(), locale))
                .map(content -> Blind.hide(content, panel.blindFields(), panel.doubleBlind()));
    }

    /** A document of the subject the reviewer may download, or 404. */
    @Transactional(readOnly = true)
    public StoredFile document(UUID reviewId, UUID fileId, SignedInPerson me, Locale locale) {
        Access access = access(reviewId, me, "document " + fileId);
        return content(access, locale).flatMap(content -> Blind.document(content, fileId))
                .flatMap(document -> files.find(fileId))
                .orElseThrow(() -> new NotFoundException("file " + fileId));
    }

    /** Saves what the reviewer has typed so far (scores and comments replace the draft's). */
    @Transactional
    public ReviewView saveDraft(UUID reviewId, Map<String, Double> scores, Map<String, String> comments, SignedInPerson me) {
        Access access = access(reviewId, me, "review draft");
        Locked locked = editable(access);
        Map<String, Double> cleanScores = withoutEmpty(scores);
        Map<String, String> cleanComments = withoutBlank(comments);
        List<Violation> problems = rubrics.effective(locked.panel()).check(cleanScores, cleanComments, false);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.saveDraft(locked.row().id(), cleanScores, cleanComments, clock.instant());
        return review(access);
    }

    /** Submits the review: every criterion scored within its scale and required comments present, all problems together. */
    @Transactional
    public ReviewView submit(UUID reviewId, Map<String, Double> scores, Map<String, String> comments, SignedInPerson me) {
        Access access = access(reviewId, me, "review submission");
        Locked locked = editable(access);
        Map<String, Double> cleanScores = withoutEmpty(scores);
        Map<String, String> cleanComments = withoutBlank(comments);
        Rubric rubric = rubrics.effective(locked.panel());
        List<Violation> problems = rubric.check(cleanScores, cleanComments, true);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.submit(locked.row().id(), cleanScores, cleanComments, rubric.total(cleanScores), clock.instant());
        events.publishEvent(new ReviewingChanged("review.submitted", "review", locked.row().id().toString(),
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
    private record Locked(Panel panel, ReviewRow row) {
    }

    /**
     * Locks the panel's row (shared: reviewers save side by side, a rubric save or closing waits) and the
     * review's row (creating the draft), and refuses when nothing may change any more.
     */
    private Locked editable(Access access) {
        Panel panel = panels.lockShared(access.panel().id());
        Slot slot = access.slot();
        if (!mayReview(panel, slot)) {
            throw new InvalidInputException(null, "reviewing.review.notReviewing");
        }
        if (deadlinePassed(panel, slot)) {
            throw new InvalidInputException(null, "reviewing.review.deadlinePassed");
        }
        ReviewRow row = store.lockReview(panel.id(), slot.subjectId(), access.reviewer().id(), clock.instant());
        if (row.status() == ReviewStatus.SUBMITTED) {
            throw new InvalidInputException(null, "reviewing.review.alreadySubmitted");
        }
        if (row.status() == ReviewStatus.DECLINED) {
            throw new InvalidInputException(null, "reviewing.review.alreadyDeclined");
        }
        return new Locked(panel, row);
    }

    /**
     * Whether the panel's status lets the pair change: an ordinary pair while the panel is reviewing for the
     * first time (never closed); a further review (its own deadline) while the panel is reviewing or closed.
     * Reopening a panel for a further review therefore lets no other late review in.
     */
    private static boolean mayReview(Panel panel, Slot slot) {
        return slot.due() == null ? panel.reviewing() && panel.closedAt() == null : panel.reviewing() || panel.closed();
    }

    private boolean deadlinePassed(Panel panel, Slot slot) {
        Instant deadline = deadline(panel, slot);
        return deadline != null && !clock.instant().isBefore(deadline);
    }

    /** The pair's deadline: a further review's own, otherwise the panel's. */
    private static Instant deadline(Panel panel, Slot slot) {
        return slot.due() != null ? slot.due() : panel.reviewDeadline();
    }

    private ReviewView view(Panel panel, ReviewingStore.SubjectRow subject, Slot slot, Optional<ReviewRow> row) {
        ReviewStatus status = row.map(ReviewRow::status).orElse(ReviewStatus.NOT_STARTED);
        boolean editable = mayReview(panel, slot) && !deadlinePassed(panel, slot)
                && (status == ReviewStatus.NOT_STARTED || status == ReviewStatus.DRAFT);
        return new ReviewView(slot.reviewId(), panel.id(), panel.title(), panel.status(), subject.subjectId(), subject.label(),
                status, row.map(ReviewRow::scores).orElse(Map.of()), row.map(ReviewRow::comments).orElse(Map.of()),
                row.map(ReviewRow::total).orElse(null), row.map(ReviewRow::declineReason).orElse(null), deadline(panel, slot),
                panel.zoneId(), row.map(ReviewRow::updatedAt).orElse(null), row.map(ReviewRow::submittedAt).orElse(null), editable);
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
