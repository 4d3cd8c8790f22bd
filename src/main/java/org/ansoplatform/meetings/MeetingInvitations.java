package org.ansoplatform.meetings;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.meetings.calendar.MeetingCalendar;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A confirmed participant’s invitation to their meeting as iCalendar bytes (METHOD:REQUEST, the participant as
 * ATTENDEE), for the confirmation email’s {@code invite.ics}. Written when the mail is, so it carries the
 * meeting as it is then.
 */
@Service
@Transactional(readOnly = true)
public class MeetingInvitations {

    /** The attachment’s name and media type, as mail clients look for them. */
    public static final String FILENAME = "invite.ics";
    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";

    private final RegistrationQueries registrations;
    private final MeetingQueries meetings;
    private final MeetingCalendar calendar;
    private final Environment environment;

    MeetingInvitations(RegistrationQueries registrations, MeetingQueries meetings, MeetingCalendar calendar,
            Environment environment) {
        this.registrations = registrations;
        this.meetings = meetings;
        this.calendar = calendar;
        this.environment = environment;
    }

    /** The invitation, in the reader’s language; empty unless the registration is confirmed. */
    public Optional<byte[]> forRegistration(UUID registrationId, Locale reader) {
        return registrations.byId(registrationId)
                .filter(r -> r.status() == RegistrationStatus.CONFIRMED)
                .flatMap(r -> meetings.byId(r.meetingId()).map(m -> calendar.invitation(m,
                        new MeetingCalendar.Attendee(r.email(), r.name()), baseUrl(), reader)));
    }

    private String baseUrl() {
        String base = environment.getProperty("anso.base-url", "http://localhost:8080");
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
