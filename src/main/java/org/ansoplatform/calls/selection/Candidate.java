package org.ansoplatform.calls.selection;

import java.util.Map;
import java.util.UUID;

/**
 * An eligible, reviewed application competing in a track.
 *
 * @param score the calibrated score; higher is better
 * @param attributes categorical data caps count by (for example country, nominating organization)
 * @param tieBreakValues numeric data tie-break rules compare (for example a criterion's score)
 */
public record Candidate(UUID applicationId, String track, double score, Map<String, String> attributes,
        Map<String, Double> tieBreakValues) {

    public Candidate {
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be finite");
        }
        attributes = Map.copyOf(attributes);
        tieBreakValues = Map.copyOf(tieBreakValues);
    }
}
