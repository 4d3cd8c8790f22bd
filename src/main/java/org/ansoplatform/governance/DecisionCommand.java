package org.ansoplatform.governance;

import java.time.LocalDate;
import java.util.UUID;

import org.ansoplatform.shared.RecordRef;

/**
 * A decision to record. {@code subjectId} names the application, amendment, mandate or association it
 * decides; {@code motionId} the published vote it follows; {@code termEnd} the new end of a mandate;
 * {@code appointment} the officer an OFFICE decision appoints (its subject, if any, is the officer replaced);
 * {@code subjectRef} the other module's record a RECORD decision is about (its {@code subjectId} is then ignored).
 */
public record DecisionCommand(String text, Outcome outcome, SubjectType subjectType, UUID subjectId, UUID motionId,
        LocalDate termEnd, Appointment appointment, RecordRef subjectRef) {

    public DecisionCommand(String text, Outcome outcome, SubjectType subjectType, UUID subjectId, UUID motionId,
            LocalDate termEnd, Appointment appointment) {
        this(text, outcome, subjectType, subjectId, motionId, termEnd, appointment, null);
    }

    /** A decision about another module's record, offered by a {@link DecisionSubjectSource}. */
    public static DecisionCommand about(RecordRef subject, String text, Outcome outcome, UUID motionId) {
        return new DecisionCommand(text, outcome, SubjectType.RECORD, null, motionId, null, null, subject);
    }

    public DecisionCommand(String text, Outcome outcome, SubjectType subjectType, UUID subjectId, UUID motionId,
            LocalDate termEnd) {
        this(text, outcome, subjectType, subjectId, motionId, termEnd, null);
    }
}
