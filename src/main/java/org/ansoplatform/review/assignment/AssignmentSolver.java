package org.ansoplatform.review.assignment;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Exact reviewer assignment as a min-cost flow solved by OR-Tools (its SimpleMinCostFlow, called
 * MinCostFlow in Java). The network, for each application a and reviewer r:
 *
 * <pre>
 *   a (supply k - pins)  --cap 1, cost SCALE - round(affinity * SCALE)-->  r
 *   r  --one arc per further unit j of load, cap 1, cost round(w (j-1) SCALE)-->  sink
 * </pre>
 *
 * Increasing unit costs make the penalty convex, so the cheapest units are used first and the flow is
 * exactly the concave-objective optimum. Minimum loads are lower bounds on reviewer-to-sink flow,
 * removed by the standard transformation (the reviewer demands them, the sink supplies them back).
 * Pins are pre-assigned: they reduce the application's supply and start the reviewer's load. A fairness
 * floor t adds a node h(a) with supply 1 that alone reaches the reviewers with affinity at least t, fed
 * from a by an arc of capacity k - 1 (a lower bound of one unit through the high arcs). See
 * docs/review-algorithms.md.
 */
public final class AssignmentSolver {

    /** Affinities are rounded to multiples of 1e-7, well within the required 1e-6. */
    public static final long SCALE = 10_000_000L;

    static {
        Loader.loadNativeLibraries();
    }

    /** Solves the whole instance. */
    public AssignmentResult solve(AssignmentProblem problem) {
        long start = System.nanoTime();
        return solve(problem, allActive(problem), pinsOf(problem), new int[problem.reviewerCount()], start);
    }

    private static boolean[] allActive(AssignmentProblem problem) {
        boolean[] active = new boolean[problem.applicationCount()];
        Arrays.fill(active, true);
        return active;
    }

    private static int[][] pinsOf(AssignmentProblem problem) {
        int[][] fixed = new int[problem.applicationCount()][];
        for (int a = 0; a < fixed.length; a++) {
            fixed[a] = problem.pins(a);
        }
        return fixed;
    }

    /**
     * Re-assigns after reviewers drop out: every pair not involving them is kept, and only the
     * applications that lost a reviewer get new ones, within the remaining capacities. The result is
     * optimal for that restricted problem, not necessarily for the whole instance.
     */
    public AssignmentResult reassign(AssignmentResult previous, Collection<Integer> droppedReviewers) {
        long start = System.nanoTime();
        if (!previous.feasible()) {
            throw new IllegalArgumentException("nothing to re-assign: the previous result is infeasible");
        }
        AssignmentProblem problem = previous.problem().withoutReviewers(droppedReviewers);
        Set<Integer> dropped = new HashSet<>(droppedReviewers);
        int n = problem.applicationCount();
        int[][] before = previous.reviewersByApplication();
        boolean[] active = new boolean[n];
        int[][] fixed = new int[n][];
        int[] baseLoad = new int[problem.reviewerCount()];
        for (int a = 0; a < n; a++) {
            int[] kept = Arrays.stream(before[a]).filter(r -> !dropped.contains(r)).toArray();
            fixed[a] = kept;
            active[a] = kept.length < before[a].length;
            if (!active[a]) {
                for (int r : kept) {
                    baseLoad[r]++;
                }
            }
        }
        return solve(problem, active, fixed, baseLoad, start);
    }

