package org.ansoplatform.projects.reporting;

import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.projects.ReportStatus;

/**
 * The transitions of a progress report: submitted from DUE or RETURNED; accepted or sent back only while SUBMITTED.
 * A transition from any other state is refused with the reason, and nothing changes.
 */
public record ReportState(ReportStatus status) {

    public ReportState edit() {
        if (status == ReportStatus.SUBMITTED) {
            throw new InvalidInputException(null, "projects.report.alreadySubmitted");
        }
        if (status == ReportStatus.ACCEPTED) {
            throw new InvalidInputException(null, "projects.report.alreadyAccepted");
        }
        return this;
    }

    public ReportState submit() {
        edit();
        return new ReportState(ReportStatus.SUBMITTED);
    }

    public ReportState accept() {
        return decide(ReportStatus.ACCEPTED);
    }

    public ReportState sendBack() {
        return decide(ReportStatus.RETURNED);
    }

    private ReportState decide(ReportStatus to) {
        if (status != ReportStatus.SUBMITTED) {
            throw new InvalidInputException(null, status == ReportStatus.ACCEPTED ? "projects.report.alreadyAccepted"
                    : "projects.report.notSubmitted");
        }
        return new ReportState(to);
    }
}
