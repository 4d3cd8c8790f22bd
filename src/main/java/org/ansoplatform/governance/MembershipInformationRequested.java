package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** The Secretariat asked an applicant for more information. Audited as {@code governance.application.INFORMATION_REQUESTED}. */
public record MembershipInformationRequested(UUID applicationId, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.application.INFORMATION_REQUESTED";
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
        return ApplicationState.INFORMATION_REQUESTED.name();
    }
}
