package org.ansoplatform.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Commands for meetings that tests create. */
public final class TestMeetings {

    private TestMeetings() {
    }

    /** A published training course next month, open for registration, with the given places (null: unlimited). */
    public static MeetingCommand course(String title, Integer capacity, String onlineLink, boolean moderated,
            List<Question> questions) {
        LocalDate start = LocalDate.now().plusMonths(1);
        return new MeetingCommand(MeetingKind.TRAINING_COURSE, en(title), en("A course for tests."), start,
                start.plusDays(2), null, null, "Asia/Shanghai", onlineLink == null ? MeetingMode.ONSITE : MeetingMode.HYBRID,
                "CAS Conference Centre", "Beijing", "CN", onlineLink, List.of(new Organizer(null, "ANSO Secretariat")),
                List.of(4, 17), true, true, null, capacity, moderated, false, questions);
    }

    /** A text in English only. */
    public static org.ansoplatform.shared.LocalizedText en(String text) {
        return org.ansoplatform.shared.LocalizedText.of(java.util.Map.of("en", text));
    }

    public static RegistrationCommand person(String name, String email, String country) {
        return new RegistrationCommand(name, email, country, "Test Institute", null, Gender.FEMALE, List.of(), "en");
    }

    public static String email(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
    }
}
