package org.ansoplatform.governance;

/** How a body decided. */
public enum Outcome {
    ADOPTED_BY_CONSENSUS, ADOPTED_BY_VOTE, REJECTED, POSTPONED;

    public boolean adopted() {
        return this == ADOPTED_BY_CONSENSUS || this == ADOPTED_BY_VOTE;
    }
}
