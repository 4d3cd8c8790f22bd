/**
 * Demo mode only: a panel reviewing another module's demo subjects through review's own services (pool, panel,
 * assignment, rubric, reviews, calibration), when that module's demo asks with
 * {@link org.ansoplatform.platform.DemoReviewRequested}.
 */
package org.ansoplatform.review.demo;
