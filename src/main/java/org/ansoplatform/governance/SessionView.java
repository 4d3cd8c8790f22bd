package org.ansoplatform.governance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** A session of the Board or the Assembly. */
public record SessionView(UUID id, Body body, String title, LocalDateTime startsAt, String zone, SessionMode mode,
        String location, SessionStatus status, String minutes) {

    public LocalDate date() {
        return startsAt.toLocalDate();
    }
}
