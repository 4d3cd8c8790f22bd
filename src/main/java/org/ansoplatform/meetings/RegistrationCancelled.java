package org.ansoplatform.meetings;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A registration was cancelled by its participant or by the Secretariat; a freed place goes to the waiting list. */
public record RegistrationCancelled(UUID registrationId, UUID meetingId, String meetingTitle, RegistrationStatus previous, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "registration.cancelled";
    }

    @Override
    public String recordType() {
        return "registration";
    }

    @Override
    public String recordId() {
        return String.valueOf(registrationId);
    }

    @Override
    public String detail() {
        return meetingTitle + " (" + previous + ")";
    }
}
