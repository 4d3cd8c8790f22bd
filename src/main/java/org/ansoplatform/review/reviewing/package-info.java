/**
 * Reviewing: the rubric of a panel ({@link org.ansoplatform.review.reviewing.RubricEditor}), a reviewer's reviews
 * saved as typed, submitted or declined under deadlines by the platform's clock
 * ({@link org.ansoplatform.review.reviewing.ReviewDesk}), reminders, closing with calibration
 * ({@link org.ansoplatform.review.reviewing.Calibrator} around {@code review.calibration}), further reviews after
 * disagreement, panel notes, and the reviewer's documents through a FileAccessRule. SQL lives in the
 * {@code *Store} and {@code *Queries} classes.
 */
package org.ansoplatform.review.reviewing;
