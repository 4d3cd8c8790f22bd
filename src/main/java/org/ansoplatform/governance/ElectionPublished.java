package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** An election's result was published. Audited as {@code governance.electionPublished}. */
public record ElectionPublished(UUID electionId, Actor actor) implements ElectionEvent {

    @Override
    public String action() {
        return "governance.electionPublished";
    }

    @Override
    public String detail() {
        return "";
    }
}
