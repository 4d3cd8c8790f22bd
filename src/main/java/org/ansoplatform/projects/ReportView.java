package org.ansoplatform.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A progress report: its period (and the milestone it falls due at, if any), when it is due, where it stands, what
 * the principal investigator wrote (narrative, indicator values by key) and when it was submitted and decided.
 */
public record ReportView(UUID id, UUID projectId, LocalDate periodStart, LocalDate periodEnd, UUID milestoneId,
        LocalDate dueOn, ReportStatus status, String narrative, List<IndicatorValue> indicators, Instant submittedAt,
        Instant decidedAt, int version) {

    /** A value the report gives for one of the plan's indicators. */
    public record IndicatorValue(String key, String value) {
    }

    /** Whether the principal investigator may still change it: before submission, or after it was sent back. */
    public boolean editable() {
        return status == ReportStatus.DUE || status == ReportStatus.RETURNED;
    }

    public boolean overdue(LocalDate today) {
        return editable() && dueOn.isBefore(today);
    }

    public String value(String key) {
        return indicators.stream().filter(v -> v.key().equals(key)).map(IndicatorValue::value).findFirst().orElse("");
    }
}
