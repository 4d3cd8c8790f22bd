package org.ansoplatform.publications.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ansoplatform.publications.Cadence;

/**
 * The expected dates of a weekly or monthly series that have no issue (decision 186): periods of a week or a month
 * counted from the series' start (else its first issue), up to today or the day the series ended; a period that has
 * fully passed with no issue dated inside it is missed, and its first day is the expected date. Other cadences
 * expect nothing.
 */
public final class MissedIssues {

    /** At most this many periods are examined (ten years of weeks). */
    static final int MAX_PERIODS = 520;

    private MissedIssues() {
    }

    public static List<LocalDate> missed(Cadence cadence, LocalDate start, LocalDate end, List<LocalDate> issueDates,
            LocalDate today) {
        if (cadence != Cadence.WEEKLY && cadence != Cadence.MONTHLY) {
            return List.of();
        }
        LocalDate first = start != null ? start : issueDates.stream().min(LocalDate::compareTo).orElse(null);
        if (first == null) {
            return List.of();
        }
        LocalDate until = end != null && end.isBefore(today) ? end.plusDays(1) : today;
        List<LocalDate> missed = new ArrayList<>();
        for (int i = 0; i < MAX_PERIODS; i++) {
            LocalDate from = step(cadence, first, i);
            LocalDate to = step(cadence, first, i + 1);
            if (to.isAfter(until)) {
                break;
            }
            LocalDate periodStart = from;
            if (issueDates.stream().noneMatch(d -> !d.isBefore(periodStart) && d.isBefore(to))) {
                missed.add(periodStart);
            }
        }
        return missed;
    }

    private static LocalDate step(Cadence cadence, LocalDate first, int periods) {
        return cadence == Cadence.WEEKLY ? first.plusWeeks(periods) : first.plusMonths(periods);
    }
}
