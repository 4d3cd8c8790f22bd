package org.ansoplatform.meetings;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;
import org.ansoplatform.shared.CarriesLinkSecret;

/**
 * Someone registered: confirmed, on the waiting list (with their position) or waiting for the Secretariat's
 * approval. {@code path} is the participant's own page, with the secret of their link in its query, kept until
 * the confirmation email is written; the audit detail never shows it.
 */
public record RegistrationReceived(UUID registrationId, UUID meetingId, String meetingTitle, String email, String name,
        String language, RegistrationStatus status, long position, String path, String onlineLink,
        MeetingSchedule schedule, Actor actor)
        implements AuditedEvent, CarriesLinkSecret {

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
