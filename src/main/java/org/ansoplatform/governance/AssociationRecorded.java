package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A thematic association was recorded (proposed, or approved already in the demo data). Audited as {@code governance.associationProposed}. */
public record AssociationRecorded(UUID associationId, String acronym, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.associationProposed";
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
