package org.ansoplatform.review.panels;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.review.ReviewOutcomes.PanelStatus;
import org.ansoplatform.review.ReviewScope;
import org.ansoplatform.review.Rubric;
import org.ansoplatform.shared.LocalizedText;

/**
 * One panel as stored (read or locked through {@link PanelStore}), and the rules of its life: SETUP while
 * it is set up, REVIEWING once a verified assignment is stored and reviewing opened, CLOSED when reviewing
 * closes and the scores are calibrated; a further review takes a closed panel back to REVIEWING. Each
 * transition refuses from the wrong status and answers the panel as it is afterwards.
 *
 * @param rubric the panel's own rubric, empty when it uses the default
 * @param closedAt when reviewing was first closed (kept when a further review reopens the panel)
 * @param doubleBlind reviewers see no answer that names a person (the applicant's name included)
 */
public record Panel(UUID id, ReviewScope scope, LocalizedText title, PanelStatus status, int reviewersPerSubject, int minLoad,
        int maxLoad, double loadPenalty, boolean fairnessFloor, boolean conflictSameCountry, List<String> blindFields,
        List<String> conflictListFields, Instant reviewDeadline, String zone, double threshold, Rubric rubric, Instant closedAt,
        boolean doubleBlind) {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public Panel {
        blindFields = List.copyOf(blindFields);
        conflictListFields = List.copyOf(conflictListFields);
    }

    public boolean inSetup() {
        return status == PanelStatus.SETUP;
    }

    public boolean reviewing() {
        return status == PanelStatus.REVIEWING;
    }

    public boolean closed() {
        return status == PanelStatus.CLOSED;
    }

    /** The zone the panel's deadlines are given in (the default zone when the stored one is unknown). */
    public ZoneId zoneId() {
        try {
            return ZoneId.of(zone);
        } catch (RuntimeException e) {
            return DEFAULT_ZONE;
        }
    }

    /** Refuses anything but a panel being set up. */
    public void requireSetup() {
        if (!inSetup()) {
            throw new InvalidInputException(null, "review.panel.error.notSetup");
        }
    }

    /** Refuses a closed panel. */
    public void requireNotClosed() {
        if (closed()) {
            throw new InvalidInputException(null, "review.panel.error.closed");
        }
    }

    /** SETUP to REVIEWING (the assignment's checks are the caller's). */
    public Panel openReviewing() {
        requireSetup();
        return withStatus(PanelStatus.REVIEWING, closedAt);
    }

    /** REVIEWING to CLOSED at {@code now}. */
    public Panel close(Instant now) {
        if (!reviewing()) {
            throw new InvalidInputException(null, "reviewing.close.notReviewing");
        }
        return withStatus(PanelStatus.CLOSED, now);
    }

    /** A further review: a closed panel reviews again (its closing time stays), a reviewing one stays as it is. */
    public Panel reopenForFurtherReview() {
        if (inSetup()) {
            throw new InvalidInputException(null, "reviewing.further.notStarted");
        }
        return closed() ? withStatus(PanelStatus.REVIEWING, closedAt) : this;
    }

    private Panel withStatus(PanelStatus next, Instant closed) {
        return new Panel(id, scope, title, next, reviewersPerSubject, minLoad, maxLoad, loadPenalty, fairnessFloor,
                conflictSameCountry, blindFields, conflictListFields, reviewDeadline, zone, threshold, rubric, closed, doubleBlind);
    }
}
