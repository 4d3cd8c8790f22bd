package org.ansoplatform.meetings;

import java.util.UUID;

/**
 * A participant is to be told something by email: their pending registration was approved (confirmed, or on
 * the waiting list at {@code position}) or refused, their registration was cancelled, the meeting's date, time
 * or place changed, it is called off, it starts soon (a reminder), or the Secretariat wrote to them ({@code subject} and {@code body}, someone's text).
 * {@code onlineLink} only for a confirmed participant; {@code path} is the meeting's page.
 */
public record ParticipantNotified(UUID registrationId, UUID meetingId, String meetingTitle, String email, String name,
        String language, Kind kind, MeetingSchedule schedule, String onlineLink, long position, String subject,
        String body, String path) {

    public enum Kind { APPROVED, APPROVED_WAITING, REJECTED, CANCELLED, CHANGED, REMINDER, MESSAGE, MEETING_CANCELLED }

    @Override
    public String toString() {
        return "ParticipantNotified[" + registrationId + ", " + kind + "]";
    }
}
