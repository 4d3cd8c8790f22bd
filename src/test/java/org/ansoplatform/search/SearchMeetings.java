package org.ansoplatform.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.meetings.MeetingCommand;
import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.MeetingMode;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.Organizer;
import org.ansoplatform.shared.LocalizedText;

/** Meetings that search tests find, with words of their own so that no other test's records match. */
final class SearchMeetings {

    private SearchMeetings() {
    }

    /** A word no other record has: letters only, so that typo tolerance can be tried on it. */
    static String word(String stem) {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        return stem + letters.substring(0, Math.min(6, letters.length()));
    }

    static MeetingCommand meeting(String title, String description, int year, String country, boolean published) {
        LocalDate start = LocalDate.of(year, 5, 10);
        return new MeetingCommand(MeetingKind.WORKSHOP, LocalizedText.of(Map.of("en", title)),
                description == null ? null : LocalizedText.of(Map.of("en", description)), start, start, null, null,
                "Asia/Shanghai", MeetingMode.ONSITE, null, "Nairobi", country, null, List.of(new Organizer(null, "Test Institute")),
                List.of(), published, false, null, null, false, false, List.of());
    }

    /** The same meeting with other titles and publication, every other field as it is. */
    static MeetingCommand changed(MeetingView m, LocalizedText title, boolean published) {
        return new MeetingCommand(m.kind(), title, m.description(), m.startDate(), m.endDate(), m.startTime(), m.endTime(),
                m.timeZone(), m.mode(), m.venue(), m.city(), m.country(), null, m.organizers(), m.themes(), published,
                m.registrationOpen(), m.registrationClosesAt(), m.capacity(), m.moderated(), m.guestCertificates(), m.questions());
    }
}
