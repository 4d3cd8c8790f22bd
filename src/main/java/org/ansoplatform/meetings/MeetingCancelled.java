package org.ansoplatform.meetings;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A meeting was called off; its participants are told. */
public record MeetingCancelled(UUID meetingId, String title, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "meeting.cancelled";
    }

    @Override
    public String recordType() {
        return "meeting";
    }

    @Override
    public String recordId() {
        return String.valueOf(meetingId);
    }

    @Override
    public String detail() {
        return title;
    }
}
