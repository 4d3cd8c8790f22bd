package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** An amendment to one article of the Statutes in force was proposed. Audited as {@code governance.amendmentProposed}. */
public record AmendmentProposed(UUID amendmentId, String articleNumber, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.amendmentProposed";
    }

    @Override
    public String recordType() {
        return "amendment";
    }

    @Override
    public String recordId() {
        return amendmentId.toString();
    }

    @Override
    public String detail() {
        return "Article " + articleNumber;
    }
}
