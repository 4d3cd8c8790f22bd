package org.ansoplatform.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.ansoplatform.shared.LocalizedText;

/**
 * What the Secretariat enters for a meeting. Title and description are given in any of the configured languages
 * (the first language's title is required). Dates are local to {@code timeZone}; times are optional (a meeting
 * without them lasts whole days). {@code capacity} null means unlimited. Trainees who attended get a certificate;
 * guests too when {@code guestCertificates}. {@code programmeCode} names the programme the meeting belongs to (the
 * calls module's programmes, the one dimension finance budgets and charges by), or null.
 */
public record MeetingCommand(MeetingKind kind, LocalizedText title, LocalizedText description,
        LocalDate startDate, LocalDate endDate, LocalTime startTime, LocalTime endTime, String timeZone, MeetingMode mode,
        String venue, String city, String country, String onlineLink, List<Organizer> organizers, List<Integer> themes,
        boolean published, boolean registrationOpen, Instant registrationClosesAt, Integer capacity, boolean moderated,
        boolean guestCertificates, List<Question> questions, String programmeCode) {

    /** A meeting of no programme. */
    public MeetingCommand(MeetingKind kind, LocalizedText title, LocalizedText description,
            LocalDate startDate, LocalDate endDate, LocalTime startTime, LocalTime endTime, String timeZone, MeetingMode mode,
            String venue, String city, String country, String onlineLink, List<Organizer> organizers, List<Integer> themes,
            boolean published, boolean registrationOpen, Instant registrationClosesAt, Integer capacity, boolean moderated,
            boolean guestCertificates, List<Question> questions) {
        this(kind, title, description, startDate, endDate, startTime, endTime, timeZone, mode, venue, city, country,
                onlineLink, organizers, themes, published, registrationOpen, registrationClosesAt, capacity, moderated,
                guestCertificates, questions, null);
    }

    /** The same meeting in the programme of {@code code} (null for none). */
    public MeetingCommand inProgramme(String code) {
        return new MeetingCommand(kind, title, description, startDate, endDate, startTime, endTime, timeZone, mode, venue,
                city, country, onlineLink, organizers, themes, published, registrationOpen, registrationClosesAt, capacity,
                moderated, guestCertificates, questions, code);
    }

    public MeetingCommand {
        title = title == null ? new LocalizedText(null) : title;
        description = description == null ? new LocalizedText(null) : description;
        organizers = organizers == null ? List.of() : List.copyOf(organizers);
        themes = themes == null ? List.of() : List.copyOf(themes);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
