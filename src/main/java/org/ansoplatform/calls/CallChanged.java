package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A call was created, cloned or edited by the Secretariat. */
public record CallChanged(UUID callId, String code, String change, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "call." + change;
    }

    @Override
    public String recordType() {
        return "call";
    }

    @Override
    public String recordId() {
        return callId.toString();
    }

    @Override
    public String detail() {
        return code;
    }
}
