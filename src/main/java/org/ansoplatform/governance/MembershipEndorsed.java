package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** The Governing Board endorsed an application by a decision. Audited as {@code governance.application.ENDORSED}. */
public record MembershipEndorsed(UUID applicationId, UUID decisionId, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.application.ENDORSED";
    }

    @Override
    public String recordType() {
        return "application";
    }

    @Override
    public String recordId() {
        return applicationId.toString();
    }

    @Override
    public String detail() {
        return ApplicationState.ENDORSED.name();
    }
}
