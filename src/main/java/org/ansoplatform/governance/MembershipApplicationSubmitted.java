package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** An organization applied for membership. Audited as {@code governance.application.SUBMITTED}. */
public record MembershipApplicationSubmitted(UUID applicationId, Actor actor) implements MembershipApplicationEvent {

    @Override
    public String action() {
        return "governance.application.SUBMITTED";
    }

    @Override
    public String detail() {
        return ApplicationState.SUBMITTED.name();
    }
}
