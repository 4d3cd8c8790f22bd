package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** An election's result was published. Audited as {@code governance.electionPublished}. */
public record ElectionPublished(UUID electionId, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.electionPublished";
    }

    @Override
    public String recordType() {
        return "election";
    }

    @Override
    public String recordId() {
        return electionId.toString();
    }

    @Override
    public String detail() {
        return "";
    }
}
