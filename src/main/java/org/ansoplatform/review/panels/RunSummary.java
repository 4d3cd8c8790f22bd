package org.ansoplatform.review.panels;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One assignment run as the Secretariat and the API see it: feasible with its summary, or infeasible with
 * the explanations (nothing was written then).
 *
 * @param kind FULL or REASSIGN ({@link RunKind})
 */
@Schema(name = "AssignmentRunSummary")
public record RunSummary(UUID runId, UUID panelId, String kind, boolean feasible, Instant runAt, Summary summary,
        List<ExplanationView> explanations) {

    /**
     * @param lowestAffinityPercentiles per subject the lowest affinity among its reviewers; its percentiles 0, 10, 25, 50, 75, 90, 100
     * @param fairnessFloor the floor every subject met, null when the panel asks for none
     * @param changed pairs added or removed by this run
     */
    public record Summary(int subjects, int reviewers, int pairs, long candidatePairs, int conflictedPairs, double objective,
            double totalAffinity, double loadPenalty, Map<String, Double> lowestAffinityPercentiles, double meanAffinity,
            Loads loads, Double fairnessFloor, int changed, Timing timing) {
    }

    public record Loads(int minimum, int maximum, double mean, double standardDeviation, int idle, int atMaximum) {
    }

    /**
     * Milliseconds: reading the instance, building the problem, the solve (of which the bare OR-Tools
     * calls are {@code solver}), verifying, storing, and everything end to end.
     */
    public record Timing(double read, double build, double solve, double solver, double floorSearch, double verify, double store,
            double total, int rounds) {
    }

    /** Why an instance is infeasible: a message key and its arguments with ids replaced by labels and names. */
    public record ExplanationView(String messageKey, List<Object> args) {
    }

    /** Thrown to roll back a change (a withdrawal) whose re-assignment is infeasible; carries the explanations. */
    public static class Infeasible extends RuntimeException {
        private final transient RunSummary summary;

        public Infeasible(RunSummary summary) {
            super("infeasible: " + summary.explanations());
            this.summary = summary;
        }

        public RunSummary summary() {
            return summary;
        }
    }
}
