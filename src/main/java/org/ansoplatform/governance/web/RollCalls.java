package org.ansoplatform.governance.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.governance.MotionView;
import org.ansoplatform.governance.ParticipationView;
import org.ansoplatform.governance.VotingQueries;

/** The roll-calls of the motions whose results are shown: open ballots only, since a secret one has none. */
final class RollCalls {

    private RollCalls() {
    }

    static Map<UUID, List<ParticipationView>> of(List<MotionView> motions, VotingQueries voting) {
        Map<UUID, List<ParticipationView>> rolls = new HashMap<>();
        motions.stream().filter(m -> !m.secret() && m.yes() != null)
                .forEach(m -> rolls.put(m.id(), voting.participation(m.id())));
        return rolls;
    }
}
