package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A decision of a session's body was recorded and applied to what it decides. Audited as {@code governance.decisionRecorded}. */
public record DecisionRecorded(UUID decisionId, UUID sessionId, SubjectType subjectType, UUID subjectId, Outcome outcome, Actor actor) implements AuditedEvent {

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
        return subjectType + " " + outcome;
    }
}
