package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A session's minutes were saved. Audited as {@code governance.minutesSaved}. */
public record MinutesSaved(UUID sessionId, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.minutesSaved";
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
        return "";
    }
}
