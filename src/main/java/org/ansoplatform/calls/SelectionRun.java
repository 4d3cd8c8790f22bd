package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** The Secretariat ran a call's selection and placement; the run is stored with every decision. */
public record SelectionRun(UUID runId, UUID callId, int candidates, int selected, int placed, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "call.selection.run";
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
        return candidates + " candidates, " + selected + " selected, " + placed + " placed (run " + runId + ")";
    }
}
