package org.ansoplatform.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** A session of the Board or the Assembly. */
public record SessionView(UUID id, Body body, String title, LocalDateTime startsAt, String zone, SessionMode mode,
        String location, SessionStatus status, String minutes) {

    public LocalDate date() {
        return startsAt.toLocalDate();
    }

    /** The moment the session starts, so a page can give it in the reader's zone beside the session's own. */
    public Instant startsAtInstant() {
        return startsAt.atZone(zoneId()).toInstant();
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }
}
