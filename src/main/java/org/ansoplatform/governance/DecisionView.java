package org.ansoplatform.governance;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.shared.RecordRef;

/** A decision of a session's body, about what it decided ({@code subjectRef}: another module's record, for RECORD). */
public record DecisionView(UUID id, UUID sessionId, Body body, String sessionTitle, LocalDate date, String text,
        Outcome outcome, SubjectType subjectType, UUID subjectId, UUID motionId, RecordRef subjectRef) {

    /** How the decision reads in a history: the session, its date and the decision's outcome. */
    public String summary() {
        return sessionTitle + " (" + date + "): " + outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
