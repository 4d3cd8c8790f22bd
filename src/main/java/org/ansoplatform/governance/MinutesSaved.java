package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/** A session's minutes were saved. Audited as {@code governance.minutesSaved}. */
public record MinutesSaved(UUID sessionId, Actor actor) implements SessionEvent {

    @Override
    public String action() {
        return "governance.minutesSaved";
    }

    @Override
    public String detail() {
        return "";
    }
}
