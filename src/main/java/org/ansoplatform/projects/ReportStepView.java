package org.ansoplatform.projects;

import java.time.Instant;

/** One step of a report's history: submitted, sent back with the Secretariat's comments, or accepted. */
public record ReportStepView(ReportStatus action, String comment, String actorName, Instant at) {
}
