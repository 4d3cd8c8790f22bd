package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** An organization applied for membership. Audited as {@code governance.application.SUBMITTED}. */
public record MembershipApplicationSubmitted(UUID applicationId, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.application.SUBMITTED";
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
        return ApplicationState.SUBMITTED.name();
    }
}
