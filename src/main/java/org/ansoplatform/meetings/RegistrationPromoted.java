package org.ansoplatform.meetings;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A waiting or pending registration got a place; the participant is told by email, linking to {@code path}, the meeting's page. */
public record RegistrationPromoted(UUID registrationId, UUID meetingId, String meetingTitle, String email, String name,
        String language, String onlineLink, String path, MeetingSchedule schedule, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "registration.promoted";
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
        return meetingTitle;
    }
}
