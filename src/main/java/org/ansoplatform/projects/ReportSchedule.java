package org.ansoplatform.projects;

/** When progress reports fall due: at the end of each year or half-year of the project, or at each milestone. */
public enum ReportSchedule {
    ANNUAL, SEMIANNUAL, MILESTONE
}
