package org.ansoplatform.governance;

import java.time.LocalDate;
import java.util.UUID;

import org.ansoplatform.shared.Actor;

/**
 * What a module learns of a decision about its record: which decision (for its own history to point at), the body,
 * how it decided, the day of the session and who recorded it. The rest (text, motion, session) stays governance's.
 */
@org.springframework.modulith.NamedInterface("decisions")
public record DecisionTaken(UUID decisionId, Body body, Outcome outcome, LocalDate date, Actor actor) {

    public boolean adopted() {
        return outcome.adopted();
    }
}
