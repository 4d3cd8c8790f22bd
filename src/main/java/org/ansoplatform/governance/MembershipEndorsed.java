package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** The Governing Board endorsed an application by a decision. Audited as {@code governance.application.ENDORSED}. */
public record MembershipEndorsed(UUID applicationId, UUID decisionId, Actor actor) implements MembershipApplicationEvent {

    @Override
    public String action() {
        return "governance.application.ENDORSED";
    }

    @Override
    public String detail() {
        return ApplicationState.ENDORSED.name();
    }
}
