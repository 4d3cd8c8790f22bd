package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** An election's poll opened; the entitled organizations are fixed. Audited as {@code governance.electionOpened}. */
public record ElectionOpened(UUID electionId, int entitled, Actor actor) implements ElectionEvent {

    @Override
    public String action() {
        return "governance.electionOpened";
    }

    @Override
    public String detail() {
        return entitled + " entitled";
    }
}
