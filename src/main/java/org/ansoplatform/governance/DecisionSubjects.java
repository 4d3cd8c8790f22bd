package org.ansoplatform.governance;

import org.ansoplatform.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Where a recorded decision takes effect: the service that owns what it decides applies it (decision 23), and for
 * another module's record the {@link DecisionSubjectSource} of that module, in the same transaction.
 */
@Component
class DecisionSubjects {

    private final MembershipManagement membership;
    private final StatuteManagement statutes;
    private final MandateManagement mandates;
    private final AssociationManagement associations;
    private final ElectionManagement elections;

    DecisionSubjects(MembershipManagement membership, StatuteManagement statutes, MandateManagement mandates,
            AssociationManagement associations, ElectionManagement elections) {
        this.membership = membership;
        this.statutes = statutes;
        this.mandates = mandates;
        this.associations = associations;
        this.elections = elections;
    }

    void apply(DecisionView decision, DecisionCommand command, DecisionSubjectSource source, Actor actor) {
        switch (decision.subjectType()) {
            case APPLICATION -> membership.apply(decision, actor);
            case AMENDMENT -> statutes.apply(decision, actor);
            case MANDATE -> mandates.extend(decision, command.termEnd(), actor);
            case ASSOCIATION -> associations.apply(decision, actor);
            case ELECTION -> elections.apply(decision, command.termEnd(), actor);
            case OFFICE -> mandates.appoint(decision, command.appointment(), actor);
            case RECORD -> source.apply(decision.subjectRef(),
                    new DecisionTaken(decision.id(), decision.body(), decision.outcome(), decision.date(), actor));
            default -> { }
        }
    }
}
