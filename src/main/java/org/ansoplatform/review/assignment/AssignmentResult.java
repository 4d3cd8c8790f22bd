package org.ansoplatform.review.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of a solve: the assignment and its figures when feasible, explanations when not.
 * Reviewer lists are indices into the problem, sorted ascending.
 */
public final class AssignmentResult {

    /** Percentile levels used by {@link Quality}. */
    public static final int[] PERCENTILES = {0, 10, 25, 50, 75, 90, 100};

    private final AssignmentProblem problem;
    private final boolean feasible;
    private final List<Explanation> explanations;
    private final int[][] reviewersByApplication;
    private final Objective objective;
    private final Quality quality;
    private final LoadSpread loads;
    private final Timing timing;

    AssignmentResult(AssignmentProblem problem, boolean feasible, List<Explanation> explanations,
            int[][] reviewersByApplication, Timing timing) {
        this.problem = problem;
        this.feasible = feasible;
        this.explanations = List.copyOf(explanations);
        this.reviewersByApplication = reviewersByApplication;
        this.timing = timing;
        if (feasible) {
            int[] load = loads(problem, reviewersByApplication);
            this.objective = objective(problem, reviewersByApplication, load);
            this.quality = quality(problem, reviewersByApplication);
            this.loads = spread(problem, load);
        } else {
            this.objective = null;
            this.quality = null;
            this.loads = null;
        }
    }

    /**
     * An assignment read back from storage (for example to re-assign after a dropout): reviewer indices
     * per application, each list ascending. Verify it with {@link AssignmentVerifier} before relying on it.
     */
    public static AssignmentResult stored(AssignmentProblem problem, int[][] reviewersByApplication) {
        int[][] copy = new int[reviewersByApplication.length][];
        for (int a = 0; a < copy.length; a++) {
            copy[a] = reviewersByApplication[a].clone();
            Arrays.sort(copy[a]);
        }
        return new AssignmentResult(problem, true, List.of(), copy, new Timing(0, 0, 0, 0, 0));
    }

    public AssignmentProblem problem() {
        return problem;
    }

    public boolean feasible() {
        return feasible;
    }

    /** Empty when feasible. */
    public List<Explanation> explanations() {
        return explanations;
    }

    /** Reviewer indices of one application, ascending; empty when infeasible. */
    public int[] reviewersOf(int application) {
        return feasible ? reviewersByApplication[application].clone() : new int[0];
    }

    /** Every assigned pair by id. */
    public List<AssignedPair> pairs() {
        List<AssignedPair> pairs = new ArrayList<>();
        if (!feasible) {
            return pairs;
        }
        for (int a = 0; a < reviewersByApplication.length; a++) {
            for (int r : reviewersByApplication[a]) {
                pairs.add(new AssignedPair(problem.applicationId(a), problem.reviewerId(r),
                        problem.affinity(a, r), problem.isPinned(a, r)));
            }
        }
        return pairs;
    }

    /** Number of reviews per reviewer index; empty when infeasible. */
    public int[] reviewerLoads() {
        return feasible ? loads(problem, reviewersByApplication) : new int[0];
    }

    public Objective objective() {
        return objective;
    }

    public Quality quality() {
        return quality;
    }

    public LoadSpread loads() {
        return loads;
    }

    public Timing timing() {
        return timing;
    }

    int[][] reviewersByApplication() {
        return reviewersByApplication;
    }

    public record AssignedPair(UUID applicationId, UUID reviewerId, double affinity, boolean pinned) {
    }

    /** Objective = total affinity - penalty, penalty = w * sum over reviewers of L(L-1)/2. */
    public record Objective(double value, double totalAffinity, double loadPenalty) {
    }

    /**
     * Per application: lowest and mean affinity of its reviewers; over applications, the percentiles
     * {@link #PERCENTILES} of those lowest affinities.
     */
    public record Quality(double[] lowestAffinity, double[] meanAffinity, double[] lowestAffinityPercentiles,
            double meanOfMeans) {
    }

    public record LoadSpread(int minimum, int maximum, double mean, double standardDeviation, int idleReviewers,
            int reviewersAtMaximum) {
    }

    /**
     * Nanoseconds summed over the solver rounds: building the networks, the bare solver calls, pricing
     * left-out pairs and reading flows back, and everything from the call to the result.
     */
    public record Timing(long buildNanos, long solverNanos, long readNanos, long totalNanos, int rounds) {
    }

    static int[] loads(AssignmentProblem problem, int[][] assignment) {
        int[] load = new int[problem.reviewerCount()];
        for (int[] reviewers : assignment) {
            for (int r : reviewers) {
                load[r]++;
            }
        }
        return load;
    }

    static Objective objective(AssignmentProblem problem, int[][] assignment, int[] load) {
        double affinity = 0;
        for (int a = 0; a < assignment.length; a++) {
            for (int r : assignment[a]) {
                affinity += problem.affinity(a, r);
            }
        }
        double penalty = 0;
        for (int l : load) {
            penalty += problem.loadPenaltyWeight() * l * (l - 1) / 2.0;
        }
        return new Objective(affinity - penalty, affinity, penalty);
    }

    private static Quality quality(AssignmentProblem problem, int[][] assignment) {
        int n = assignment.length;
        double[] lowest = new double[n];
        double[] mean = new double[n];
        double sumOfMeans = 0;
        for (int a = 0; a < n; a++) {
            double min = Double.POSITIVE_INFINITY;
            double sum = 0;
            for (int r : assignment[a]) {
                double value = problem.affinity(a, r);
                min = Math.min(min, value);
                sum += value;
            }
            lowest[a] = assignment[a].length == 0 ? 0 : min;
            mean[a] = assignment[a].length == 0 ? 0 : sum / assignment[a].length;
            sumOfMeans += mean[a];
        }
        double[] sorted = lowest.clone();
        Arrays.sort(sorted);
        double[] percentiles = new double[PERCENTILES.length];
        for (int i = 0; i < PERCENTILES.length; i++) {
            percentiles[i] = n == 0 ? 0 : sorted[(int) Math.round(PERCENTILES[i] / 100.0 * (n - 1))];
        }
        return new Quality(lowest, mean, percentiles, n == 0 ? 0 : sumOfMeans / n);
    }

    private static LoadSpread spread(AssignmentProblem problem, int[] load) {
        int m = load.length;
        if (m == 0) {
            return new LoadSpread(0, 0, 0, 0, 0, 0);
        }
        int min = Integer.MAX_VALUE;
        int max = 0;
        long sum = 0;
        int idle = 0;
        int atMaximum = 0;
        for (int r = 0; r < m; r++) {
            min = Math.min(min, load[r]);
            max = Math.max(max, load[r]);
            sum += load[r];
            if (load[r] == 0) {
                idle++;
            }
            if (load[r] == problem.maxLoad(r) && load[r] > 0) {
                atMaximum++;
            }
        }
        double mean = (double) sum / m;
        double variance = 0;
        for (int l : load) {
            variance += (l - mean) * (l - mean);
        }
        return new LoadSpread(min, max, mean, Math.sqrt(variance / m), idle, atMaximum);
    }
}
