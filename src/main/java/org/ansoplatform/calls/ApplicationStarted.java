package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** An applicant started a draft application to a call. */
public record ApplicationStarted(UUID applicationId, UUID callId, UUID applicantId, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "application.started";
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
        return callId.toString();
    }
}
