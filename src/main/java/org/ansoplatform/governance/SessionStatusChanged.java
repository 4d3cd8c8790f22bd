package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A session was marked as held, planned or postponed. Audited as {@code governance.sessionStatus}. */
public record SessionStatusChanged(UUID sessionId, SessionStatus status, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.sessionStatus";
    }

    @Override
    public String recordType() {
        return "session";
    }

    @Override
    public String recordId() {
        return sessionId.toString();
    }

    @Override
    public String detail() {
        return status.name();
    }
}
