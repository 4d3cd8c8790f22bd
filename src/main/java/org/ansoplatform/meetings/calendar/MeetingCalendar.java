package org.ansoplatform.meetings.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.ansoplatform.meetings.MeetingView;
import org.springframework.stereotype.Component;

/**
 * iCalendar (RFC 5545) for one meeting or for the whole public calendar, written with ical4j. A meeting
 * without times is an all-day event over its dates (DTEND is the day after the last, as the standard says);
 * one with times is given in UTC, converted from its own time zone.
 */
@Component
public class MeetingCalendar {

    public static final String CONTENT_TYPE = "text/calendar;charset=UTF-8";

    private final Clock clock;

    MeetingCalendar(Clock clock) {
        this.clock = clock;
    }

    /** @param baseUrl the platform's address without a trailing slash, for each event's URL */
    public String ics(List<MeetingView> meetings, String calendarName, String baseUrl) {
        return ics(meetings, calendarName, baseUrl, null);
    }

    /**
     * The same in the reader's language: each meeting's title and description in it when given (the first
     * language's otherwise), cancelled meetings marked so calendars strike them out.
     */
    public String ics(List<MeetingView> meetings, String calendarName, String baseUrl, java.util.Locale reader) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//ANSO Platform//Meetings//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        for (MeetingView meeting : meetings) {
            calendar.add(event(meeting, baseUrl, now, reader == null ? java.util.Locale.ROOT : reader));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent event(MeetingView m, String baseUrl, Instant now, java.util.Locale reader) {
        VEvent event;
        if (m.startTime() == null) {
            event = new VEvent(m.startDate(), m.endDate().plusDays(1), m.title(reader));
        } else {
            ZoneId zone = ZoneId.of(m.timeZone());
            Instant start = LocalDateTime.of(m.startDate(), m.startTime()).atZone(zone).toInstant();
            LocalTime endTime = m.endTime() != null ? m.endTime() : m.startTime().plusHours(1);
            // a meeting over several days with hours is those hours on each day, not one block from the first
            // morning to the last evening: the first day's hours, repeated daily
            Instant end = LocalDateTime.of(m.startDate(), endTime).atZone(zone).toInstant();
            if (!end.isAfter(start)) {
                end = start.plus(1, ChronoUnit.HOURS);
            }
            event = new VEvent(start, end, m.title(reader));
            if (m.days() > 1) {
                event.add(new RRule<>(new Recur<>(Frequency.DAILY, (int) m.days())));
            }
        }
        event.add(new Uid(m.id() + "@meetings.ansoplatform"));
        if (m.cancelled()) {
            event.add(new net.fortuna.ical4j.model.property.Status("CANCELLED"));
        }
        event.add(new DtStamp(now));
        event.add(new LastModified(m.updatedAt().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Url(URI.create(baseUrl + "/meetings/" + m.id())));
        List<String> description = new ArrayList<>();
        if (!m.organizers().isEmpty()) {
            description.add("Organizers: " + m.organizerNames());
        }
        if (m.description(reader) != null) {
            description.add(m.description(reader));
        }
        if (!description.isEmpty()) {
            event.add(new Description(String.join("\n\n", description)));
        }
        String location = location(m);
        if (location != null) {
            event.add(new Location(location));
        }
        event.add(new Categories(m.kind().name()));
        return event;
    }

    static String location(MeetingView m) {
        List<String> parts = new ArrayList<>();
        if (m.mode().hasVenue()) {
            if (m.venue() != null) {
                parts.add(m.venue());
            }
            if (m.city() != null) {
                parts.add(m.city());
            }
            if (m.country() != null) {
                parts.add(m.countryName(java.util.Locale.ENGLISH));
            }
        }
        if (m.mode().isOnline()) {
            parts.add("Online");
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
