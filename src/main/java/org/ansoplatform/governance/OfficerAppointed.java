package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A decision appointed an officer (ending the predecessor's term). Audited as {@code governance.officerAppointed}. */
public record OfficerAppointed(UUID officerId, Office office, String name, UUID decisionId, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.officerAppointed";
    }

    @Override
    public String recordType() {
        return "officer";
    }

    @Override
    public String recordId() {
        return officerId.toString();
    }

    @Override
    public String detail() {
        return office + " " + name;
    }
}
