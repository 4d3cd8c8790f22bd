package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** The Secretariat asked an applicant for more information. Audited as {@code governance.application.INFORMATION_REQUESTED}. */
public record MembershipInformationRequested(UUID applicationId, Actor actor) implements MembershipApplicationEvent {

    @Override
    public String action() {
        return "governance.application.INFORMATION_REQUESTED";
    }

    @Override
    public String detail() {
        return ApplicationState.INFORMATION_REQUESTED.name();
    }
}
