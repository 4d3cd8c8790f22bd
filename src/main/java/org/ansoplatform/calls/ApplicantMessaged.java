package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** The Secretariat wrote to an applicant (one event per applicant, so a failed send is retried for that one only). */
public record ApplicantMessaged(UUID applicationId, UUID applicantId, String subject, String body, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "application.messaged";
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
        return subject;
    }
}
