package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** The Secretariat found an application complete: it goes to the Board, the organization is in the directory as an applicant. Audited as {@code governance.application.COMPLETE}. */
public record MembershipApplicationChecked(UUID applicationId, UUID organizationId, Actor actor) implements MembershipApplicationEvent {

    @Override
    public String action() {
        return "governance.application.COMPLETE";
    }

    @Override
    public String detail() {
        return ApplicationState.COMPLETE.name();
    }
}
