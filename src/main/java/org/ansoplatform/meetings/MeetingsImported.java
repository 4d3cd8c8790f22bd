package org.ansoplatform.meetings;


import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A CSV list of meetings was imported (all of its lines, or none). */
public record MeetingsImported(int count, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "meeting.imported";
    }

    @Override
    public String recordType() {
        return "meeting";
    }

    @Override
    public String recordId() {
        return "import";
    }

    @Override
    public String detail() {
        return count + " meeting(s)";
    }
}
