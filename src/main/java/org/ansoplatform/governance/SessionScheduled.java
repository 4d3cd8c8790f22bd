package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** A session of the Board or the Assembly was planned (or recorded). Audited as {@code governance.sessionCreated}. */
public record SessionScheduled(UUID sessionId, String title, Actor actor) implements SessionEvent {

    @Override
    public String action() {
        return "governance.sessionCreated";
    }

    @Override
    public String detail() {
        return title;
    }
}
