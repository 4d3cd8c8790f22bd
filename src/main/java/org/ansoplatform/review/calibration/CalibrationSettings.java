package org.ansoplatform.review.calibration;

/**
 * @param ridge penalty lambda on reviewer biases: a reviewer with n reviews keeps n / (n + lambda) of
 *        their apparent offset, so one with few reviews is shrunk toward no bias
 * @param disagreementThreshold an application is flagged when the spread (highest minus lowest) of its
 *        calibrated review scores exceeds this, in score points
 * @param maxIterations bound on the alternating least-squares sweeps
 * @param tolerance stop when no merit or bias moves by more than this in a sweep
 */
public record CalibrationSettings(double ridge, double disagreementThreshold, int maxIterations, double tolerance) {

    public CalibrationSettings {
        if (ridge <= 0 || disagreementThreshold < 0 || maxIterations < 1 || tolerance <= 0) {
            throw new IllegalArgumentException("ridge and tolerance must be positive, iterations at least 1");
        }
    }

    /** Ridge 3 (a reviewer with 3 reviews keeps half their offset), flag spreads above 3 points. */
    public static CalibrationSettings defaults() {
        return new CalibrationSettings(3.0, 3.0, 10_000, 1e-10);
    }
}
