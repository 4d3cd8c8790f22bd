package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** An election's poll closed and was counted. Audited as {@code governance.electionClosed}. */
public record ElectionClosed(UUID electionId, int ballots, Actor actor) implements ElectionEvent {

    @Override
    public String action() {
        return "governance.electionClosed";
    }

    @Override
    public String detail() {
        return ballots + " ballots";
    }
}
