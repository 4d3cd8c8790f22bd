package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** The Board or the Assembly postponed its decision on an application, which keeps its state. Audited as {@code governance.application.POSTPONED_<body>}. */
public record MembershipDecisionPostponed(UUID applicationId, Body body, ApplicationState state, UUID decisionId, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.application.POSTPONED_" + body;
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
        return state.name();
    }
}
