package org.ansoplatform.projects;

/**
 * A progress report: DUE until the principal investigator submits it, SUBMITTED until the Secretariat decides,
 * RETURNED with comments (and then submitted again), ACCEPTED for good.
 */
public enum ReportStatus {
    DUE, SUBMITTED, RETURNED, ACCEPTED
}
