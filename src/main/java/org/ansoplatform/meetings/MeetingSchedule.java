package org.ansoplatform.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

/**
 * When and where a meeting takes place, as its emails state it: dates and daily hours in the meeting's own
 * time zone, and the place (venue, city, country) unless it is online only.
 */
public record MeetingSchedule(LocalDate startDate, LocalDate endDate, LocalTime startTime, LocalTime endTime,
        String timeZone, String place, boolean online) {

    static MeetingSchedule of(MeetingView m) {
        return new MeetingSchedule(m.startDate(), m.endDate(), m.startTime(), m.endTime(), m.timeZone(),
                m.mode().hasVenue() ? m.place(Locale.ENGLISH) : null, m.mode().isOnline());
    }

    /** The dates, then the daily hours in the meeting's zone: 2–3 March 2027, 09:00–16:00 (Asia/Shanghai). */
    public String when(Locale locale) {
        String dates = MeetingDates.range(startDate, endDate, locale);
        String hours = MeetingDates.hours(startTime, endTime);
        return hours == null ? dates : dates + ", " + hours + " (" + timeZone + ")";
    }
}
