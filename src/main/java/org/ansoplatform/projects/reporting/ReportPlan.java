package org.ansoplatform.projects.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.projects.MilestoneView;
import org.ansoplatform.projects.ReportSchedule;

/**
 * When a project's progress reports fall due (pure). By period: a report for each year (ANNUAL) or half-year
 * (SEMIANNUAL) counted from the start date, the last one ending with the project. By milestone: a report for each
 * milestone, covering the time since the one before (or since the start). Each is due {@link #GRACE} after its
 * period ends.
 */
public final class ReportPlan {

    /** The time a principal investigator has after a period ends to report on it. */
    public static final java.time.Period GRACE = java.time.Period.ofMonths(1);

    public record Period(LocalDate start, LocalDate end, UUID milestoneId, LocalDate dueOn) {
    }

    private ReportPlan() {
    }

    public static List<Period> periods(LocalDate start, LocalDate end, ReportSchedule schedule,
            List<MilestoneView> milestones) {
        List<Period> periods = new ArrayList<>();
        if (schedule == ReportSchedule.MILESTONE) {
            LocalDate from = start;
            for (MilestoneView milestone : milestones.stream()
                    .sorted(java.util.Comparator.comparing(MilestoneView::dueOn)).toList()) {
                LocalDate to = milestone.dueOn().isAfter(end) ? end : milestone.dueOn();
                LocalDate periodStart = from.isAfter(to) ? to : from;
                periods.add(new Period(periodStart, to, milestone.id(), to.plus(GRACE)));
                from = to.plusDays(1);
            }
            return periods;
        }
        int months = schedule == ReportSchedule.SEMIANNUAL ? 6 : 12;
        for (int n = 0; ; n++) {
            LocalDate from = start.plusMonths((long) months * n);
            if (from.isAfter(end)) {
                break;
            }
            LocalDate to = start.plusMonths((long) months * (n + 1)).minusDays(1);
            if (to.isAfter(end)) {
                to = end;
            }
            periods.add(new Period(from, to, null, to.plus(GRACE)));
        }
        return periods;
    }
}
