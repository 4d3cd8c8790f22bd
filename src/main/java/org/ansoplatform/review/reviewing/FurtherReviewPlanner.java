package org.ansoplatform.review.reviewing;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.review.FurtherReviewRequested;
import org.ansoplatform.review.panels.AssignmentStore;
import org.ansoplatform.review.panels.Panel;
import org.ansoplatform.review.panels.PanelStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subjects whose reviewers disagree beyond the panel's threshold (or that are short of reviewers after a
 * decline): the Secretariat asks one more panel member for a review, which reopens a closed panel, or
 * records the panel's discussion.
 */
@Service
public class FurtherReviewPlanner {

    private final PanelStore panels;
    private final AssignmentStore assignments;
    private final ReviewingStore store;
    private final ProgressQueries progress;
    private final PanelNotebook notes;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final Clock clock;

    FurtherReviewPlanner(PanelStore panels, AssignmentStore assignments, ReviewingStore store, ProgressQueries progress,
            PanelNotebook notes, ApplicationEventPublisher events, CurrentActor actor, Clock clock) {
        this.panels = panels;
        this.assignments = assignments;
        this.store = store;
        this.progress = progress;
        this.notes = notes;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * Asks one more panel member for a review of a subject: a new assignment (recorded under an
     * assignment run of kind REASSIGN whose summary says why) with its own deadline (the given one, or
     * the panel's while it is still ahead), and a closed panel back to REVIEWING. The panel-wide deadline
     * never changes; past it, or once the panel was closed, only further reviews stay open, each until
     * its own deadline. The reviewer is told by email.
     */
    @Transactional
    public UUID requestFurtherReview(UUID panelId, UUID subjectId, UUID reviewerId, Instant deadline) {
        Panel panel = panels.lock(panelId);
        store.subject(panelId, subjectId).orElseThrow(() -> new NotFoundException("subject " + subjectId));
        Panel reopened = panel.reopenForFurtherReview();
        if (progress.candidates(panelId, subjectId).stream().noneMatch(candidate -> candidate.reviewerId().equals(reviewerId))) {
            throw new InvalidInputException("reviewerId", "reviewing.further.notACandidate");
        }
        Instant now = clock.instant();
        Instant effective = deadline != null ? deadline : panel.reviewDeadline();
        if (effective == null) {
            throw new InvalidInputException("deadline", "reviewing.further.deadlineMissing");
        }
        if (!effective.isAfter(now)) {
            throw new InvalidInputException("deadline", "reviewing.further.deadlinePassed");
        }
        var who = actor.get();
        assignments.insertFurtherReview(UUID.randomUUID(), panelId, subjectId, reviewerId,
                who.personId() == null ? new UUID(0, 0) : who.personId(), now, effective);
        // a closed panel reviews again (the selection waits for it), but its own deadline stays as it was
        if (reopened != panel) {
            panels.saveStatus(reopened);
        }
        ReviewingStore.ReviewerRow reviewer = store.reviewer(reviewerId).orElseThrow();
        UUID reviewId = ReviewingStore.reviewId(panelId, subjectId, reviewerId);
        events.publishEvent(new FurtherReviewRequested(panelId, subjectId, reviewId, reviewer.personId(), reviewer.name(),
                reviewer.email(), panel.title(), effective, panel.zoneId(), ReviewDesk.REVIEWS_PATH + "/" + reviewId, who));
        return reviewId;
    }

    /** Records the panel's discussion of a subject whose reviewers disagreed. */
    @Transactional
    public UUID recordDiscussion(UUID panelId, UUID subjectId, String text, SignedInPerson author) {
        return notes.add(panelId, subjectId, text, PanelNotebook.Kind.DISCUSSION, author);
    }
}
