package org.ansoplatform.review.panels;

import java.time.Clock;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pins (must assign) and bans (must not) of single pairs, set by the Secretariat before solving. */
@Service
@Transactional
public class PairingEditor {

    private final PanelStore panels;
    private final SubjectStore subjects;
    private final MemberStore members;
    private final AssignmentStore assignments;
    private final CurrentActor currentActor;
    private final Clock clock;

    PairingEditor(PanelStore panels, SubjectStore subjects, MemberStore members, AssignmentStore assignments, CurrentActor currentActor,
            Clock clock) {
        this.panels = panels;
        this.subjects = subjects;
        this.members = members;
        this.assignments = assignments;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Pins or bans a pair before solving; kind null removes it. SETUP only. */
    public void setPairing(UUID panelId, UUID subjectId, UUID reviewerId, PairingKind kind) {
        panels.lock(panelId).requireSetup();
        if (kind == null) {
            assignments.removePairing(panelId, subjectId, reviewerId);
            return;
        }
        if (!subjects.exists(panelId, subjectId)) {
            throw new InvalidInputException("subject", "review.pairing.error.subject");
        }
        if (reviewerId == null || !members.isMember(panelId, reviewerId)) {
            throw new InvalidInputException("reviewer", "review.pairing.error.reviewer");
        }
        if (!members.isAccepted(panelId, reviewerId)) {
            // the solver only sees accepted reviewers: a pin or ban on anyone else would be silently ignored
            throw new InvalidInputException("reviewer", "review.pairing.error.notAccepted");
        }
        UUID setBy = currentActor.personId();
        assignments.setPairing(panelId, subjectId, reviewerId, kind, setBy == null ? new UUID(0, 0) : setBy, clock.instant());
    }
}
