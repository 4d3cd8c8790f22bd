package org.ansoplatform.governance;

import java.time.LocalDate;
import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A decision moved the end of a body's mandate (later, or earlier to end it). Audited as {@code governance.mandateChanged}. */
public record MandateExtended(UUID mandateId, LocalDate previousEnd, LocalDate newEnd, UUID decisionId, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.mandateChanged";
    }

    @Override
    public String recordType() {
        return "mandate";
    }

    @Override
    public String recordId() {
        return mandateId.toString();
    }

    @Override
    public String detail() {
        return previousEnd + " -> " + newEnd;
    }
}
