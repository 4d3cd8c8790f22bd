package org.ansoplatform.meetings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When and where a meeting takes place, as its emails state it: dates and daily hours in the meeting's own
 * time zone, and the place (venue, city, country) unless it is online only. {@code participantZone} is the zone
 * of the participant an email goes to (null for none known), so the hours can be given in their time as well.
 */
public record MeetingSchedule(LocalDate startDate, LocalDate endDate, LocalTime startTime, LocalTime endTime,
        String timeZone, String place, boolean online, String participantZone) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static MeetingSchedule of(MeetingView m) {
        return new MeetingSchedule(m.startDate(), m.endDate(), m.startTime(), m.endTime(), m.timeZone(),
                m.mode().hasVenue() ? m.place(Locale.ENGLISH) : null, m.mode().isOnline(), null);
    }

    /** The same schedule as told to a participant whose zone is {@code zone}. */
    public MeetingSchedule forParticipant(String zone) {
        return new MeetingSchedule(startDate, endDate, startTime, endTime, timeZone, place, online, zone);
    }

    /** The dates, then the daily hours in the meeting's zone: 2–3 March 2027, 09:00–16:00 (Asia/Shanghai). */
    public String when(Locale locale) {
        String dates = MeetingDates.range(startDate, endDate, locale);
        String hours = MeetingDates.hours(startTime, endTime);
        return hours == null ? dates : dates + ", " + hours + " (" + timeZone + ")";
    }

    /**
     * The first day's hours in the participant's zone with its UTC offset, such as 2 March 2027, 02:00–09:00
     * (Europe/Berlin, UTC+01:00), with the end's date when it falls on another day there; null when the meeting
     * has no hours or the participant's zone is unknown or the meeting's own.
     */
    public String participantWhen(Locale locale) {
        ZoneId zone = zone(participantZone);
        ZoneId own = zone(timeZone);
        if (startTime == null || zone == null || own == null || zone.equals(own)) {
            return null;
        }
        ZonedDateTime start = startDate.atTime(startTime).atZone(own).withZoneSameInstant(zone);
        String text = MeetingDates.date(start.toLocalDate(), locale) + ", " + TIME.format(start);
        if (endTime != null) {
            ZonedDateTime end = startDate.atTime(endTime).atZone(own).withZoneSameInstant(zone);
            text += end.toLocalDate().equals(start.toLocalDate()) ? "–" + TIME.format(end)
                    : " – " + MeetingDates.date(end.toLocalDate(), locale) + ", " + TIME.format(end);
        }
        String offset = start.getOffset().getTotalSeconds() == 0 ? "+00:00" : start.getOffset().getId();
        return text + " (" + zone.getId() + ", UTC" + offset + ")";
    }

    /** Whether the meeting lasts several days (its hours are each day's). */
    public boolean severalDays() {
        return endDate != null && endDate.isAfter(startDate);
    }

    private static ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
