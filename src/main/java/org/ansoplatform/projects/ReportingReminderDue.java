package org.ansoplatform.projects;

import java.time.LocalDate;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;

/**
 * A principal investigator is reminded that a milestone or a progress report of their project falls due soon;
 * {@code path} is the page the email links to (the report, or the principal investigator's projects).
 */
public record ReportingReminderDue(UUID personId, Kind kind, String acronym, LocalizedText title, LocalDate dueOn,
        String path) {

    public enum Kind { MILESTONE, REPORT }
}
