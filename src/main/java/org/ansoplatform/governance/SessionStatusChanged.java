package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** A session was marked as held, planned or postponed. Audited as {@code governance.sessionStatus}. */
public record SessionStatusChanged(UUID sessionId, SessionStatus status, Actor actor) implements SessionEvent {

    @Override
    public String action() {
        return "governance.sessionStatus";
    }

    @Override
    public String detail() {
        return status.name();
    }
}
