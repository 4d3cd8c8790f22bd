package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** The applicant withdrew an application. */
public record ApplicationWithdrawn(UUID applicationId, UUID applicantId, String reference, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "application.withdrawn";
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
        return reference == null ? "" : reference;
    }
}
