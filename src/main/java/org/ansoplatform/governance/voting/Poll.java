package org.ansoplatform.governance.voting;

import java.time.Instant;
import java.util.UUID;

import org.ansoplatform.governance.PollState;
import org.ansoplatform.platform.InvalidInputException;

/**
 * A poll's state and the transitions it allows: created, open, closed, published, never backwards (the
 * database's trigger refuses going back too, even for direct SQL). A refused step names the state the poll is
 * in; a ballot is admitted only while the poll is open and before its deadline.
 */
public record Poll(PollKind kind, UUID id, PollState state, Instant deadline) {

    public Poll open() {
        return to(PollState.CREATED, PollState.OPEN);
    }

    public Poll close() {
        return to(PollState.OPEN, PollState.CLOSED);
    }

    public Poll publish() {
        return to(PollState.CLOSED, PollState.PUBLISHED);
    }

    /** Refuses a ballot unless the poll is open and its deadline (if any) has not passed at {@code now}. */
    public void admitBallotAt(Instant now) {
        if (state != PollState.OPEN) {
            throw new InvalidInputException(null, "governance.error.pollNotOpen");
        }
        if (deadline != null && !now.isBefore(deadline)) {
            throw new InvalidInputException(null, "governance.error.deadlinePassed");
        }
    }

    private Poll to(PollState from, PollState next) {
        if (state != from) {
            throw new InvalidInputException(null, "governance.error.motionState", state.name());
        }
        return new Poll(kind, id, next, deadline);
    }
}
