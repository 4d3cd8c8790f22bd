package org.ansoplatform.calls;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.calls.selection.Decision;
import org.ansoplatform.shared.Money;

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

    /** The envelope the run funded from, what the funded proposals were granted together and what remains; empty without one. */
    public java.util.Optional<Envelope> envelope() {
        if (rules == null || !rules.hasBudget() || rules.budget().envelope() == null) {
            return java.util.Optional.empty();
        }
        Money envelope = rules.budget().envelope();
        Money used = Money.zero(envelope.currency());
        int funded = 0;
        for (DecisionView decision : decisions) {
            if (decision.granted() != null) {
                used = used.plus(decision.granted());
                funded++;
            }
        }
        return java.util.Optional.of(new Envelope(envelope, used, envelope.minus(used), funded));
    }

    /** A run's budget envelope: the amount, what was granted from it, what remains, to how many proposals. */
    public record Envelope(Money envelope, Money used, Money remaining, int funded) {
    }

    public List<DecisionView> track(String code) {
        return decisions.stream().filter(d -> d.track().equals(code)).toList();
    }

    /**
     * @param waitlistPosition 0 when selected
     * @param hostCode where the awardee is placed; null when not selected or not placed
     * @param offerStatus the offer's status, or null without an offer
     * @param requested under a budget envelope, what the proposal requested
     * @param granted under a budget envelope, the amount a funded proposal was granted; null otherwise
     */
    public record DecisionView(UUID applicationId, String reference, String applicantName, String track, int rank,
            int trackSize, Decision.Outcome outcome, int waitlistPosition, double score, double rawMean, String country,
            UUID organizationId, String messageKey, List<Object> args, List<TieView> ties, String hostCode,
            String placementKey, List<Object> placementArgs, OfferStatus offerStatus, Money requested, Money granted) {

        public DecisionView {
            args = List.copyOf(args);
            ties = List.copyOf(ties);
            placementArgs = placementArgs == null ? null : List.copyOf(placementArgs);
        }

        /** A decision without amounts (a call without a budget envelope). */
        public DecisionView(UUID applicationId, String reference, String applicantName, String track, int rank, int trackSize,
                Decision.Outcome outcome, int waitlistPosition, double score, double rawMean, String country, UUID organizationId,
                String messageKey, List<Object> args, List<TieView> ties, String hostCode, String placementKey, List<Object> placementArgs,
                OfferStatus offerStatus) {
            this(applicationId, reference, applicantName, track, rank, trackSize, outcome, waitlistPosition, score, rawMean, country,
                    organizationId, messageKey, args, ties, hostCode, placementKey, placementArgs, offerStatus, null, null);
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
