package org.ansoplatform.review.assignment;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks an assignment against every hard constraint independently of the solver, so a stored
 * assignment is known to be valid: k distinct reviewers each, no conflicted or banned pair, only
 * candidate or pinned pairs, pins kept, loads within bounds, the fairness floor met.
 */
public final class AssignmentVerifier {

    private AssignmentVerifier() {
    }

    /** The violations found, empty for a valid assignment. */
    public static List<String> violations(AssignmentProblem p, int[][] assignment) {
        List<String> out = new ArrayList<>();
        int k = p.reviewersPerApplication();
        int[] load = new int[p.reviewerCount()];
        for (int a = 0; a < p.applicationCount(); a++) {
            int[] reviewers = assignment[a];
            if (reviewers.length != k) {
                out.add("application " + a + " has " + reviewers.length + " reviewers, not " + k);
            }
            boolean aboveFloor = false;
            for (int i = 0; i < reviewers.length; i++) {
                int r = reviewers[i];
                load[r]++;
                if (i > 0 && reviewers[i - 1] == r) {
                    out.add("application " + a + " has reviewer " + r + " twice");
                }
                if (p.isConflicted(a, r)) {
                    out.add("conflicted pair " + a + "/" + r);
                }
                if (p.isBanned(a, r)) {
                    out.add("banned pair " + a + "/" + r);
                }
                if (p.affinity(a, r) <= 0 && !p.isPinned(a, r)) {
                    out.add("pair " + a + "/" + r + " is not a candidate");
                }
                aboveFloor |= p.affinity(a, r) >= p.fairnessFloor;
            }
            if (!aboveFloor) {
                out.add("application " + a + " has nobody above the floor");
            }
            for (int r : p.pins(a)) {
                if (java.util.Arrays.stream(reviewers).noneMatch(x -> x == r)) {
                    out.add("pin " + a + "/" + r + " not kept");
                }
            }
        }
        for (int r = 0; r < p.reviewerCount(); r++) {
            if (load[r] < p.minLoad(r) || load[r] > p.maxLoad(r)) {
                out.add("reviewer " + r + " has load " + load[r] + " outside [" + p.minLoad(r) + ", "
                        + p.maxLoad(r) + "]");
            }
        }
        return out;
    }

    public static List<String> violations(AssignmentResult result) {
        if (!result.feasible()) {
            return List.of("infeasible: " + result.explanations());
        }
        return violations(result.problem(), result.reviewersByApplication());
    }
}
