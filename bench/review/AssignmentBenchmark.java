import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.ansoplatform.review.assignment.AssignmentProblem;
import org.ansoplatform.review.assignment.AssignmentResult;
import org.ansoplatform.review.assignment.AssignmentSolver;
import org.ansoplatform.review.assignment.AssignmentVerifier;

/**
 * Reviewer assignment benchmark on synthetic instances at the seeds' density (12 % positive-affinity
 * pairs, 1.4 % conflicted pairs). Run by bench/review/assignment.sh; arguments: applications reviewers
 * k maxLoad runs. Times each run from the builder (what the database reader fills) to the verified
 * result and reports the bare solver call separately; prints medians and the peak heap.
 */
public class AssignmentBenchmark {

    public static void main(String[] args) {
        int applications = Integer.parseInt(args[0]);
        int reviewers = Integer.parseInt(args[1]);
        int k = Integer.parseInt(args[2]);
        int maxLoad = Integer.parseInt(args[3]);
        int runs = Math.min(10, Integer.parseInt(args[4]));
        boolean withExtras = args.length > 5 && args[5].equals("extras");
        AssignmentSolver solver = new AssignmentSolver();
        List<Long> totals = new ArrayList<>();
        List<Long> solvers = new ArrayList<>();
        List<Long> graphs = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Instance instance = Instance.generate(applications, reviewers, 42 + run);
            long start = System.nanoTime();
            AssignmentProblem problem = instance.toProblem(k, maxLoad);
            long built = System.nanoTime();
            AssignmentResult result = solver.solve(problem);
            List<String> violations = AssignmentVerifier.violations(result);
            long end = System.nanoTime();
            if (!violations.isEmpty()) {
                throw new IllegalStateException("invalid: " + violations.subList(0, Math.min(5, violations.size())));
            }
            totals.add(end - start);
            solvers.add(result.timing().solverNanos());
            graphs.add(result.timing().buildNanos());
            System.out.printf("run %d: pairs %d, problem %.0f ms, graph %.0f ms, solver %.0f ms, read+pricing %.0f ms, rounds %d,"
                    + " total %.0f ms; objective %.6f (affinity %.4f, penalty %.4f), lowest affinity p10/p50 %.3f/%.3f,"
                    + " loads %d..%d (sd %.2f, idle %d, at max %d)%n",
                    run + 1, instance.pairs, (built - start) / 1e6, result.timing().buildNanos() / 1e6,
                    result.timing().solverNanos() / 1e6, result.timing().readNanos() / 1e6, result.timing().rounds(), (end - start) / 1e6,
                    result.objective().value(), result.objective().totalAffinity(), result.objective().loadPenalty(),
                    result.quality().lowestAffinityPercentiles()[1], result.quality().lowestAffinityPercentiles()[3],
                    result.loads().minimum(), result.loads().maximum(), result.loads().standardDeviation(),
                    result.loads().idleReviewers(), result.loads().reviewersAtMaximum());
            if (withExtras) {
                // the busiest reviewer drops out: re-assign only their applications
                int[] load = result.reviewerLoads();
                int busiest = 0;
                for (int r = 1; r < load.length; r++) {
                    busiest = load[r] > load[busiest] ? r : busiest;
                }
                long t0 = System.nanoTime();
                AssignmentResult after = solver.reassign(result, List.of(busiest));
                long t1 = System.nanoTime();
                double floor = solver.highestFeasibleFloor(problem);
                AssignmentResult fair = solver.solve(problem.withFairnessFloor(floor));
                long t2 = System.nanoTime();
                System.out.printf("  dropout of a reviewer with %d reviews: re-assigned in %.0f ms (feasible %s);"
                        + " highest floor %.4f found and solved in %.0f ms, objective %.6f, lowest affinity p0 %.3f -> %.3f%n",
                        load[busiest], (t1 - t0) / 1e6, after.feasible(), floor, (t2 - t1) / 1e6,
                        fair.objective().value(), result.quality().lowestAffinityPercentiles()[0],
                        fair.quality().lowestAffinityPercentiles()[0]);
            }
            instance = null;
            problem = null;
            result = null;
            System.gc();
        }
        System.out.printf("%d x %d, k %d, max load %d: median total %.0f ms, median solver %.0f ms, median graph %.0f ms;"
                + " peak heap %d MB%n", applications, reviewers, k, maxLoad, median(totals) / 1e6, median(solvers) / 1e6,
                median(graphs) / 1e6, peakHeapMb());
    }

    static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    static long peakHeapMb() {
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    /** Pairs drawn by geometric skips so 200 million Bernoulli trials cost only the hits. */
    static final class Instance {
        final int applications;
        final int reviewers;
        int[][] candidates;
        float[][] affinity;
        int[][] conflicts;
        long pairs;

        Instance(int applications, int reviewers) {
            this.applications = applications;
            this.reviewers = reviewers;
        }

        static Instance generate(int applications, int reviewers, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            Instance instance = new Instance(applications, reviewers);
            instance.candidates = new int[applications][];
            instance.affinity = new float[applications][];
            instance.conflicts = new int[applications][];
            // affinity from shared fields of expertise (40 fields) plus noise, like an expertise match
            int[] reviewerField = new int[reviewers];
            for (int r = 0; r < reviewers; r++) {
                reviewerField[r] = random.nextInt(40);
            }
            for (int a = 0; a < applications; a++) {
                int field = random.nextInt(40);
                int[] chosen = sample(random, reviewers, 0.12);
                float[] values = new float[chosen.length];
                for (int i = 0; i < chosen.length; i++) {
                    double base = reviewerField[chosen[i]] == field ? 0.6 : 0.1;
                    values[i] = (float) Math.min(1.0, base + 0.4 * random.nextDouble() + 1e-3);
                }
                instance.candidates[a] = chosen;
                instance.affinity[a] = values;
                instance.conflicts[a] = sample(random, reviewers, 0.014);
                instance.pairs += chosen.length;
            }
            return instance;
        }

        static int[] sample(SplittableRandom random, int size, double p) {
            int[] out = new int[(int) (size * p * 1.5) + 16];
            int count = 0;
            double logQ = Math.log(1 - p);
            int at = -1;
            while (true) {
                at += 1 + (int) (Math.log(1 - random.nextDouble()) / logQ);
                if (at >= size || at < 0) {
                    break;
                }
                if (count == out.length) {
                    out = java.util.Arrays.copyOf(out, count * 2);
                }
                out[count++] = at;
            }
            return java.util.Arrays.copyOf(out, count);
        }

        AssignmentProblem toProblem(int k, int maxLoad) {
            AssignmentProblem.Builder builder = AssignmentProblem.builder(k);
            for (int a = 0; a < applications; a++) {
                builder.application(new UUID(1, a));
            }
            for (int r = 0; r < reviewers; r++) {
                builder.reviewer(new UUID(2, r), 0, maxLoad);
            }
            for (int a = 0; a < applications; a++) {
                int[] chosen = candidates[a];
                for (int i = 0; i < chosen.length; i++) {
                    builder.affinity(a, chosen[i], affinity[a][i]);
                }
                for (int r : conflicts[a]) {
                    builder.conflict(a, r);
                }
            }
            return builder.build();
        }
    }
}
