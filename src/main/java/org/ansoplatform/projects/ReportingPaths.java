package org.ansoplatform.projects;

import java.util.UUID;

/** The pages of reporting that emails and other pages link to. */
public final class ReportingPaths {

    /** The principal investigator's projects. */
    public static final String MINE = "/projects/mine";
    /** Reports and milestones past their dates, for the Secretariat. */
    public static final String OVERDUE = "/secretariat/projects/reports/overdue";

    private ReportingPaths() {
    }

    /** The principal investigator's page of a report. */
    public static String report(UUID projectId, UUID reportId) {
        return "/projects/" + projectId + "/reports/" + reportId;
    }

    /** The Secretariat's page of a report. */
    public static String review(UUID projectId, UUID reportId) {
        return "/secretariat/projects/" + projectId + "/reports/" + reportId;
    }

    public static String reports(UUID projectId) {
        return "/secretariat/projects/" + projectId + "/reports";
    }

    public static String milestones(UUID projectId) {
        return "/secretariat/projects/" + projectId + "/milestones";
    }
}
