/**
 * Expert review of anything another module submits for it (a ReviewSubject of some type in a scope such
 * as a call): the reviewer pool and panels, conflicts of interest, the optimal assignment of reviewers,
 * rubric reviews, calibrated scores with disagreement flags and panel notes. It never knows what a
 * subject is: the owning module describes its subjects through a SubjectSource and reads the outcome
 * through ReviewOutcomes.
 *
 * <p>The base package is the module's public face: {@code ReviewOutcomes} with {@code ReviewScope},
 * {@code ReviewSubject} and the {@code SubjectSource} SPI (the named interface {@code review :: outcomes}, the
 * only part other modules use), the events, and the value types the pages show. Internals: {@code review.panels}
 * (pool, panels, conflicts, the assignment's orchestration and storage), {@code review.reviewing} (rubric,
 * reviews, deadlines, reminders, calibration, further reviews, notes), and the pure cores
 * {@code review.assignment} (the solver) and {@code review.calibration}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "files", "accounts", "organizations"})
package org.ansoplatform.review;
