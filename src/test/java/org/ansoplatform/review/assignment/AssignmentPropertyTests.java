package org.ansoplatform.review.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Laws of the min-cost-flow assignment on random instances, checked against brute force where it is tiny. */
class AssignmentPropertyTests {

    final AssignmentSolver solver = new AssignmentSolver();

    @Property(tries = 300)
    void optimumEqualsBruteForceOnTinyInstances(@ForAll long seed) {
        AssignmentProblem problem = RandomInstances.tiny(seed);
        AssignmentResult result = solver.solve(problem);
        BruteForce brute = BruteForce.solve(problem);

        assertThat(result.feasible()).as("feasible %s", result.explanations()).isEqualTo(!Double.isNaN(brute.best));
        if (result.feasible()) {
            assertThat(AssignmentVerifier.violations(result)).isEmpty();
            assertThat(result.objective().value()).isCloseTo(brute.best, within(1e-6));
        } else {
            assertThat(result.explanations()).isNotEmpty();
        }
    }

    @Property(tries = 150)
    void hardConstraintsHoldOnMediumInstances(@ForAll long seed) {
        AssignmentProblem problem = RandomInstances.medium(seed);
        AssignmentResult result = solver.solve(problem);

        if (result.feasible()) {
            // the verifier checks: exactly k distinct, no conflicted or banned pair, pins kept, loads in bounds
            assertThat(AssignmentVerifier.violations(result)).isEmpty();
            for (int a = 0; a < problem.applicationCount(); a++) {
                for (int r : result.reviewersOf(a)) {
                    assertThat(problem.isConflicted(a, r) || problem.isBanned(a, r)).isFalse();
                }
            }
        } else {
            assertThat(result.explanations()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.messageKey()).startsWith("review.assignment."));
        }
    }

    @Property(tries = 150)
    void sparseRoundsWithPricingReachTheFullOptimum(@ForAll long seed) {
        AssignmentProblem problem = RandomInstances.medium(seed);
        AssignmentResult full = solver.solve(problem);
        // one candidate per k in the first round: pricing must add back whatever the optimum needs
        AssignmentResult sparse = new AssignmentSolver(1, 0).solve(problem);

        assertThat(sparse.feasible()).isEqualTo(full.feasible());
        if (full.feasible()) {
            assertThat(AssignmentVerifier.violations(sparse)).isEmpty();
            assertThat(sparse.objective().value()).isCloseTo(full.objective().value(), within(1e-6));
        }
    }

    @Property(tries = 200)
    void highestFloorEqualsBruteForceBottleneck(@ForAll long seed) {
        AssignmentProblem problem = RandomInstances.tiny(seed).withFairnessFloor(-1);
        BruteForce brute = BruteForce.floor(problem);
        double floor = solver.highestFeasibleFloor(problem);
        assertThat(new AssignmentSolver(1, 0).highestFeasibleFloor(problem)).as("with short lists").isEqualTo(floor);

        if (Double.isNaN(brute.bestFloor)) {
            assertThat(floor).isZero();
        } else {
            assertThat(floor).isEqualTo(brute.bestFloor);
            AssignmentResult withFloor = solver.solve(problem.withFairnessFloor(floor));
            assertThat(withFloor.feasible()).isTrue();
            assertThat(AssignmentVerifier.violations(withFloor)).isEmpty();
            assertThat(withFloor.objective().value())
                    .isCloseTo(BruteForce.solve(problem.withFairnessFloor(floor)).best, within(1e-6));
        }
    }

    @Property(tries = 150)
    void reassignmentChangesOnlyTheApplicationsOfTheDroppedReviewer(@ForAll long seed) {
        AssignmentProblem problem = RandomInstances.medium(seed);
        AssignmentResult before = solver.solve(problem);
        if (!before.feasible()) {
            return;
        }
        int[] load = before.reviewerLoads();
        int dropped = 0;
        for (int r = 1; r < load.length; r++) {
            if (load[r] > load[dropped]) {
                dropped = r;
            }
        }
        AssignmentResult after = solver.reassign(before, List.of(dropped));

        if (!after.feasible()) {
            assertThat(after.explanations()).isNotEmpty();
            return;
        }
        assertThat(AssignmentVerifier.violations(after)).isEmpty();
        assertThat(after.reviewerLoads()[dropped]).isZero();
        for (int a = 0; a < problem.applicationCount(); a++) {
            int[] old = before.reviewersOf(a);
            int[] now = after.reviewersOf(a);
            final int gone = dropped;
            if (Arrays.stream(old).noneMatch(r -> r == gone)) {
                assertThat(now).as("application %d untouched", a).isEqualTo(old);
            } else {
                // every other reviewer of an affected application is kept
                for (int kept : Arrays.stream(old).filter(r -> r != gone).toArray()) {
                    assertThat(now).contains(kept);
                }
            }
        }
    }
}
