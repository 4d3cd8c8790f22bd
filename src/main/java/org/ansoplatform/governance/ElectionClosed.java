package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** An election's poll closed and was counted. Audited as {@code governance.electionClosed}. */
public record ElectionClosed(UUID electionId, int ballots, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.electionClosed";
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
        return ballots + " ballots";
    }
}
