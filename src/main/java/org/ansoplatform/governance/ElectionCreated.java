package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** An election of the Governing Board was set up with its candidates. Audited as {@code governance.electionCreated}. */
public record ElectionCreated(UUID electionId, String title, Actor actor) implements ElectionEvent {

    @Override
    public String action() {
        return "governance.electionCreated";
    }

    @Override
    public String detail() {
        return title;
    }
}
