package org.ansoplatform.meetings.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.ansoplatform.meetings.MeetingCommand;
import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.MeetingMode;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.Organizer;
import org.ansoplatform.meetings.importing.MeetingImport;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The Secretariat's meeting form, bound as typed (a value of the wrong type is the field's own error).
 * Organizers and questions come one per line; a question starting with {@code *} must be answered. The
 * closing time is given in the meeting's time zone. The service checks the rest, with every violation at once.
 */
public record MeetingForm(
        @NotNull(message = "{validation.required}") MeetingKind kind,
        String title, String titleZh, String description, String descriptionZh,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startTime,
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endTime,
        @NotBlank(message = "{validation.required}") String timeZone,
        @NotNull(message = "{validation.required}") MeetingMode mode,
        String venue, String city, String country, String onlineLink, String organizers, String questions,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime registrationClosesAt,
        Integer capacity, Boolean published, Boolean registrationOpen, Boolean moderated, Boolean guestCertificates,
        List<Integer> themes) {

    public MeetingForm {
        themes = themes == null ? new ArrayList<>() : themes;
    }

    /** An empty form for a new meeting: published, in the import's default time zone. */
    static MeetingForm blank() {
        return new MeetingForm(null, null, null, null, null, null, null, null, null, MeetingImport.DEFAULT_TIME_ZONE,
                null, null, null, null, null, null, null, null, null, true, false, false, false, new ArrayList<>());
    }

    /** The form as a meeting fills it; the online link is asked separately (views never carry it). */
    static MeetingForm of(MeetingView m, String onlineLink) {
        return new MeetingForm(m.kind(), m.title(), m.titleZh(), m.description(), m.descriptionZh(), m.startDate(),
                m.endDate(), m.startTime(), m.endTime(), m.timeZone(), m.mode(), m.venue(), m.city(), m.country(),
                onlineLink, String.join("\n", m.organizers().stream().map(Organizer::name).toList()),
                String.join("\n", m.questions().stream().map(q -> (q.required() ? "* " : "") + q.label()).toList()),
                m.registrationClosesAt() == null ? null
                        : LocalDateTime.ofInstant(m.registrationClosesAt(), ZoneId.of(m.timeZone())),
                m.capacity(), m.published(), m.registrationOpen(), m.moderated(), m.guestCertificates(),
                new ArrayList<>(m.themes()));
    }

    /** The command the form asks for; an unknown time zone is the service's to refuse. */
    MeetingCommand command() {
        List<Organizer> organizerList = lines(organizers).stream().map(name -> new Organizer(null, name)).toList();
        List<MeetingCommand.Question> questionList = lines(questions).stream()
                .map(line -> line.startsWith("*") ? new MeetingCommand.Question(line.substring(1).strip(), true)
                        : new MeetingCommand.Question(line, false))
                .toList();
        return new MeetingCommand(kind, title, titleZh, description, descriptionZh, startDate, endDate, startTime,
                endTime, timeZone, mode, venue, city, country, onlineLink, organizerList, themes,
                Boolean.TRUE.equals(published), Boolean.TRUE.equals(registrationOpen), closesAt(), capacity,
                Boolean.TRUE.equals(moderated), Boolean.TRUE.equals(guestCertificates), questionList);
    }

    private java.time.Instant closesAt() {
        if (registrationClosesAt == null) {
            return null;
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone.strip());
        } catch (DateTimeException | NullPointerException e) {
            zone = ZoneId.of(MeetingImport.DEFAULT_TIME_ZONE);
        }
        return registrationClosesAt.atZone(zone).toInstant();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
