package org.ansoplatform.governance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A decision to record. {@code subjectId} names the application, amendment, mandate or association it
 * decides; {@code motionId} the published vote it follows; {@code termEnd} the new end of a mandate;
 * {@code appointment} the officer an OFFICE decision appoints (its subject, if any, is the officer replaced).
 */
public record DecisionCommand(String text, Outcome outcome, SubjectType subjectType, UUID subjectId, UUID motionId,
        LocalDate termEnd, Appointment appointment) {

    public DecisionCommand(String text, Outcome outcome, SubjectType subjectType, UUID subjectId, UUID motionId,
            LocalDate termEnd) {
        this(text, outcome, subjectType, subjectId, motionId, termEnd, null);
    }
}
