package org.ansoplatform.review.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class ScoreCalibrationTests {

    static UUID application(int i) {
        return new UUID(1, i);
    }

    static UUID reviewer(int i) {
        return new UUID(2, i);
    }

    /**
     * Simulation: 300 applications with known merits, 30 reviewers with mild random leniency, one of
     * them uniformly harsh (2.5 points below merit on a 10-point scale); 3 reviews per application.
     */
    @Test
    void aUniformlyHarshReviewerNoLongerSinksTheirApplications() {
        Random random = new Random(7);
        int applications = 300;
        int reviewers = 30;
        int harsh = 0;
        double[] merit = new double[applications];
        double[] leniency = new double[reviewers];
        for (int a = 0; a < applications; a++) {
            merit[a] = 5 + 1.5 * random.nextGaussian();
        }
        for (int r = 0; r < reviewers; r++) {
            leniency[r] = r == harsh ? -2.5 : 0.3 * random.nextGaussian();
        }
        List<RawScore> scores = new ArrayList<>();
        List<Integer> harshlyReviewed = new ArrayList<>();
        for (int a = 0; a < applications; a++) {
            List<Integer> panel = new ArrayList<>();
            while (panel.size() < 3) {
                int r = random.nextInt(reviewers);
                if (!panel.contains(r)) {
                    panel.add(r);
                }
            }
            if (panel.contains(harsh)) {
                harshlyReviewed.add(a);
            }
            for (int r : panel) {
                scores.add(new RawScore(reviewer(r), application(a),
                        merit[a] + leniency[r] + 0.5 * random.nextGaussian()));
            }
        }
        CalibrationResult result = ScoreCalibration.calibrate(scores, CalibrationSettings.defaults());

        Map<Integer, Integer> trueRank = ranks(applications, a -> merit[a]);
        Map<Integer, Integer> rawRank = ranks(applications, a -> result.applications().get(application(a)).rawMean());
        Map<Integer, Integer> calibratedRank = ranks(applications,
                a -> result.applications().get(application(a)).calibrated());
        // how many places the harsh reviewer's applications fall below where their merit puts them
        double rawDrop = harshlyReviewed.stream().mapToInt(a -> rawRank.get(a) - trueRank.get(a)).average().orElse(0);
        double calibratedDrop = harshlyReviewed.stream().mapToInt(a -> calibratedRank.get(a) - trueRank.get(a))
                .average().orElse(0);

        assertThat(harshlyReviewed).hasSizeGreaterThan(15);
        assertThat(result.converged()).isTrue();
        assertThat(rawDrop).as("raw scores sink them").isGreaterThan(25);
        assertThat(Math.abs(calibratedDrop)).as("calibrated scores do not").isLessThan(rawDrop / 5);
        assertThat(result.reviewers().get(reviewer(harsh)).bias()).isCloseTo(-2.5, within(0.4));
        assertThat(rankError(harshlyReviewed, calibratedRank, trueRank))
                .isLessThan(rankError(harshlyReviewed, rawRank, trueRank) / 2);
    }

    private static double rankError(List<Integer> subset, Map<Integer, Integer> estimated, Map<Integer, Integer> truth) {
        return subset.stream().mapToInt(a -> Math.abs(estimated.get(a) - truth.get(a))).average().orElse(0);
    }

    /** Rank 1 = best; ties by index so the ranks are a permutation. */
    private static Map<Integer, Integer> ranks(int count, ToDoubleFunction<Integer> value) {
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            order.add(a);
        }
        order.sort(Comparator.comparingDouble(value).reversed().thenComparing(a -> a));
        Map<Integer, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i + 1);
        }
        return rank;
    }

    @Test
    void reviewersWithFewReviewsAreShrunkTowardNoBias() {
        // two reviewers both 2 points above the others; one reviewed 1 application, the other 12
        List<RawScore> scores = new ArrayList<>();
        for (int a = 0; a < 12; a++) {
            scores.add(new RawScore(reviewer(1), application(a), 5));
            scores.add(new RawScore(reviewer(2), application(a), 5));
            scores.add(new RawScore(reviewer(3), application(a), 7));
        }
        scores.add(new RawScore(reviewer(1), application(12), 5));
        scores.add(new RawScore(reviewer(2), application(12), 5));
        scores.add(new RawScore(reviewer(4), application(12), 7));
        CalibrationResult result = ScoreCalibration.calibrate(scores, CalibrationSettings.defaults());

        double frequent = result.reviewers().get(reviewer(3)).bias();
        double occasional = result.reviewers().get(reviewer(4)).bias();
        assertThat(frequent).isGreaterThan(1.0);
        assertThat(occasional).isPositive().isLessThan(frequent / 2);
        assertThat(result.applications().get(application(12)).calibrated())
                .isGreaterThan(result.applications().get(application(0)).calibrated());
    }

    @Test
    void calibratedScoresAreRawMinusBiasAndMeritsTheirMean() {
        List<RawScore> scores = List.of(new RawScore(reviewer(1), application(1), 8),
                new RawScore(reviewer(2), application(1), 4), new RawScore(reviewer(1), application(2), 6),
                new RawScore(reviewer(3), application(2), 6));
        CalibrationResult result = ScoreCalibration.calibrate(scores, CalibrationSettings.defaults());

        for (CalibrationResult.CalibratedScore score : result.scores()) {
            assertThat(score.calibrated()).isCloseTo(
                    score.raw() - result.reviewers().get(score.reviewerId()).bias(), within(1e-12));
        }
        double mean = result.scores().stream().filter(s -> s.applicationId().equals(application(1)))
                .mapToDouble(CalibrationResult.CalibratedScore::calibrated).average().orElseThrow();
        assertThat(result.applications().get(application(1)).calibrated()).isCloseTo(mean, within(1e-9));
        assertThat(result.applications().get(application(1)).rawMean()).isEqualTo(6.0);
    }

    @Test
    void flagsApplicationsWhoseReviewersDisagree() {
        List<RawScore> scores = new ArrayList<>();
        scores.add(new RawScore(reviewer(1), application(1), 9));
        scores.add(new RawScore(reviewer(2), application(1), 2));
        scores.add(new RawScore(reviewer(1), application(2), 6));
        scores.add(new RawScore(reviewer(2), application(2), 6));
        CalibrationResult result = ScoreCalibration.calibrate(scores, CalibrationSettings.defaults());

        assertThat(result.applications().get(application(1)).disagreement()).isTrue();
        assertThat(result.applications().get(application(1)).spread()).isGreaterThan(3);
        assertThat(result.applications().get(application(2)).disagreement()).isFalse();
    }

    @Test
    void rawMeansAreTheExactDecimalsOfTheScores() {
        List<RawScore> scores = new ArrayList<>();
        scores.add(new RawScore(reviewer(1), application(1), 7.45));
        scores.add(new RawScore(reviewer(2), application(1), 7.9));
        scores.add(new RawScore(reviewer(1), application(2), 7.7));
        scores.add(new RawScore(reviewer(2), application(2), 7.65));
        CalibrationResult result = ScoreCalibration.calibrate(scores, CalibrationSettings.defaults());

        // (7.45 + 7.9) / 2 in doubles is 7.675000000000001
        assertThat(result.applications().get(application(1)).rawMean()).isEqualTo(7.675);
        assertThat(result.applications().get(application(2)).rawMean()).isEqualTo(7.675);
        assertThat(result.applications().values()).allSatisfy(score ->
                assertThat(score.disagreement()).isEqualTo(score.spread() > CalibrationSettings.defaults().disagreementThreshold()));
    }
}
