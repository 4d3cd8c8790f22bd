package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;
import org.ansoplatform.shared.RecordRef;

/**
 * A decision of a session's body was recorded and applied to what it decides ({@code subjectRef}: another module's
 * record, for RECORD). Audited as {@code governance.decisionRecorded}.
 */
public record DecisionRecorded(UUID decisionId, UUID sessionId, SubjectType subjectType, UUID subjectId, Outcome outcome,
        Actor actor, RecordRef subjectRef) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.decisionRecorded";
    }

    @Override
    public String recordType() {
        return "decision";
    }

    @Override
    public String recordId() {
        return decisionId.toString();
    }

    @Override
    public String detail() {
        return subjectRef == null ? subjectType + " " + outcome : subjectType + " " + subjectRef + " " + outcome;
    }
}
