package org.ansoplatform.review.reviewing;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.review.ReviewStatus;
import org.ansoplatform.review.ReviewingChanged;
import org.ansoplatform.review.reviewing.NoteStore.NoteRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes per subject of a panel, with author and time: the Secretariat writes and reads them; a panel
 * member assigned to the subject reads and writes them once their own review is submitted. A conflicted
 * reviewer never reaches them (ReviewDesk refuses and records the attempt).
 */
@Service
public class PanelNotebook {

    public static final int MAX_LENGTH = 10_000;

    public enum Kind { NOTE, DISCUSSION }

    /**
     * A note as its reader sees it: the Secretariat reads the author's name; a reviewer reads no name
     * (authorName null) but the author's reviewer number on the subject (numbered by submission, as the
     * reviews are shown), 0 for a reviewer without a submitted review of it, or null for the Secretariat.
     */
    public record NoteView(UUID id, Kind kind, String authorName, Integer reviewerNumber, String text, Instant createdAt) {
    }

    private final NoteStore notes;
    private final ReviewingStore store;
    private final ReviewDesk reviews;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final Clock clock;

    PanelNotebook(NoteStore notes, ReviewingStore store, ReviewDesk reviews, ApplicationEventPublisher events, CurrentActor actor,
            Clock clock) {
        this.notes = notes;
        this.store = store;
        this.reviews = reviews;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<NoteView> list(UUID panelId, UUID subjectId) {
        store.subject(panelId, subjectId).orElseThrow(() -> new NotFoundException("subject " + subjectId));
        return notes.of(panelId, subjectId).stream()
                .map(note -> new NoteView(note.id(), note.kind(), note.authorName(), null, note.text(), note.createdAt())).toList();
    }

    /** The Secretariat adds a note (or records the panel's discussion) to a subject. */
    @Transactional
    public UUID add(UUID panelId, UUID subjectId, String text, Kind kind, SignedInPerson author) {
        store.subject(panelId, subjectId).orElseThrow(() -> new NotFoundException("subject " + subjectId));
        return insert(panelId, subjectId, text, kind, author);
    }

    /** Notes of the subject of the reviewer's review, once that review is submitted. */
    @Transactional(readOnly = true)
    public List<NoteView> forReviewer(UUID reviewId, SignedInPerson me) {
        ReviewDesk.Access access = reviewerMayNote(reviewId, me, "notes");
        UUID panelId = access.panel().id();
        UUID subjectId = access.subject().subjectId();
        // reviewers stay anonymous to each other: numbered as their reviews are, by submission
        Map<UUID, Integer> numbers = new HashMap<>();
        List<ReviewingStore.ReviewRow> submitted = store.submittedOf(panelId, subjectId);
        for (int i = 0; i < submitted.size(); i++) {
            int number = i + 1;
            store.reviewer(submitted.get(i).reviewerId()).ifPresent(reviewer -> numbers.putIfAbsent(reviewer.personId(), number));
        }
        Set<UUID> reviewers = new HashSet<>(store.reviewerPeople(panelId));
        return notes.of(panelId, subjectId).stream()
                .map(note -> new NoteView(note.id(), note.kind(), null,
                        numbers.containsKey(note.authorId()) ? numbers.get(note.authorId()) : reviewers.contains(note.authorId()) ? 0 : null,
                        note.text(), note.createdAt()))
                .toList();
    }

    @Transactional
    public UUID addByReviewer(UUID reviewId, String text, SignedInPerson me) {
        ReviewDesk.Access access = reviewerMayNote(reviewId, me, "note");
        return insert(access.panel().id(), access.subject().subjectId(), text, Kind.NOTE, me);
    }

    private ReviewDesk.Access reviewerMayNote(UUID reviewId, SignedInPerson me, String what) {
        ReviewDesk.Access access = reviews.access(reviewId, me, what);
        boolean submitted = store.review(reviewId).map(row -> row.status() == ReviewStatus.SUBMITTED).orElse(false);
        if (!submitted) {
            throw new NotFoundException("notes of " + reviewId);
        }
        return access;
    }

    private UUID insert(UUID panelId, UUID subjectId, String text, Kind kind, SignedInPerson author) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > MAX_LENGTH) {
            throw new InvalidInputException("text", "reviewing.note.length", MAX_LENGTH);
        }
        UUID id = UUID.randomUUID();
        notes.insert(id, panelId, subjectId, author.id(), author.displayName(), clean, kind, clock.instant());
        events.publishEvent(new ReviewingChanged(kind == Kind.DISCUSSION ? "review.discussionRecorded" : "review.noteAdded",
                "review-subject", subjectId.toString(), "panel " + panelId, actor.get()));
        return id;
    }
}
