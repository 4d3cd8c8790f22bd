package org.ansoplatform.review.assignment;

import java.util.Random;
import java.util.UUID;

/** Small random instances for the property tests: every kind of constraint appears with some probability. */
final class RandomInstances {

    private RandomInstances() {
    }

    static AssignmentProblem tiny(long seed) {
        Random random = new Random(seed);
        int n = 1 + random.nextInt(4);
        int m = 2 + random.nextInt(3);
        int k = 1 + random.nextInt(Math.min(2, m));
        return random(random, n, m, k, 0.7);
    }

    static AssignmentProblem medium(long seed) {
        Random random = new Random(seed);
        return random(random, 20 + random.nextInt(30), 8 + random.nextInt(8), 1 + random.nextInt(3), 0.5);
    }

    static AssignmentProblem random(Random random, int n, int m, int k, double density) {
        double[] weights = {0, 0.001, 0.05, 0.3};
        AssignmentProblem.Builder builder = AssignmentProblem.builder(k)
                .loadPenalty(weights[random.nextInt(weights.length)]);
        for (int a = 0; a < n; a++) {
            builder.application(new UUID(1, a));
        }
        int average = (n * k + m - 1) / m;
        for (int r = 0; r < m; r++) {
            int min = random.nextInt(4) == 0 ? random.nextInt(Math.max(1, average)) : 0;
            int max = min + random.nextInt(average + 3);
            builder.reviewer(new UUID(2, r), min, max);
        }
        for (int a = 0; a < n; a++) {
            int pinned = 0;
            for (int r = 0; r < m; r++) {
                double roll = random.nextDouble();
                if (random.nextDouble() < density) {
                    // coarse values create ties, fine ones exercise the scaling
                    double value = random.nextBoolean() ? (1 + random.nextInt(10)) / 10.0 : random.nextDouble();
                    builder.affinity(a, r, value);
                }
                if (roll < 0.08) {
                    builder.conflict(a, r);
                } else if (roll < 0.12) {
                    builder.ban(a, r);
                } else if (roll < 0.18 && pinned < k) {
                    builder.pin(a, r);
                    pinned++;
                }
            }
        }
        if (random.nextInt(4) == 0) {
            builder.fairnessFloor((1 + random.nextInt(9)) / 10.0);
        }
        return builder.build();
    }
}
