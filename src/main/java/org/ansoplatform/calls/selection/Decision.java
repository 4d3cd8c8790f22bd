package org.ansoplatform.calls.selection;

import java.util.List;
import java.util.UUID;

import org.ansoplatform.shared.Money;

/**
 * The outcome for one candidate with its explanation as a message key (prefixed calls.selection.) and
 * arguments, e.g. calls.selection.below-line [342, 2950, PHD, 300]: rank 342 of 2,950; PhD quota line
 * at 300; not selected.
 *
 * @param rank position in the track's ranking, 1 = best
 * @param waitlistPosition among the track's candidates not selected, in rank order (0 when selected)
 * @param ties the ties this candidate was part of, each with the rule that broke it
 * @param granted under a budget envelope, the amount a selected candidate is funded with (what it requested); else null
 */
public record Decision(UUID applicationId, String track, int rank, int trackSize, Outcome outcome,
        int waitlistPosition, String messageKey, List<Object> args, List<TieRecord> ties, Money granted) {

    public Decision {
        args = List.copyOf(args);
        ties = List.copyOf(ties);
    }

    /** A decision that grants no amount (a call without an envelope, or a candidate not funded). */
    public Decision(UUID applicationId, String track, int rank, int trackSize, Outcome outcome, int waitlistPosition, String messageKey,
            List<Object> args, List<TieRecord> ties) {
        this(applicationId, track, rank, trackSize, outcome, waitlistPosition, messageKey, args, ties, null);
    }

    public enum Outcome {
        SELECTED,
        /** Ranked below the quota line. */
        NOT_SELECTED,
        /** Ranked above the line but a cap was full when their turn came. */
        CAPPED,
        /** Their track has no quota in the rules. */
        NO_QUOTA,
        /** Within the quota and caps, but the budget envelope could not fund what they requested. */
        OVER_BUDGET
    }
}
