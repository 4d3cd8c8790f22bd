package org.ansoplatform.meetings;

/** Where a meeting happens: at a venue, online, or both. */
public enum MeetingMode {
    ONSITE, ONLINE, HYBRID;

    public boolean hasVenue() {
        return this != ONLINE;
    }

    public boolean isOnline() {
        return this != ONSITE;
    }

    public String schemaOrgAttendanceMode() {
        return switch (this) {
            case ONSITE -> "https://schema.org/OfflineEventAttendanceMode";
            case ONLINE -> "https://schema.org/OnlineEventAttendanceMode";
            case HYBRID -> "https://schema.org/MixedEventAttendanceMode";
        };
    }
}
