package org.ansoplatform.review.calibration;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Removes reviewer leniency and harshness with the additive model score = merit(application) +
 * bias(reviewer) + noise, fitted by ridge-penalised least squares:
 *
 * <pre>
 *   minimise  sum over reviews (s - m_a - b_r)^2  +  lambda * sum over reviewers b_r^2
 * </pre>
 *
 * The ridge term makes the fit unique (without it any constant could move from biases to merits) and
 * shrinks biases of reviewers with few reviews toward 0. The objective is strictly convex in the
 * biases and, given them, in the merits; alternating exact minimisation over the two blocks (merits =
 * mean of bias-corrected scores; bias = sum of residuals / (n_r + lambda)) therefore converges to the
 * unique optimum. Deterministic: input order does not matter beyond floating-point summation order,
 * which follows the input list.
 */
public final class ScoreCalibration {

    private ScoreCalibration() {
    }

    public static CalibrationResult calibrate(List<RawScore> scores, CalibrationSettings settings) {
        Map<UUID, Integer> applicationIndex = new LinkedHashMap<>();
        Map<UUID, Integer> reviewerIndex = new LinkedHashMap<>();
        int count = scores.size();
        int[] application = new int[count];
        int[] reviewer = new int[count];
        double[] raw = new double[count];
        for (int i = 0; i < count; i++) {
            RawScore score = scores.get(i);
            if (!Double.isFinite(score.score())) {
                throw new IllegalArgumentException("score must be a finite number");
            }
            application[i] = applicationIndex.computeIfAbsent(score.applicationId(), id -> applicationIndex.size());
            reviewer[i] = reviewerIndex.computeIfAbsent(score.reviewerId(), id -> reviewerIndex.size());
            raw[i] = score.score();
        }
        int applications = applicationIndex.size();
        int reviewers = reviewerIndex.size();
        int[] perApplication = new int[applications];
        int[] perReviewer = new int[reviewers];
        for (int i = 0; i < count; i++) {
            perApplication[application[i]]++;
            perReviewer[reviewer[i]]++;
        }
        double[] merit = new double[applications];
        double[] bias = new double[reviewers];
        double[] sum = new double[Math.max(applications, reviewers)];
        int iteration = 0;
        boolean converged = false;
        while (iteration < settings.maxIterations() && !converged) {
            iteration++;
            double change = 0;
            java.util.Arrays.fill(sum, 0);
            for (int i = 0; i < count; i++) {
                sum[application[i]] += raw[i] - bias[reviewer[i]];
            }
            for (int a = 0; a < applications; a++) {
                double next = sum[a] / perApplication[a];
                change = Math.max(change, Math.abs(next - merit[a]));
                merit[a] = next;
            }
            java.util.Arrays.fill(sum, 0);
            for (int i = 0; i < count; i++) {
                sum[reviewer[i]] += raw[i] - merit[application[i]];
            }
            for (int r = 0; r < reviewers; r++) {
                double next = sum[r] / (perReviewer[r] + settings.ridge());
                change = Math.max(change, Math.abs(next - bias[r]));
                bias[r] = next;
            }
            converged = change <= settings.tolerance();
        }
        // final merits consistent with the final biases
        java.util.Arrays.fill(sum, 0);
        for (int i = 0; i < count; i++) {
            sum[application[i]] += raw[i] - bias[reviewer[i]];
        }
        for (int a = 0; a < applications; a++) {
            merit[a] = sum[a] / perApplication[a];
        }
        return result(scores, settings, applicationIndex, reviewerIndex, application, reviewer, raw, merit, bias,
                perApplication, perReviewer, iteration, converged);
    }

    private static CalibrationResult result(List<RawScore> scores, CalibrationSettings settings,
            Map<UUID, Integer> applicationIndex, Map<UUID, Integer> reviewerIndex, int[] application, int[] reviewer,
            double[] raw, double[] merit, double[] bias, int[] perApplication, int[] perReviewer, int iterations,
            boolean converged) {
        int applications = applicationIndex.size();
        // raw means in exact decimals: the scores as typed, so (7.45 + 7.9) / 2 is 7.675, not 7.675000000000001
        BigDecimal[] rawSum = new BigDecimal[applications];
        java.util.Arrays.fill(rawSum, BigDecimal.ZERO);
        double[] low = new double[applications];
        double[] high = new double[applications];
        java.util.Arrays.fill(low, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(high, Double.NEGATIVE_INFINITY);
        List<CalibrationResult.CalibratedScore> calibrated = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            double value = raw[i] - bias[reviewer[i]];
            int a = application[i];
            rawSum[a] = rawSum[a].add(BigDecimal.valueOf(raw[i]));
            low[a] = Math.min(low[a], value);
            high[a] = Math.max(high[a], value);
            calibrated.add(new CalibrationResult.CalibratedScore(scores.get(i).reviewerId(),
                    scores.get(i).applicationId(), raw[i], value));
        }
        Map<UUID, CalibrationResult.ApplicationScore> byApplication = new HashMap<>();
        applicationIndex.forEach((id, a) -> {
            double spread = high[a] - low[a];
            double mean = rawSum[a].divide(BigDecimal.valueOf(perApplication[a]), MathContext.DECIMAL64).doubleValue();
            byApplication.put(id, new CalibrationResult.ApplicationScore(id, mean, merit[a],
                    spread, perApplication[a], spread > settings.disagreementThreshold()));
        });
        Map<UUID, CalibrationResult.ReviewerBias> byReviewer = new HashMap<>();
        reviewerIndex.forEach((id, r) -> byReviewer.put(id,
                new CalibrationResult.ReviewerBias(id, bias[r], perReviewer[r])));
        return new CalibrationResult(byApplication, byReviewer, calibrated, iterations, converged);
    }
}
