package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** The applicant answered the Secretariat's request; the application is submitted again. Audited as {@code governance.application.ANSWERED}. */
public record MembershipApplicationAnswered(UUID applicationId, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.application.ANSWERED";
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
        return ApplicationState.SUBMITTED.name();
    }
}
