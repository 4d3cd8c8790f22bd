package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** The applicant answered the Secretariat's request; the application is submitted again. Audited as {@code governance.application.ANSWERED}. */
public record MembershipApplicationAnswered(UUID applicationId, Actor actor) implements MembershipApplicationEvent {

    @Override
    public String action() {
        return "governance.application.ANSWERED";
    }

    @Override
    public String detail() {
        return ApplicationState.SUBMITTED.name();
    }
}
