package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A session of the Board or the Assembly was planned (or recorded). Audited as {@code governance.sessionCreated}. */
public record SessionScheduled(UUID sessionId, String title, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.sessionCreated";
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
        return title;
    }
}
