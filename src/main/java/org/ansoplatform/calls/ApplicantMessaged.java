package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** The Secretariat wrote to an applicant (one event per applicant, so a failed send is retried for that one only). */
public record ApplicantMessaged(UUID applicationId, UUID applicantId, String subject, String body, Actor actor) implements ApplicationEvent {

    @Override
    public String action() {
        return "application.messaged";
    }

    @Override
    public String detail() {
        return subject;
    }
}
