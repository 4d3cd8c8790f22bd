package org.ansoplatform.calls.selection;

import java.util.Map;
import java.util.UUID;

import org.ansoplatform.shared.Money;

/**
 * An eligible, reviewed application competing in a track.
 *
 * @param score the calibrated score; higher is better
 * @param attributes categorical data caps count by (for example country, nominating organization)
 * @param tieBreakValues numeric data tie-break rules compare (for example a criterion's score)
 * @param requested the amount the proposal asks for, read when the call has a budget envelope (null otherwise)
 */
public record Candidate(UUID applicationId, String track, double score, Map<String, String> attributes,
        Map<String, Double> tieBreakValues, Money requested) {

    public Candidate {
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be finite");
        }
        attributes = Map.copyOf(attributes);
        tieBreakValues = Map.copyOf(tieBreakValues);
    }

    /** A candidate of a call without a budget envelope. */
    public Candidate(UUID applicationId, String track, double score, Map<String, String> attributes, Map<String, Double> tieBreakValues) {
        this(applicationId, track, score, attributes, tieBreakValues, null);
    }
}
