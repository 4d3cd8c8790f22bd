package org.ansoplatform.meetings.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.ansoplatform.meetings.MeetingView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * iCalendar (RFC 5545) for one meeting or for the whole public calendar, written with ical4j. A meeting
 * without times is an all-day event over its dates (DTEND is the day after the last, as the standard says);
 * one with times is given in UTC, converted from its own time zone. Feeds are published (METHOD:PUBLISH) and
 * keep cancelled meetings with STATUS:CANCELLED; a participant’s invitation is a request (METHOD:REQUEST) naming
 * them as ATTENDEE. Lines are folded at 75 octets ({@link ContentLines}).
 */
@Component
public class MeetingCalendar {

    public static final String CONTENT_TYPE = "text/calendar;charset=UTF-8";

    private static final Pattern ADDRESS = Pattern.compile("<([^<>\\s]+@[^<>\\s]+)>|^\\s*([^<>\\s]+@[^<>\\s]+)\\s*$");

    private final Clock clock;
    private final String organizerEmail;

    MeetingCalendar(Clock clock, @Value("${anso.meetings.organizer-email:}") String organizerEmail,
            @Value("${anso.mail.from:ANSO Platform <no-reply@localhost>}") String from) {
        this.clock = clock;
        this.organizerEmail = organizerEmail.isBlank() ? address(from) : organizerEmail.strip();
    }

    /** The person an invitation is for: their address and name. */
    public record Attendee(String email, String name) {
    }

    /** @param baseUrl the platform's address without a trailing slash, for each event's URL */
    public String ics(List<MeetingView> meetings, String calendarName, String baseUrl) {
        return ics(meetings, calendarName, baseUrl, null);
    }

    /**
     * The same in the reader's language: each meeting's title and description in it when given (the first
     * language's otherwise), cancelled meetings marked so calendars strike them out. DTSTAMP is each meeting’s
     * last change, so that the same catalogue gives the same bytes (and the same ETag) until something changes.
     */
    public String ics(List<MeetingView> meetings, String calendarName, String baseUrl, Locale reader) {
        Calendar calendar = calendar(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        for (MeetingView meeting : meetings) {
            calendar.add(event(meeting, baseUrl, seconds(meeting.updatedAt()), reader == null ? Locale.ROOT : reader));
        }
        return write(calendar);
    }

    /**
     * A participant’s invitation to one meeting (the {@code invite.ics} of their confirmation email), stamped
     * now, with them as the one ATTENDEE who has accepted.
     */
    public byte[] invitation(MeetingView meeting, Attendee attendee, String baseUrl, Locale reader) {
        Calendar calendar = calendar(ImmutableMethod.REQUEST);
        VEvent event = event(meeting, baseUrl, seconds(clock.instant()), reader);
        ParameterList parameters = new ParameterList(List.of(new Cn(attendee.name()), Role.REQ_PARTICIPANT,
                PartStat.ACCEPTED, Rsvp.FALSE));
        event.add(new net.fortuna.ical4j.model.property.Attendee(parameters, mailto(attendee.email())));
        calendar.add(event);
        return write(calendar).getBytes(StandardCharsets.UTF_8);
    }

    /** When the newest of these meetings last changed, for Last-Modified; null when there are none. */
    public static Instant lastModified(List<MeetingView> meetings) {
        return meetings.stream().map(MeetingView::updatedAt).max(Comparator.naturalOrder()).map(MeetingCalendar::seconds)
                .orElse(null);
    }

    private static Calendar calendar(Property method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//ANSO Platform//Meetings//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        return calendar;
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ContentLines.refold(out.toString());
    }

    private VEvent event(MeetingView m, String baseUrl, Instant stamp, Locale reader) {
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
        // the constructor stamps the event with the time of the call: one DTSTAMP only, ours
        event.replace(new DtStamp(stamp));
        event.add(new Uid(m.id() + "@meetings.ansoplatform"));
        event.add(new Sequence(m.sequence()));
        event.add(m.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new LastModified(seconds(m.updatedAt())));
        event.add(new Url(URI.create(baseUrl + "/meetings/" + m.id())));
        String organizerName = m.organizers().isEmpty() ? "ANSO Secretariat" : m.organizerNames();
        event.add(new Organizer(new ParameterList(List.of(new Cn(organizerName))), mailto(organizerEmail)));
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
                parts.add(m.countryName(Locale.ENGLISH));
            }
        }
        if (m.mode().isOnline()) {
            parts.add("Online");
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static URI mailto(String address) {
        try {
            return new URI("mailto", address, null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("Not an address: " + address, e);
        }
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The bare address of “Name <address>” (or of an address alone). */
    static String address(String from) {
        Matcher matcher = ADDRESS.matcher(from);
        if (!matcher.find()) {
            return "no-reply@localhost";
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }
}
