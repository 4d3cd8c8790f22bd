package org.ansoplatform.governance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An election; votes per candidate only once published (or for the Secretariat after closing). */
public record ElectionView(UUID id, UUID sessionId, String title, int seats, Instant deadline, PollState state,
        Integer entitled, Integer ballots, List<CandidateView> candidates) {

    public ElectionView withoutResults() {
        return new ElectionView(id, sessionId, title, seats, deadline, state, entitled, null,
                candidates.stream().map(c -> new CandidateView(c.id(), c.organizationId(), c.organizationName(), null, null))
                        .toList());
    }
}
