package org.ansoplatform.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Secretariat writes to all of a meeting's participants or to a group of them, by email. */
@Service
@Transactional
public class ParticipantMessages {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 10_000;

    /** Who receives a message. */
    public enum Group {
        ALL_ACTIVE, CONFIRMED, WAITING, PENDING, ATTENDED, CONFIRMED_NOT_ATTENDED;

        boolean includes(RegistrationView r) {
            return switch (this) {
                case ALL_ACTIVE -> r.status().active();
                case CONFIRMED -> r.status() == RegistrationStatus.CONFIRMED;
                case WAITING -> r.status() == RegistrationStatus.WAITING;
                case PENDING -> r.status() == RegistrationStatus.PENDING;
                case ATTENDED -> r.attended();
                case CONFIRMED_NOT_ATTENDED -> r.status() == RegistrationStatus.CONFIRMED && !r.attended();
            };
        }
    }

    private final MeetingQueries meetings;
    private final RegistrationQueries registrations;
    private final ParticipantNotices notices;

    ParticipantMessages(MeetingQueries meetings, RegistrationQueries registrations, ParticipantNotices notices) {
        this.meetings = meetings;
        this.registrations = registrations;
        this.notices = notices;
    }

    /** Sends the message to everyone in the group; returns how many. A group without anyone is refused. */
    public int send(UUID meetingId, Group group, String subject, String body) {
        MeetingView meeting = meetings.byId(meetingId).orElseThrow(() -> new NotFoundException("meeting"));
        List<Violation> violations = new ArrayList<>();
        if (group == null) {
            violations.add(new Violation("group", "validation.required"));
        }
        String checkedSubject = TextInput.checkLine(subject, "subject", SUBJECT_MAX, true, violations);
        String checkedBody = TextInput.check(body, "body", BODY_MAX, true, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<RegistrationView> recipients = registrations.ofMeeting(meetingId).stream().filter(group::includes).toList();
        if (recipients.isEmpty()) {
            throw new InvalidInputException("group", "meetings.error.noRecipients");
        }
        return notices.message(meeting, recipients, checkedSubject, checkedBody);
    }
}
