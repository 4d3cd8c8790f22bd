package org.ansoplatform.meetings.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.Question;

/**
 * The meeting's row as read (and locked) for allocating places, with its registration questions in order.
 */
public record LockedMeeting(UUID id, boolean published, boolean open, Instant closesAt, Integer capacity,
        boolean moderated, String onlineLink, LocalDate endDate, String timeZone, MeetingKind kind,
        List<Question> questions, boolean cancelled) {

    /** Whether registrations are taken at this moment: open, before the closing time and not after the last day. */
    public boolean accepts(Instant now) {
        LocalDate today = now.atZone(ZoneId.of(timeZone)).toLocalDate();
        return open && !cancelled && (closesAt == null || now.isBefore(closesAt)) && !endDate.isBefore(today);
    }

    /** Whether one more can be confirmed, given how many are. */
    public boolean hasPlaceFor(long confirmed) {
        return capacity == null || confirmed < capacity;
    }

    /** How many can still be confirmed. */
    public long freePlaces(long confirmed) {
        return capacity == null ? Long.MAX_VALUE : capacity - confirmed;
    }
}
