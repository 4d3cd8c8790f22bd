package org.ansoplatform.review.assignment;

import java.util.ArrayList;
import java.util.List;

/**
 * The assignment optimum by enumerating every choice of k reviewers per application: an independent
 * check of the flow model on tiny instances.
 */
final class BruteForce {

    /** Best objective, or NaN when no assignment satisfies the constraints. */
    double best = Double.NaN;
    /** Highest t such that some valid assignment gives every application a reviewer with affinity at least t. */
    double bestFloor = Double.NaN;

    private final AssignmentProblem p;
    private final List<List<int[]>> choices = new ArrayList<>();
    private final int[] load;
    private final boolean ignoreFloor;

    private BruteForce(AssignmentProblem p, boolean ignoreFloor) {
        this.p = p;
        this.load = new int[p.reviewerCount()];
        this.ignoreFloor = ignoreFloor;
        for (int a = 0; a < p.applicationCount(); a++) {
            List<int[]> sets = new ArrayList<>();
            subsets(a, 0, new int[p.reviewersPerApplication()], 0, sets);
            choices.add(sets);
        }
    }

    static BruteForce solve(AssignmentProblem p) {
        BruteForce brute = new BruteForce(p, false);
        brute.search(0, 0, 1);
        return brute;
    }

    /** Enumerates without the floor, recording the best achievable bottleneck. */
    static BruteForce floor(AssignmentProblem p) {
        BruteForce brute = new BruteForce(p, true);
        brute.search(0, 0, 1);
        return brute;
    }

    private void subsets(int a, int from, int[] chosen, int size, List<int[]> out) {
        if (size == chosen.length) {
            for (int r : p.pins(a)) {
                if (java.util.Arrays.stream(chosen).noneMatch(x -> x == r)) {
                    return;
                }
            }
            double top = 0;
            for (int r : chosen) {
                top = Math.max(top, p.affinity(a, r));
            }
            if (!ignoreFloor && p.fairnessFloor >= 0 && top < p.fairnessFloor) {
                return;
            }
            out.add(chosen.clone());
            return;
        }
        for (int r = from; r < p.reviewerCount(); r++) {
            boolean allowed = !p.isConflicted(a, r) && !p.isBanned(a, r)
                    && (p.affinity(a, r) > 0 || p.isPinned(a, r));
            if (allowed) {
                chosen[size] = r;
                subsets(a, r + 1, chosen, size + 1, out);
            }
        }
    }

    private void search(int a, double affinity, double bottleneck) {
        if (a == p.applicationCount()) {
            double penalty = 0;
            for (int r = 0; r < load.length; r++) {
                if (load[r] < p.minLoad(r)) {
                    return;
                }
                penalty += p.loadPenaltyWeight() * load[r] * (load[r] - 1) / 2.0;
            }
            double value = affinity - penalty;
            if (Double.isNaN(best) || value > best) {
                best = value;
            }
            if (Double.isNaN(bestFloor) || bottleneck > bestFloor) {
                bestFloor = bottleneck;
            }
            return;
        }
        for (int[] set : choices.get(a)) {
            boolean fits = true;
            for (int r : set) {
                fits &= load[r] < p.maxLoad(r);
            }
            if (!fits) {
                continue;
            }
            double sum = 0;
            double top = 0;
            for (int r : set) {
                load[r]++;
                sum += p.affinity(a, r);
                top = Math.max(top, p.affinity(a, r));
            }
            search(a + 1, affinity + sum, Math.min(bottleneck, top));
            for (int r : set) {
                load[r]--;
            }
        }
    }
}
