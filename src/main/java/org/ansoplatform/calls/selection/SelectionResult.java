package org.ansoplatform.calls.selection;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every candidate's decision, in track order then rank order, and every tie broken on the way. */
public record SelectionResult(List<Decision> decisions, List<TieRecord> ties) {

    public SelectionResult {
        decisions = List.copyOf(decisions);
        ties = List.copyOf(ties);
    }

    public List<UUID> selected(String track) {
        return decisions.stream().filter(d -> d.track().equals(track) && d.outcome() == Decision.Outcome.SELECTED)
                .map(Decision::applicationId).toList();
    }

    public Map<UUID, Decision> byApplication() {
        return decisions.stream().collect(java.util.stream.Collectors.toMap(Decision::applicationId, d -> d));
    }
}
