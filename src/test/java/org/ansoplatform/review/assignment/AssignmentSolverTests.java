package org.ansoplatform.review.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Small hand-made instances: the penalty's effect, pins, and every kind of explanation. */
class AssignmentSolverTests {

    final AssignmentSolver solver = new AssignmentSolver();

    static AssignmentProblem.Builder instance(int k, int applications, int reviewers, int maxLoad) {
        AssignmentProblem.Builder builder = AssignmentProblem.builder(k);
        for (int a = 0; a < applications; a++) {
            builder.application(new UUID(1, a));
        }
        for (int r = 0; r < reviewers; r++) {
            builder.reviewer(new UUID(2, r), 0, maxLoad);
        }
        return builder;
    }

    @Test
    void equallyGoodReviewersShareTheLoad() {
        AssignmentProblem.Builder builder = instance(1, 4, 2, 4);
        for (int a = 0; a < 4; a++) {
            builder.affinity(a, 0, 0.5).affinity(a, 1, 0.5);
        }
        AssignmentResult result = solver.solve(builder.build());

        assertThat(result.reviewerLoads()).containsExactly(2, 2);
        assertThat(result.loads().idleReviewers()).isZero();
        assertThat(result.objective().totalAffinity()).isEqualTo(2.0);
    }

    @Test
    void betterAffinityWinsOverBalanceWhenThePenaltyIsSmall() {
        AssignmentProblem.Builder builder = instance(1, 2, 2, 2).loadPenalty(0.001);
        builder.affinity(0, 0, 0.9).affinity(0, 1, 0.1).affinity(1, 0, 0.9).affinity(1, 1, 0.1);
        AssignmentResult result = solver.solve(builder.build());

        assertThat(result.reviewersOf(0)).containsExactly(0);
        assertThat(result.reviewersOf(1)).containsExactly(0);
    }

    @Test
    void pinsAreKeptEvenWithoutAffinityAndMinimumLoadsAreMet() {
        AssignmentProblem.Builder builder = instance(1, 3, 2, 3);
        for (int a = 0; a < 3; a++) {
            builder.affinity(a, 0, 0.9).affinity(a, 1, 0.2);
        }
        builder.pin(2, 1);
        AssignmentResult result = solver.solve(builder.build());

        assertThat(result.reviewersOf(2)).containsExactly(1);
        assertThat(result.pairs()).filteredOn(AssignmentResult.AssignedPair::pinned).hasSize(1);
    }

    @Test
    void minimumLoadForcesWorseReviewers() {
        AssignmentProblem.Builder builder = AssignmentProblem.builder(1);
        for (int a = 0; a < 3; a++) {
            builder.application(new UUID(1, a));
        }
        builder.reviewer(new UUID(2, 0), 0, 3);
        builder.reviewer(new UUID(2, 1), 2, 3);
        for (int a = 0; a < 3; a++) {
            builder.affinity(a, 0, 0.9).affinity(a, 1, 0.2);
        }
        AssignmentResult result = solver.solve(builder.build());

        assertThat(result.reviewerLoads()).containsExactly(1, 2);
    }

    @Test
    void explainsApplicationsWithTooFewCandidates() {
        AssignmentProblem.Builder builder = instance(2, 2, 3, 5);
        builder.affinity(0, 0, 0.5).affinity(0, 1, 0.5).affinity(0, 2, 0.5);
        builder.affinity(1, 0, 0.5).affinity(1, 1, 0.5).conflict(1, 1);
        AssignmentResult result = solver.solve(builder.build());

        assertThat(result.feasible()).isFalse();
        assertThat(result.explanations()).containsExactly(Explanation.of("too-few-candidates",
                new UUID(1, 1), 1, 2, 2, 1, 0, 0));
    }

    @Test
    void explainsTooLittleCapacityAndUnreachableMinimums() {
        AssignmentProblem.Builder builder = AssignmentProblem.builder(1);
        builder.application(new UUID(1, 0));
        builder.application(new UUID(1, 1));
        builder.reviewer(new UUID(2, 0), 0, 1);
        builder.reviewer(new UUID(2, 1), 0, 0);
        builder.reviewer(new UUID(2, 2), 1, 1);
        builder.affinity(0, 0, 0.5).affinity(1, 0, 0.5).affinity(1, 1, 0.5);
        AssignmentResult result = solver.solve(builder.build());

        assertThat(result.explanations()).extracting(Explanation::messageKey).contains(
                "review.assignment.minimum-load-unreachable");
        assertThat(result.explanations()).contains(Explanation.of("minimum-load-unreachable", new UUID(2, 2), 1, 0));
    }

    @Test
    void explainsAShortageThatOnlyTheWholeNetworkReveals() {
        // each application alone has a candidate, but both compete for the one reviewer with room
        AssignmentProblem.Builder builder = instance(1, 2, 2, 1);
        builder.affinity(0, 0, 0.5).affinity(1, 0, 0.7);
        AssignmentResult result = solver.solve(builder.build());

        assertThat(result.feasible()).isFalse();
        assertThat(result.explanations()).hasSize(1);
        assertThat(result.explanations().get(0).messageKey()).isEqualTo("review.assignment.application-short");
        assertThat(result.explanations().get(0).args()).element(1).isEqualTo(0L);
    }

    @Test
    void explainsConflictingPins() {
        AssignmentProblem.Builder builder = instance(1, 1, 2, 1);
        builder.affinity(0, 0, 0.5).conflict(0, 1).pin(0, 1);
        AssignmentResult result = solver.solve(builder.build());

        assertThat(result.explanations()).contains(Explanation.of("pin-conflicted", new UUID(1, 0), new UUID(2, 1)));
    }

    @Test
    void fairnessFloorGivesEveryApplicationOneStrongReviewer() {
        // without the floor the optimum gives both strong reviewers to application 0
        AssignmentProblem.Builder builder = instance(2, 2, 4, 1).loadPenalty(0);
        builder.affinity(0, 0, 0.9).affinity(0, 1, 0.9).affinity(0, 2, 0.1).affinity(0, 3, 0.1);
        builder.affinity(1, 0, 0.85).affinity(1, 1, 0.8).affinity(1, 2, 0.2).affinity(1, 3, 0.2);
        AssignmentProblem problem = builder.build();
        AssignmentResult plain = solver.solve(problem);
        double floor = solver.highestFeasibleFloor(problem);
        AssignmentResult fair = solver.solve(problem.withFairnessFloor(floor));

        assertThat(plain.reviewersOf(1)).containsExactly(2, 3);
        assertThat(floor).isEqualTo(0.85);
        assertThat(fair.reviewersOf(1)).contains(0);
        assertThat(fair.reviewersOf(0)).contains(1);
        assertThat(fair.quality().lowestAffinityPercentiles()[0]).isEqualTo(0.1);
        assertThat(fair.objective().value()).isCloseTo(2.05, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(plain.objective().value()).isCloseTo(2.2, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void anEmptyCallNeedsNoReviewer() {
        AssignmentResult result = solver.solve(instance(3, 0, 2, 5).build());

        assertThat(result.feasible()).isTrue();
        assertThat(result.pairs()).isEmpty();
        assertThat(result.objective().value()).isZero();
        assertThat(result.loads().idleReviewers()).isEqualTo(2);
    }
}
