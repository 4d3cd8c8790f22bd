/**
 * Panels and the assignment: the reviewer pool ({@link org.ansoplatform.review.panels.ReviewerPool}), a panel per
 * reviewed scope and its life ({@link org.ansoplatform.review.panels.Panel}, set up by
 * {@link org.ansoplatform.review.panels.PanelSetup}), members and their answers, conflicts of interest
 * ({@link org.ansoplatform.review.panels.ConflictRegister}), pins and bans, and the optimal assignment's
 * orchestration and storage ({@link org.ansoplatform.review.panels.AssignmentRunner} around the solver of
 * {@code review.assignment}). SQL lives in the {@code *Store} and {@code *Queries} classes.
 */
package org.ansoplatform.review.panels;
