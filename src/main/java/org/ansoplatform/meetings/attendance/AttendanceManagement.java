package org.ansoplatform.meetings.attendance;

import java.io.InputStream;
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
import org.ansoplatform.platform.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who attended: the on-site check-in list and online attendance imported from a video-conference tool's export;
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

    /** What an attendance import did: how many it recorded, and the addresses it could not place, by line. */
    public record OnlineAttendance(int recorded, List<Unplaced> unplaced, int withoutAddress) {

        /** An address on a line of the file that is not a confirmed participant of the meeting. */
        public record Unplaced(long line, String email) {
        }
    }

    /**
     * Marks as attended every confirmed participant named in a video-conference tool's attendance export
     * ({@link AttendanceFile}: Zoom, Teams, Webex or a plain column {@code email}). Addresses that name no
     * confirmed participant are reported with their line and the rest are recorded: one stranger in a
     * 1,700-line export must not hold up the others. A file without an email column is refused.
     */
    public OnlineAttendance importOnline(UUID meetingId, InputStream csv) {
        MeetingView meeting = meeting(meetingId);
        window.ensureOpen(meeting);
        Map<String, RegistrationView> confirmed = new LinkedHashMap<>();
        for (RegistrationView r : registrations.ofMeeting(meetingId)) {
            if (r.status() == RegistrationStatus.CONFIRMED) {
                confirmed.put(r.email().toLowerCase(Locale.ROOT), r);
            }
        }
        List<OnlineAttendance.Unplaced> unplaced = new ArrayList<>();
        Map<UUID, RegistrationView> attended = new LinkedHashMap<>();
        int withoutAddress = 0;
        for (AttendanceFile.Entry entry : AttendanceFile.read(AttendanceFile.bytes(csv))) {
            if (entry.email().isEmpty()) {
                withoutAddress++;
                continue;
            }
            RegistrationView registration = confirmed.get(entry.email());
            if (registration == null) {
                unplaced.add(new OnlineAttendance.Unplaced(entry.line(), entry.email()));
            } else {
                attended.putIfAbsent(registration.id(), registration);
            }
        }
        attended.values().stream().filter(r -> !r.attended()).forEach(r -> record(meeting, r, true, Source.ONLINE));
        return new OnlineAttendance(attended.size(), List.copyOf(unplaced), withoutAddress);
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
        String code = attended && certified(meeting, registration.role()) ? org.ansoplatform.platform.VerificationCodes.newCode("ANSO") : null;
        store.recordAttendance(registration.id(), attended, source.name(), code, currentActor.get().at());
    }

    private static boolean certified(MeetingView meeting, ParticipantRole role) {
        return role == ParticipantRole.TRAINEE || role == ParticipantRole.GUEST && meeting.guestCertificates();
    }

    private MeetingView meeting(UUID meetingId) {
        return meetings.byId(meetingId).orElseThrow(() -> new NotFoundException("meeting"));
    }
}
