package org.ansoplatform.governance;

import java.time.LocalDateTime;
import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** A session was moved to another time, zone, mode or place. Audited as {@code governance.sessionRescheduled}. */
public record SessionRescheduled(UUID sessionId, LocalDateTime startsAt, String zone, Actor actor) implements SessionEvent {

    @Override
    public String action() {
        return "governance.sessionRescheduled";
    }

    @Override
    public String detail() {
        return startsAt + " " + zone;
    }
}
