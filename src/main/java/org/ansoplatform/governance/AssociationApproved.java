package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A decision approved a proposed association. Audited as {@code governance.associationApproved}. */
public record AssociationApproved(UUID associationId, String acronym, UUID decisionId, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.associationApproved";
    }

    @Override
    public String recordType() {
        return "association";
    }

    @Override
    public String recordId() {
        return associationId.toString();
    }

    @Override
    public String detail() {
        return acronym;
    }
}