    /**
     * The highest fairness floor t (one of the instance's affinities) for which every application can
     * still get a reviewer with affinity at least t, found by binary search over the distinct
     * affinities with feasibility checks; 0 when the instance is infeasible even without a floor.
     */
    public double highestFeasibleFloor(AssignmentProblem problem) {
        AssignmentProblem plain = problem.withFairnessFloor(-1);
        int n = plain.applicationCount();
        // no floor can exceed the weakest application's best eligible reviewer
        double bound = 1;
        for (int a = 0; a < n; a++) {
            double best = 0;
            for (int i = 0; i < plain.candidates[a].length; i++) {
                int r = plain.candidates[a][i];
                if (!plain.isConflicted(a, r) && !plain.isBanned(a, r)) {
                    best = Math.max(best, plain.affinities[a][i]);
                }
            }
            for (int r : plain.pins(a)) {
                best = Math.max(best, plain.affinity(a, r));
            }
            bound = Math.min(bound, best);
        }
        double[] levels = distinctLevels(plain.affinities, bound);
        if (levels.length == 0 || !isFeasible(plain)) {
            return 0;
        }
        int low = -1; // largest index known feasible (-1: no floor)
        int high = levels.length; // smallest index known infeasible
        while (high - low > 1) {
            int mid = (low + high) >>> 1;
            if (isFeasible(plain.withFairnessFloor(levels[mid]))) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low < 0 ? 0 : levels[low];
    }

    /** The distinct affinities up to the bound, ascending, without boxing 24 million values. */
    private static double[] distinctLevels(double[][] affinities, double bound) {
        long total = 0;
        for (double[] values : affinities) {
            total += values.length;
        }
        double[] all = new double[(int) Math.min(Integer.MAX_VALUE - 16, total)];
        int count = 0;
        for (double[] values : affinities) {
            for (double v : values) {
                if (v <= bound && count < all.length) {
                    all[count++] = v;
                }
            }
        }
        Arrays.sort(all, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || all[distinct - 1] != all[i]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    private boolean isFeasible(AssignmentProblem problem) {
        boolean[] active = allActive(problem);
        int[][] fixed = pinsOf(problem);
        int[] base = new int[problem.reviewerCount()];
        if (!precheck(problem, active, fixed, base).isEmpty()) {
            return false;
        }
        // the short lists usually suffice, and a flow on them is a flow on the full network
        int[][] shortLists = sparseCandidates(problem, active);
        if (shortLists != null && feasible(problem, active, fixed, base, shortLists)) {
            return true;
        }
        return feasible(problem, active, fixed, base, null);
    }

    private static boolean feasible(AssignmentProblem problem, boolean[] active, int[][] fixed, int[] base,
            int[][] included) {
        Network network = new Network(problem, active, fixed, base, Mode.FEASIBILITY, included);
        try {
            return network.flow.solve() == MinCostFlowBase.Status.OPTIMAL;
        } finally {
            network.flow.delete();
        }
    }

    private AssignmentResult solve(AssignmentProblem problem, boolean[] active, int[][] fixed, int[] baseLoad,
            long start) {
        List<Explanation> problems = precheck(problem, active, fixed, baseLoad);
        if (!problems.isEmpty()) {
            return infeasible(problem, problems, start);
        }
        int[][] included = sparseCandidates(problem, active);
        long buildNanos = 0;
        long solverNanos = 0;
        long readNanos = 0;
        int rounds = 0;
        while (true) {
            rounds++;
            long t0 = System.nanoTime();
            Network network = new Network(problem, active, fixed, baseLoad, Mode.OPTIMISE, included);
            long t1 = System.nanoTime();
            buildNanos += t1 - t0;
            MinCostFlowBase.Status status;
            try {
                status = network.flow.solve();
                long t2 = System.nanoTime();
                solverNanos += t2 - t1;
                if (status == MinCostFlowBase.Status.OPTIMAL) {
                    // a sparse optimum is the true one when no left-out pair has a negative reduced cost
                    int added = included == null ? 0 : network.priceLeftOutPairs(included);
                    if (added == 0) {
                        int[][] assignment = network.readAssignment();
                        long t3 = System.nanoTime();
                        readNanos += t3 - t2;
                        return new AssignmentResult(problem, true, List.of(), assignment, new AssignmentResult.Timing(
                                buildNanos, solverNanos, readNanos, t3 - start, rounds));
                    }
                    readNanos += System.nanoTime() - t2;
                    continue;
                }
            } finally {
                network.flow.delete();
            }
            if (included != null && (status == MinCostFlowBase.Status.INFEASIBLE
                    || status == MinCostFlowBase.Status.UNBALANCED)) {
                included = null; // the short lists were too short: solve the full network
                continue;
            }
            if (status == MinCostFlowBase.Status.INFEASIBLE || status == MinCostFlowBase.Status.UNBALANCED) {
                return infeasible(problem, diagnose(problem, active, fixed, baseLoad), start);
            }
            return infeasible(problem, List.of(Explanation.of("solver-failed", status.name())), start);
        }
    }

    /** Pairs per application kept in the first, sparse round: this many times k (ties included). */
    private final int sparseFactor;
    /** Below this many candidate pairs the full network is solved at once. */
    private final long sparseThreshold;

    public AssignmentSolver() {
        this(8, 200_000);
    }

    AssignmentSolver(int sparseFactor, long sparseThreshold) {
        this.sparseFactor = sparseFactor;
        this.sparseThreshold = sparseThreshold;
    }

    /**
     * Each application's best sparseFactor * k eligible candidates (indices into its candidate list,
     * ascending), or null to solve the full network. Pricing adds back whatever the optimum needs.
     */
    private int[][] sparseCandidates(AssignmentProblem p, boolean[] active) {
        int n = p.applicationCount();
        long pairs = 0;
        for (int a = 0; a < n; a++) {
            pairs += active[a] ? p.candidates[a].length : 0;
        }
        int keep = sparseFactor * p.reviewersPerApplication();
        if (pairs < sparseThreshold) {
            return null;
        }
        int[][] included = new int[n][];
        for (int a = 0; a < n; a++) {
            double[] values = p.affinities[a];
            if (!active[a] || values.length <= keep) {
                included[a] = active[a] ? java.util.stream.IntStream.range(0, values.length).toArray() : new int[0];
                continue;
            }
            // threshold = the keep-th largest affinity; ties at the threshold are all kept
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double threshold = sorted[sorted.length - keep];
            int count = 0;
            int[] chosen = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                if (values[i] >= threshold) {
                    chosen[count++] = i;
                }
            }
            included[a] = Arrays.copyOf(chosen, count);
        }
        return included;
    }

    private static AssignmentResult infeasible(AssignmentProblem problem, List<Explanation> why, long start) {
        long now = System.nanoTime();
        return new AssignmentResult(problem, false, why, null,
                new AssignmentResult.Timing(0, 0, 0, now - start, 0));
    }

    /** Local, cheap reasons first: each names the application or reviewer and the counts behind it. */
    private static List<Explanation> precheck(AssignmentProblem p, boolean[] active, int[][] fixed, int[] base) {
        List<Explanation> out = new ArrayList<>();
        int n = p.applicationCount();
        int m = p.reviewerCount();
        int k = p.reviewersPerApplication();
        int[] fixedLoad = base.clone();
        int[] reachable = new int[m];
        long needed = 0;
        boolean floor = p.fairnessFloor >= 0;
        for (int a = 0; a < n; a++) {
            if (!active[a]) {
                continue;
            }
            for (int r : fixed[a]) {
                fixedLoad[r]++;
                if (p.isConflicted(a, r)) {
                    out.add(Explanation.of("pin-conflicted", p.applicationId(a), p.reviewerId(r)));
                }
                if (p.isBanned(a, r)) {
                    out.add(Explanation.of("pin-banned", p.applicationId(a), p.reviewerId(r)));
                }
            }
            if (fixed[a].length > k) {
                out.add(Explanation.of("too-many-pins", p.applicationId(a), fixed[a].length, k));
                continue;
            }
            int eligible = 0;
            int conflicted = 0;
            int banned = 0;
            int unavailable = 0;
            boolean aboveFloor = false;
            for (int r : fixed[a]) {
                aboveFloor |= p.affinity(a, r) >= p.fairnessFloor;
            }
            int[] candidates = p.candidates[a];
            for (int i = 0; i < candidates.length; i++) {
                int r = candidates[i];
                if (Arrays.binarySearch(fixed[a], r) >= 0) {
                    continue;
                }
                if (p.isConflicted(a, r)) {
                    conflicted++;
                } else if (p.isBanned(a, r)) {
                    banned++;
                } else if (p.maxLoad(r) == 0) {
                    unavailable++;
                } else {
                    eligible++;
                    reachable[r]++;
                    aboveFloor |= p.affinities[a][i] >= p.fairnessFloor;
                }
            }
            if (eligible + fixed[a].length < k) {
                out.add(Explanation.of("too-few-candidates", p.applicationId(a), eligible + fixed[a].length, k,
                        candidates.length, conflicted, banned, unavailable));
            }
            if (floor && !aboveFloor || floor && fixed[a].length == k && !fixedAboveFloor(p, a, fixed[a])) {
                out.add(Explanation.of("nobody-above-floor", p.applicationId(a), p.fairnessFloor));
            }
            needed += k - fixed[a].length;
        }
        long capacity = 0;
        long minimum = 0;
        for (int r = 0; r < m; r++) {
            if (fixedLoad[r] > p.maxLoad(r)) {
                out.add(Explanation.of("reviewer-over-maximum", p.reviewerId(r), fixedLoad[r], p.maxLoad(r)));
            }
            int stillNeeded = Math.max(0, p.minLoad(r) - fixedLoad[r]);
            if (stillNeeded > reachable[r]) {
                out.add(Explanation.of("minimum-load-unreachable", p.reviewerId(r), p.minLoad(r),
                        fixedLoad[r] + reachable[r]));
            }
            capacity += Math.max(0, p.maxLoad(r) - fixedLoad[r]);
            minimum += stillNeeded;
        }
        if (capacity < needed) {
            out.add(Explanation.of("capacity-too-small", needed, capacity));
        }
        if (minimum > needed) {
            out.add(Explanation.of("minimum-loads-too-large", minimum, needed));
        }
        return out;
    }

    private static boolean fixedAboveFloor(AssignmentProblem p, int a, int[] fixed) {
        for (int r : fixed) {
            if (p.affinity(a, r) >= p.fairnessFloor) {
                return true;
            }
        }
        return false;
    }

    /**
     * A global shortage (a group of applications whose eligible reviewers are full): solve the same
     * network with zero costs plus slack arcs of cost 1; the least slack names who falls short.
     */
    private static List<Explanation> diagnose(AssignmentProblem p, boolean[] active, int[][] fixed, int[] base) {
        Network network = new Network(p, active, fixed, base, Mode.DIAGNOSE, null);
        try {
            MinCostFlowBase.Status status = network.flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                return List.of(Explanation.of("solver-failed", status.name()));
            }
            return network.readShortfalls();
        } finally {
            network.flow.delete();
        }
    }

    private enum Mode { OPTIMISE, FEASIBILITY, DIAGNOSE }

    /** The flow network for one solve; nodes: applications, reviewers, sink, floor nodes, slack source. */
    private static final class Network {
        final AssignmentProblem p;
        final boolean[] active;
        final int[][] fixed;
        final Mode mode;
        final MinCostFlow flow;
        final int n;
        final int m;
        final int sink;
        final int nodes;
        final boolean[] needsFloorNode;
        /** Per arc, kept on the Java side for pricing: ends, capacity, unit cost, reviewer (-1 if none). */
        int[] arcTail;
        int[] arcHead;
        int[] arcCapacity;
        long[] arcCost;
        int[] arcReviewer;
        int arcCount;
        int[] firstArc;
        int[] fixedLoad;
        int[] stillNeeded;
        int[] slackApplicationArc;
        int[] slackFloorArc;
        int[] slackReviewerArc;

        Network(AssignmentProblem p, boolean[] active, int[][] fixed, int[] base, Mode mode, int[][] included) {
            this.p = p;
            this.active = active;
            this.fixed = fixed;
            this.mode = mode;
            this.n = p.applicationCount();
            this.m = p.reviewerCount();
            this.sink = n + m;
            boolean floor = p.fairnessFloor >= 0;
            this.nodes = n + m + 1 + (floor ? n : 0) + 1;
            long estimate = n + 16L;
            for (int a = 0; a < n; a++) {
                if (active[a]) {
                    estimate += included == null ? p.candidates[a].length : included[a].length;
                }
            }
            for (int r = 0; r < m; r++) {
                estimate += p.maxLoad(r) + 2;
            }
            estimate += 3L * n + m;
            int capacity = (int) Math.min(Integer.MAX_VALUE - 16, estimate);
            this.flow = new MinCostFlow(nodes, capacity);
            this.arcTail = new int[capacity];
            this.arcHead = new int[capacity];
            this.arcCapacity = new int[capacity];
            this.arcCost = new long[capacity];
            this.arcReviewer = new int[capacity];
            this.firstArc = new int[n + 1];
            this.fixedLoad = base.clone();
            this.needsFloorNode = new boolean[n];
            int k = p.reviewersPerApplication();
            long totalSupply = 0;
            for (int a = 0; a < n; a++) {
                if (active[a]) {
                    for (int r : fixed[a]) {
                        fixedLoad[r]++;
                    }
                }
            }
            for (int a = 0; a < n; a++) {
                firstArc[a] = arcCount;
                if (!active[a]) {
                    continue;
                }
                int supply = k - fixed[a].length;
                if (floor && supply > 0) {
                    needsFloorNode[a] = !fixedAboveFloor(p, a, fixed[a]);
                }
                int[] indices = included == null ? null : included[a];
                int count = indices == null ? p.candidates[a].length : indices.length;
                for (int x = 0; x < count; x++) {
                    int i = indices == null ? x : indices[x];
                    int r = p.candidates[a][i];
                    if (eligible(a, r)) {
                        addArc(tailOf(a, p.affinities[a][i]), n + r, 1, costOf(p.affinities[a][i]), r);
                    }
                }
                if (needsFloorNode[a]) {
                    addArc(a, floorNode(a), supply - 1, 0, -1);
                    flow.setNodeSupply(a, supply - 1);
                    flow.setNodeSupply(floorNode(a), 1);
                } else {
                    flow.setNodeSupply(a, supply);
                }
                totalSupply += supply;
            }
            firstArc[n] = arcCount;
            stillNeeded = new int[m];
            long forced = 0;
            double w = p.loadPenaltyWeight();
            for (int r = 0; r < m; r++) {
                stillNeeded[r] = Math.max(0, p.minLoad(r) - fixedLoad[r]);
                forced += stillNeeded[r];
                flow.setNodeSupply(n + r, -stillNeeded[r]);
                int from = fixedLoad[r] + stillNeeded[r] + 1; // first free unit, 1-based load
                int to = p.maxLoad(r);
                if (from > to) {
                    continue;
                }
                if (mode != Mode.OPTIMISE || w == 0) {
                    addArc(n + r, sink, to - from + 1, 0, -1);
                } else {
                    for (int j = from; j <= to; j++) {
                        addArc(n + r, sink, 1, Math.round(w * (j - 1) * SCALE), -1);
                    }
                }
            }
            if (mode == Mode.DIAGNOSE) {
                addSlack(forced);
                flow.setNodeSupply(sink, -totalSupply);
            } else {
                flow.setNodeSupply(sink, -(totalSupply - forced));
            }
        }

        int floorNode(int a) {
            return n + m + 1 + a;
        }

        boolean eligible(int a, int r) {
            return p.maxLoad(r) > 0 && !p.isConflicted(a, r) && !p.isBanned(a, r)
                    && (fixed[a].length == 0 || Arrays.binarySearch(fixed[a], r) < 0);
        }

        int tailOf(int a, double affinity) {
            return needsFloorNode[a] && affinity >= p.fairnessFloor ? floorNode(a) : a;
        }

        long costOf(double affinity) {
            // SCALE - scaled affinity keeps costs non-negative; the total flow on these arcs is fixed
            return mode == Mode.OPTIMISE ? SCALE - Math.round(affinity * SCALE) : 0;
        }

        private int addArc(int tail, int head, int capacity, long cost, int reviewer) {
            int arc = flow.addArcWithCapacityAndUnitCost(tail, head, capacity, cost);
            if (arc >= arcTail.length) {
                int size = Math.max(arc + 1, arcTail.length * 3 / 2 + 16);
                arcTail = Arrays.copyOf(arcTail, size);
                arcHead = Arrays.copyOf(arcHead, size);
                arcCapacity = Arrays.copyOf(arcCapacity, size);
                arcCost = Arrays.copyOf(arcCost, size);
                arcReviewer = Arrays.copyOf(arcReviewer, size);
            }
            arcTail[arc] = tail;
            arcHead[arc] = head;
            arcCapacity[arc] = capacity;
            arcCost[arc] = cost;
            arcReviewer[arc] = reviewer;
            arcCount = arc + 1;
            return arc;
        }

        /** Slack: an application may send missing units straight to the sink; a slack source fills minimums. */
        private void addSlack(long forced) {
            slackApplicationArc = new int[n];
            slackFloorArc = new int[n];
            Arrays.fill(slackApplicationArc, -1);
            Arrays.fill(slackFloorArc, -1);
            for (int a = 0; a < n; a++) {
                if (active[a]) {
                    slackApplicationArc[a] = addArc(a, sink, p.reviewersPerApplication(), 1, -1);
                    if (needsFloorNode[a]) {
                        slackFloorArc[a] = addArc(floorNode(a), sink, 1, 1, -1);
                    }
                }
            }
            int source = nodes - 1;
            flow.setNodeSupply(source, forced);
            slackReviewerArc = new int[m];
            for (int r = 0; r < m; r++) {
                slackReviewerArc[r] = stillNeeded[r] > 0 ? addArc(source, n + r, stillNeeded[r], 1, -1) : -1;
            }
            addArc(source, sink, (int) Math.min(Integer.MAX_VALUE, forced), 0, -1);
        }

        /**
         * Node potentials of the optimal flow: shortest distances in its residual network from a virtual
         * root joined to every node by a zero arc (queue-based Bellman-Ford; an optimal residual network
         * has no negative cycle). Every residual arc then has a non-negative reduced cost.
         */
        long[] potentials() {
            int[] degree = new int[nodes + 1];
            long[] flows = new long[arcCount];
            for (int arc = 0; arc < arcCount; arc++) {
                flows[arc] = flow.getFlow(arc);
                if (flows[arc] < arcCapacity[arc]) {
                    degree[arcTail[arc] + 1]++;
                }
                if (flows[arc] > 0) {
                    degree[arcHead[arc] + 1]++;
                }
            }
            for (int v = 0; v < nodes; v++) {
                degree[v + 1] += degree[v];
            }
            int[] next = Arrays.copyOf(degree, nodes);
            int[] to = new int[degree[nodes]];
            long[] cost = new long[degree[nodes]];
            for (int arc = 0; arc < arcCount; arc++) {
                if (flows[arc] < arcCapacity[arc]) {
                    int at = next[arcTail[arc]]++;
                    to[at] = arcHead[arc];
                    cost[at] = arcCost[arc];
                }
                if (flows[arc] > 0) {
                    int at = next[arcHead[arc]]++;
                    to[at] = arcTail[arc];
                    cost[at] = -arcCost[arc];
                }
            }
            long[] distance = new long[nodes];
            boolean[] queued = new boolean[nodes];
            int[] queue = new int[nodes + 1];
            int head = 0;
            int tail = 0;
            for (int v = 0; v < nodes; v++) {
                queue[tail++] = v;
                queued[v] = true;
            }
            int size = nodes;
            while (size > 0) {
                int u = queue[head];
                head = head + 1 == queue.length ? 0 : head + 1;
                size--;
                queued[u] = false;
                for (int e = degree[u]; e < degree[u + 1]; e++) {
                    long candidate = distance[u] + cost[e];
                    int v = to[e];
                    if (candidate < distance[v]) {
                        distance[v] = candidate;
                        if (!queued[v]) {
                            queued[v] = true;
                            queue[tail] = v;
                            tail = tail + 1 == queue.length ? 0 : tail + 1;
                            size++;
                        }
                    }
                }
            }
            return distance;
        }

        /**
         * Adds to the short lists every left-out eligible pair whose reduced cost is negative under the
         * potentials of the current optimum; returns how many were added (0 proves global optimality).
         */
        int priceLeftOutPairs(int[][] included) {
            long[] potential = potentials();
            int added = 0;
            for (int a = 0; a < n; a++) {
                if (!active[a]) {
                    continue;
                }
                int[] in = included[a];
                int[] candidates = p.candidates[a];
                if (in.length == candidates.length) {
                    continue;
                }
                int[] extra = null;
                int extras = 0;
                int x = 0;
                for (int i = 0; i < candidates.length; i++) {
                    if (x < in.length && in[x] == i) {
                        x++;
                        continue;
                    }
                    int r = candidates[i];
                    double affinity = p.affinities[a][i];
                    if (eligible(a, r)
                            && costOf(affinity) + potential[tailOf(a, affinity)] - potential[n + r] < 0) {
                        if (extra == null) {
                            extra = new int[candidates.length - in.length];
                        }
                        extra[extras++] = i;
                    }
                }
                if (extras > 0) {
                    int[] merged = Arrays.copyOf(in, in.length + extras);
                    System.arraycopy(extra, 0, merged, in.length, extras);
                    Arrays.sort(merged);
                    included[a] = merged;
                    added += extras;
                }
            }
            return added;
        }

        int[][] readAssignment() {
            int[][] assignment = new int[n][];
            for (int a = 0; a < n; a++) {
                int[] chosen = Arrays.copyOf(fixed[a], p.reviewersPerApplication());
                int count = fixed[a].length;
                for (int arc = firstArc[a]; arc < firstArc[a + 1]; arc++) {
                    if (arcReviewer[arc] >= 0 && flow.getFlow(arc) > 0) {
                        chosen[count++] = arcReviewer[arc];
                    }
                }
                chosen = Arrays.copyOf(chosen, count);
                Arrays.sort(chosen);
                assignment[a] = chosen;
            }
            return assignment;
        }

        List<Explanation> readShortfalls() {
            List<Explanation> out = new ArrayList<>();
            int k = p.reviewersPerApplication();
            for (int a = 0; a < n; a++) {
                if (!active[a]) {
                    continue;
                }
                long missing = flow.getFlow(slackApplicationArc[a]);
                long missingHigh = slackFloorArc[a] >= 0 ? flow.getFlow(slackFloorArc[a]) : 0;
                if (missing + missingHigh > 0) {
                    out.add(Explanation.of("application-short", p.applicationId(a), k - missing - missingHigh, k));
                }
                if (missingHigh > 0) {
                    out.add(Explanation.of("floor-short", p.applicationId(a), p.fairnessFloor));
                }
            }
            for (int r = 0; r < m; r++) {
                if (slackReviewerArc[r] >= 0) {
                    long missing = flow.getFlow(slackReviewerArc[r]);
                    if (missing > 0) {
                        out.add(Explanation.of("reviewer-under-minimum", p.reviewerId(r),
                                p.minLoad(r) - missing, p.minLoad(r)));
                    }
                }
            }
            if (out.isEmpty()) {
                out.add(Explanation.of("infeasible"));
            }
            return out;
        }
    }
}
