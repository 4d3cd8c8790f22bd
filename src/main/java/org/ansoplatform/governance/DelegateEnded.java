package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A delegate's appointment ended. Audited as {@code governance.delegateEnded}. */
public record DelegateEnded(UUID delegateId, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.delegateEnded";
    }

    @Override
    public String recordType() {
        return "delegate";
    }

    @Override
    public String recordId() {
        return delegateId.toString();
    }

    @Override
    public String detail() {
        return "";
    }
}
