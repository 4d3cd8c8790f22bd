package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** The Board or the Assembly postponed its decision on an application, which keeps its state. Audited as {@code governance.application.POSTPONED_<body>}. */
public record MembershipDecisionPostponed(UUID applicationId, Body body, ApplicationState state, UUID decisionId, Actor actor) implements MembershipApplicationEvent {

    @Override
    public String action() {
        return "governance.application.POSTPONED_" + body;
    }

    @Override
    public String detail() {
        return state.name();
    }
}
