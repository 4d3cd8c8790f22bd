package org.ansoplatform.governance.web;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Size;

import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.SessionCommand;
import org.ansoplatform.governance.SessionMode;
import org.springframework.format.annotation.DateTimeFormat;

/** Planning a session; the time is local to {@code zone}, which {@code SessionManagement} checks. */
public record SessionForm(
        Body body,
        @Size(max = 300, message = "{validation.tooLong}") String title,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
        String zone,
        SessionMode mode,
        @Size(max = 300, message = "{validation.tooLong}") String location) {

    static SessionForm empty() {
        return new SessionForm(Body.BOARD, null, null, "Asia/Shanghai", SessionMode.ONLINE, null);
    }

    SessionCommand command() {
        return new SessionCommand(body, title, startsAt, zone, mode, location);
    }
}
