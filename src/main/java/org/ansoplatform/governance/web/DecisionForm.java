package org.ansoplatform.governance.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.ansoplatform.governance.Appointment;
import org.ansoplatform.governance.DecisionCommand;
import org.ansoplatform.governance.Office;
import org.ansoplatform.governance.Outcome;
import org.ansoplatform.governance.SubjectType;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Recording a decision: what it is about ({@code subject}, a {@link SubjectChoice}), its outcome, the vote it
 * follows, and for an OFFICE decision the officer it appoints (the subject, if an officer, is the one replaced).
 */
public record DecisionForm(
        @Size(max = 4000, message = "{validation.tooLong}") String text,
        SubjectChoice subject,
        Outcome outcome,
        UUID motionId,
        Office office,
        @Size(max = 200, message = "{validation.tooLong}") String officerName,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termStart,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termEnd) {

    static DecisionForm empty() {
        return new DecisionForm(null, null, null, null, null, null, null, null);
    }

    DecisionCommand command() {
        if (office != null) {
            UUID replaced = subject != null && subject.type() == SubjectType.OFFICE ? subject.id() : null;
            return new DecisionCommand(text, outcome, SubjectType.OFFICE, replaced, motionId, null,
                    new Appointment(office, officerName, termStart, termEnd));
        }
        return new DecisionCommand(text, outcome, subject == null ? SubjectType.OTHER : subject.type(),
                subject == null ? null : subject.id(), motionId, termEnd, null, subject == null ? null : subject.ref());
    }
}
