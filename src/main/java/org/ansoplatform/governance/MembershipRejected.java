package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** The Board or the Assembly rejected an application by a decision. Audited as {@code governance.application.REJECTED_<body>}. */
public record MembershipRejected(UUID applicationId, Body body, UUID decisionId, Actor actor) implements MembershipApplicationEvent {

    @Override
    public String action() {
        return "governance.application.REJECTED_" + body;
    }

    @Override
    public String detail() {
        return ApplicationState.REJECTED.name();
    }
}
