package org.ansoplatform.meetings;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/**
 * Someone registered: confirmed, on the waiting list (with their position) or waiting for the Secretariat's
 * approval. Carries the secret of the participant's own link until the confirmation email is written; the
 * audit detail never shows it.
 */
public record RegistrationReceived(UUID registrationId, UUID meetingId, String meetingTitle, String email, String name,
        String language, RegistrationStatus status, long position, String token, String onlineLink, Actor actor)
        implements AuditedEvent {

    @Override
    public String action() {
        return "registration.received";
    }

    @Override
    public String recordType() {
        return "registration";
    }

    @Override
    public String recordId() {
        return registrationId.toString();
    }

    @Override
    public String detail() {
        return meetingTitle + " (" + status + ")";
    }

    @Override
    public String toString() {
        return "RegistrationReceived[" + registrationId + ", " + status + "]";
    }
}
