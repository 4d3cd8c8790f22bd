package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** An election's poll opened; the entitled organizations are fixed. Audited as {@code governance.electionOpened}. */
public record ElectionOpened(UUID electionId, int entitled, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.electionOpened";
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
        return entitled + " entitled";
    }
}
