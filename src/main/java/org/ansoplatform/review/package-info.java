/**
 * Expert review of anything another module submits for it (a ReviewSubject of some type in a scope such
 * as a call): the reviewer pool and panels, conflicts of interest, the optimal assignment of reviewers,
 * rubric reviews, calibrated scores with disagreement flags and panel notes. It never knows what a
 * subject is: the owning module describes its subjects through a SubjectSource and reads the outcome
 * through ReviewOutcomes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "files", "accounts", "organizations"})
package org.ansoplatform.review;
