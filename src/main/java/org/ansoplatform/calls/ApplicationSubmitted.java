package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** An application was submitted; its receipt is emailed to the applicant. */
public record ApplicationSubmitted(UUID applicationId, UUID callId, UUID applicantId, String reference, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "application.submitted";
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
        return reference;
    }
}
