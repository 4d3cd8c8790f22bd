package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** The General Assembly approved an application by a decision following a published vote: the organization is a member. Audited as {@code governance.application.APPROVED}. */
public record MembershipApproved(UUID applicationId, UUID organizationId, UUID decisionId, Actor actor) implements MembershipApplicationEvent {

    @Override
    public String action() {
        return "governance.application.APPROVED";
    }

    @Override
    public String detail() {
        return ApplicationState.APPROVED.name();
    }
}
