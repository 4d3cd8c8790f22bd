package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A person became the delegate of a member organization (ending any earlier appointment of theirs). Audited as {@code governance.delegateAppointed}. */
public record DelegateAppointed(UUID delegateId, UUID personId, UUID organizationId, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.delegateAppointed";
    }

    @Override
    public String recordType() {
        return "organization";
    }

    @Override
    public String recordId() {
        return organizationId.toString();
    }

    @Override
    public String detail() {
        return personId.toString();
    }
}
