package org.ansoplatform.meetings.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.ansoplatform.meetings.MeetingCommand;
import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.MeetingMode;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.Organizer;
import org.ansoplatform.meetings.Question;
import org.ansoplatform.meetings.importing.MeetingImport;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The Secretariat's meeting form, bound as typed (a value of the wrong type is the field's own error). Title and
 * description have one input per configured language ({@code title[zh]}); organizers come one per line; each
 * registration question is a row ({@link QuestionRow}), and the form always offers empty rows for new ones. The
 * closing time is given in the meeting's time zone. The service checks the rest, with every violation at once.
 */
public record MeetingForm(
        @NotNull(message = "{validation.required}") MeetingKind kind,
        Map<String, String> title, Map<String, String> description,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startTime,
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endTime,
        @NotBlank(message = "{validation.required}") String timeZone,
        @NotNull(message = "{validation.required}") MeetingMode mode,
        String venue, String city, String country, String onlineLink, String organizers, List<QuestionRow> questions,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime registrationClosesAt,
        Integer capacity, Boolean published, Boolean registrationOpen, Boolean moderated, Boolean guestCertificates,
        List<Integer> themes, String programmeCode) {

    /** Empty rows offered for new questions. */
    static final int NEW_QUESTIONS = 2;

    public MeetingForm {
        title = title == null ? new LinkedHashMap<>() : title;
        description = description == null ? new LinkedHashMap<>() : description;
        questions = questions == null ? new ArrayList<>() : questions;
        themes = themes == null ? new ArrayList<>() : themes;
    }

    /** An empty form for a new meeting: published, in the import's default time zone. */
    static MeetingForm blank() {
        return new MeetingForm(null, null, null, null, null, null, null, MeetingImport.DEFAULT_TIME_ZONE, null, null,
                null, null, null, null, QuestionRow.rows(List.of()), null, null, true, false, false, false,
                new ArrayList<>(), null);
    }

    /** The form as a meeting fills it; the online link is asked separately (views never carry it). */
    static MeetingForm of(MeetingView m, String onlineLink) {
        return new MeetingForm(m.kind(), new LinkedHashMap<>(m.title().values()),
                new LinkedHashMap<>(m.description().values()), m.startDate(), m.endDate(), m.startTime(), m.endTime(),
                m.timeZone(), m.mode(), m.venue(), m.city(), m.country(), onlineLink,
                String.join("\n", m.organizers().stream().map(MeetingForm::organizerLine).toList()), QuestionRow.rows(m.questions()),
                m.registrationClosesAt() == null ? null
                        : LocalDateTime.ofInstant(m.registrationClosesAt(), ZoneId.of(m.timeZone())),
                m.capacity(), m.published(), m.registrationOpen(), m.moderated(), m.guestCertificates(),
                new ArrayList<>(m.themes()), m.programmeCode());
    }

    /**
     * The command the form asks for; an unknown time zone is the service's to refuse. {@code before} are the
     * meeting's questions as they were, so that options keep their keys (and the answers given keep their meaning).
     */
    MeetingCommand command(List<Question> before, String firstLanguage) {
        List<Organizer> organizerList = QuestionRow.lines(organizers).stream().map(MeetingForm::organizer).toList();
        List<Question> questionList = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            QuestionRow row = questions.get(i);
            questionList.add(row == null ? Question.text(null, false)
                    : row.question(i < before.size() ? before.get(i) : null, firstLanguage));
        }
        return new MeetingCommand(kind, new LocalizedText(title), new LocalizedText(description), startDate, endDate,
                startTime, endTime, timeZone, mode, venue, city, country, onlineLink, organizerList, themes,
                Boolean.TRUE.equals(published), Boolean.TRUE.equals(registrationOpen), closesAt(), capacity,
                Boolean.TRUE.equals(moderated), Boolean.TRUE.equals(guestCertificates), questionList, programmeCode);
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

    /** A line of the organizers box: a name, optionally followed by “|” and the organization’s ROR id. */
    static Organizer organizer(String line) {
        int bar = line.lastIndexOf('|');
        if (bar < 0) {
            return new Organizer(null, line);
        }
        String ror = line.substring(bar + 1).strip();
        return new Organizer(null, line.substring(0, bar).strip(), ror.isEmpty() ? null : ror);
    }

    private static String organizerLine(Organizer o) {
        return o.rorId() == null || o.organizationId() != null ? o.name() : o.name() + " | " + o.rorId();
    }
}
