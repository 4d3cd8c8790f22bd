package org.ansoplatform.calls;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** The Secretariat’s message reached the mail pipeline for one applicant (one event per recipient of a mailing, for the activity log). */
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
