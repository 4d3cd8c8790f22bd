package org.ansoplatform.governance;

import java.util.List;
import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** An Assembly decision adopted an election's result: the elected organizations hold the Board's seats. Audited as {@code governance.boardElected}. */
public record BoardElected(UUID electionId, List<UUID> organizationIds, UUID decisionId, Actor actor) implements ElectionEvent {

    @Override
    public String action() {
        return "governance.boardElected";
    }

    @Override
    public String detail() {
        return organizationIds.size() + " seats";
    }
}
