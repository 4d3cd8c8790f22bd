package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** The General Assembly approved an application by a decision following a published vote: the organization is a member. Audited as {@code governance.application.APPROVED}. */
public record MembershipApproved(UUID applicationId, UUID organizationId, UUID decisionId, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.application.APPROVED";
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
        return ApplicationState.APPROVED.name();
    }
}
