package org.ansoplatform.calls;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.calls.selection.Decision;

/**
 * A stored run of the selection: who ran it and when, the rules applied, every candidate's decision in
 * track then rank order with its explanation (a calls.selection message key and its arguments) and its
 * placement, and every tie broken with the rule that broke it.
 */
public record SelectionView(UUID runId, UUID callId, Instant runAt, String runByName, int candidates, Instant offersSentAt,
        SelectionSettings rules, List<DecisionView> decisions, List<TieView> ties) {

    public SelectionView {
        decisions = List.copyOf(decisions);
        ties = List.copyOf(ties);
    }

    public List<DecisionView> track(String code) {
        return decisions.stream().filter(d -> d.track().equals(code)).toList();
    }

    /**
     * @param waitlistPosition 0 when selected
     * @param hostCode where the awardee is placed; null when not selected or not placed
     * @param offerStatus the offer's status, or null without an offer
     */
    public record DecisionView(UUID applicationId, String reference, String applicantName, String track, int rank,
            int trackSize, Decision.Outcome outcome, int waitlistPosition, double score, double rawMean, String country,
            UUID organizationId, String messageKey, List<Object> args, List<TieView> ties, String hostCode,
            String placementKey, List<Object> placementArgs, OfferStatus offerStatus) {

        public DecisionView {
            args = List.copyOf(args);
            ties = List.copyOf(ties);
            placementArgs = placementArgs == null ? null : List.copyOf(placementArgs);
        }

        public boolean selected() {
            return outcome == Decision.Outcome.SELECTED;
        }
    }

    /** Two neighbours with the same score and the rule that ordered them, with the values it compared. */
    public record TieView(String track, UUID ahead, String aheadReference, UUID behind, String behindReference, double score,
            String rule, String aheadValue, String behindValue) {
    }
}
