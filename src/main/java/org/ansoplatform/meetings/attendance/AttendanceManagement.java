package org.ansoplatform.meetings.attendance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingUpdated;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.ParticipantRole;
import org.ansoplatform.meetings.RegistrationQueries;
import org.ansoplatform.meetings.RegistrationStatus;
import org.ansoplatform.meetings.RegistrationView;
import org.ansoplatform.meetings.registration.RegistrationStore;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who attended: the on-site check-in list and online attendance imported from a CSV (a column {@code email});
 * a trainee who attended gets a certificate with a verification code, a guest too when the organizer allows it.
 */
@Service
@Transactional
public class AttendanceManagement {

    /** Where an attendance was recorded. */
    enum Source { CHECK_IN, ONLINE }

    private final RegistrationStore store;
    private final RegistrationQueries registrations;
    private final CurrentActor currentActor;
    private final MeetingQueries meetings;
    private final CheckInWindow window;

    AttendanceManagement(RegistrationStore store, RegistrationQueries registrations, CurrentActor currentActor,
            MeetingQueries meetings, CheckInWindow window) {
        this.store = store;
        this.registrations = registrations;
        this.currentActor = currentActor;
        this.meetings = meetings;
        this.window = window;
    }

    /**
     * Checks a confirmed participant in, or out again: undoing a check-in suspends the certificate (it no longer
     * verifies) but keeps its code, so checking in again restores the very certificate already handed out.
     */
    public RegistrationView mark(UUID meetingId, UUID registrationId, boolean attended) {
        RegistrationView registration = registrations.byId(registrationId)
                .filter(r -> r.meetingId().equals(meetingId))
                .orElseThrow(() -> new NotFoundException("registration"));
        if (registration.status() != RegistrationStatus.CONFIRMED) {
            throw new InvalidInputException(null, "meetings.error.notConfirmed");
        }
        MeetingView meeting = meeting(meetingId);
        if (attended) {
            window.ensureOpen(meeting);
        }
        record(meeting, registration, attended, Source.CHECK_IN);
        return registrations.byId(registrationId).orElseThrow();
    }

    /**
     * Marks as attended every confirmed participant named in the CSV (header {@code email}). Any unknown or
     * malformed line refuses the whole file, saying which line and column; nothing is recorded then.
     */
    public int importOnline(UUID meetingId, InputStream csv) {
        MeetingView meeting = meeting(meetingId);
        window.ensureOpen(meeting);
        Map<String, RegistrationView> confirmed = new LinkedHashMap<>();
        for (RegistrationView r : registrations.ofMeeting(meetingId)) {
            if (r.status() == RegistrationStatus.CONFIRMED) {
                confirmed.put(r.email().toLowerCase(Locale.ROOT), r);
            }
        }
        List<Violation> violations = new ArrayList<>();
        List<RegistrationView> attended = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8); CSVParser rows = CSVParser.parse(reader, format)) {
            List<String> headers = rows.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
            int column = headers.indexOf("email");
            if (column < 0) {
                throw new InvalidInputException("file", "meetings.error.csvMissingColumn", 1, "email");
            }
            for (CSVRecord row : rows) {
                long line = row.getRecordNumber() + 1;
                String email = column < row.size() ? row.get(column).strip().toLowerCase(Locale.ROOT) : "";
                RegistrationView registration = confirmed.get(email);
                if (registration == null) {
                    violations.add(new Violation("file", "meetings.error.csvCell", line, "email",
                            email.isEmpty() ? "-" : email));
                } else {
                    attended.add(registration);
                }
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new InvalidInputException("file", "meetings.error.csvUnreadable");
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.subList(0, Math.min(violations.size(), 20)));
        }
        attended.forEach(r -> record(meeting, r, true, Source.ONLINE));
        return attended.size();
    }

    /**
     * Gives a certificate to every guest who attended and has none yet, once the organizer allows guests'
     * certificates (which may be decided after the check-in).
     */
    @EventListener
    void onMeetingUpdated(MeetingUpdated updated) {
        MeetingView meeting = meeting(updated.meetingId());
        if (!meeting.guestCertificates()) {
            return;
        }
        for (RegistrationView registration : registrations.ofMeeting(meeting.id())) {
            if (registration.attended() && registration.certificateCode() == null
                    && registration.role() == ParticipantRole.GUEST) {
                record(meeting, registration, true, Source.valueOf(registration.attendanceSource()));
            }
        }
    }

    private void record(MeetingView meeting, RegistrationView registration, boolean attended, Source source) {
        // a code once issued is never replaced: the store keeps the existing one
        String code = attended && certified(meeting, registration.role()) ? CertificateCodes.newCode() : null;
        store.recordAttendance(registration.id(), attended, source.name(), code, currentActor.get().at());
    }

    private static boolean certified(MeetingView meeting, ParticipantRole role) {
        return role == ParticipantRole.TRAINEE || role == ParticipantRole.GUEST && meeting.guestCertificates();
    }

    private MeetingView meeting(UUID meetingId) {
        return meetings.byId(meetingId).orElseThrow(() -> new NotFoundException("meeting"));
    }
}
