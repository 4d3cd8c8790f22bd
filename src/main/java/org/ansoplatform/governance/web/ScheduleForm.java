package org.ansoplatform.governance.web;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Size;

import org.ansoplatform.governance.SessionCommand;
import org.ansoplatform.governance.SessionMode;
import org.ansoplatform.governance.SessionView;
import org.springframework.format.annotation.DateTimeFormat;

/** Moving a session: its new time (local to {@code zone}, which {@code SessionManagement} checks), mode and place. */
public record ScheduleForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
        String zone,
        SessionMode mode,
        @Size(max = 300, message = "{validation.tooLong}") String location) {

    static ScheduleForm of(SessionView session) {
        return new ScheduleForm(session.startsAt(), session.zone(), session.mode(), session.location());
    }

    SessionCommand command() {
        return new SessionCommand(null, null, startsAt, zone, mode, location);
    }
}
