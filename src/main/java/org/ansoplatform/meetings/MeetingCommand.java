package org.ansoplatform.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the Secretariat enters for a meeting. Dates are local to {@code timeZone}; times are optional (a meeting
 * without them lasts whole days). {@code capacity} null means unlimited. Trainees who attended get a certificate;
 * guests too when {@code guestCertificates}.
 */
public record MeetingCommand(MeetingKind kind, String title, String titleZh, String description, String descriptionZh,
        LocalDate startDate, LocalDate endDate, LocalTime startTime, LocalTime endTime, String timeZone, MeetingMode mode,
        String venue, String city, String country, String onlineLink, List<Organizer> organizers, List<Integer> themes,
        boolean published, boolean registrationOpen, Instant registrationClosesAt, Integer capacity, boolean moderated,
        boolean guestCertificates, List<Question> questions) {

    /** A custom registration question. */
    public record Question(String label, boolean required) {
    }

    public MeetingCommand {
        organizers = organizers == null ? List.of() : List.copyOf(organizers);
        themes = themes == null ? List.of() : List.copyOf(themes);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
