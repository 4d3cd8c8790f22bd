package org.ansoplatform.meetings.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * When attendance may be recorded: from the day before a meeting starts (badges are often handed out the
 * evening before), by the calendar of the meeting's own time zone. Earlier, a check-in could only be a
 * mistake, and it would issue a certificate for something that has not happened.
 */
@Component
public class CheckInWindow {

    private final Clock clock;

    CheckInWindow(Clock clock) {
        this.clock = clock;
    }

    /** The first day on which attendance may be recorded. */
    public static LocalDate opensOn(MeetingView meeting) {
        return meeting.startDate().minusDays(1);
    }

    public boolean isOpen(MeetingView meeting) {
        return !LocalDate.now(clock.withZone(ZoneId.of(meeting.timeZone()))).isBefore(opensOn(meeting));
    }

    void ensureOpen(MeetingView meeting) {
        if (!isOpen(meeting)) {
            throw new InvalidInputException(null, "meetings.error.checkInTooEarly", opensOn(meeting));
        }
    }
}
