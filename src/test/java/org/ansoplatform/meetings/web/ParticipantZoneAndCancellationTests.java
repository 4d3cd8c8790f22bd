package org.ansoplatform.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.meetings.Gender;
import org.ansoplatform.meetings.MeetingCommand;
import org.ansoplatform.meetings.MeetingDates;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.ParticipantNotified;
import org.ansoplatform.meetings.RegistrationCommand;
import org.ansoplatform.meetings.RegistrationManagement;
import org.ansoplatform.meetings.TestMeetings;
import org.ansoplatform.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 15, item 12 (rest): the participant's own time in emails; a cancelled meeting is told to everyone registered. */
@RecordApplicationEvents
class ParticipantZoneAndCancellationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingManagement management;
    @Autowired
    MeetingQueries queries;
    @Autowired
    RegistrationManagement registrations;
    @Autowired
    ApplicationEvents events;

    @Test
    void confirmationGivesTheHoursInTheMeetingsZoneAndInTheParticipantsOwn() {
        UUID id = timed("Zoned course", 5);
        MeetingView m = queries.byId(id).orElseThrow();
        String berlin = TestMeetings.email("berlin");
        String shanghai = TestMeetings.email("shanghai");
        String unknown = TestMeetings.email("nozone");
        registrations.register(id, person("Bea Berlin", berlin, "en", "Europe/Berlin"), null);
        registrations.register(id, person("Sun Shanghai", shanghai, "zh", "Asia/Shanghai"), null);
        registrations.register(id, person("Nils Nozone", unknown, "en", null), null);

        ZonedDateTime start = m.startDate().atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai"))
                .withZoneSameInstant(ZoneId.of("Europe/Berlin"));
        String offset = start.getOffset().getId();
        String body = Mail.awaitBody(berlin, "Registration confirmed");
        assertThat(body).contains("09:00–17:00 (Asia/Shanghai)", "In your time zone: "
                + MeetingDates.date(start.toLocalDate(), java.util.Locale.ENGLISH)
                + String.format(", %02d:00–%02d:00 (Europe/Berlin, UTC%s), each day", start.getHour(), start.getHour() + 8, offset));
        assertThat(Mail.awaitBody(shanghai, "报名已确认")).contains("09:00–17:00 (Asia/Shanghai)").doesNotContain("您所在时区");
        assertThat(Mail.awaitBody(unknown, "Registration confirmed")).doesNotContain("In your time zone");
    }

    @Test
    void aTimeZoneNobodyKnowsIsRefusedWithItsReason() {
        UUID id = timed("Refused zone course", 5);
        assertThatThrownBy(() -> registrations.register(id, person("Zed", TestMeetings.email("zed"), "en", "Mars/Olympus"), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .anyMatch(v -> "timeZone".equals(v.field())));
    }

    @Test
    void cancellingAMeetingTellsConfirmedWaitingAndPendingParticipantsInTheirLanguageAndClosesIt() throws Exception {
        UUID id = management.create(withChineseTitle(TestMeetings.course("Called-off course", 1, null, false, List.of())));
        String confirmed = TestMeetings.email("off-confirmed");
        String waiting = TestMeetings.email("off-waiting");
        String gone = TestMeetings.email("off-gone");
        registrations.register(id, person("Cora Confirmed", confirmed, "en", null), null);
        registrations.register(id, person("Wang Waiting", waiting, "zh", "Asia/Shanghai"), null);
        var cancelled = registrations.register(id, person("Gus Gone", gone, "en", null), null);
        registrations.cancelWithToken(cancelled.token());

        mvc.perform(post("/secretariat/meetings/{id}/cancel", id).with(csrf()).param("confirm", "true")
                        .with(user("someone").roles("REVIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/secretariat/meetings/{id}/cancel", id).with(csrf()).with(user("s").roles("SECRETARIAT")))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.byId(id).orElseThrow().cancelled()).as("not without the confirmation").isFalse();

        mvc.perform(post("/secretariat/meetings/{id}/cancel", id).with(csrf()).param("confirm", "true")
                        .with(user("s").roles("SECRETARIAT")))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.byId(id).orElseThrow().cancelled()).isTrue();
        assertThat(Mail.awaitBody(confirmed, "Cancelled: Called-off course")).contains("has been cancelled and will not take place");
        assertThat(Mail.awaitBody(waiting, "会议取消：停办的课程")).contains("已取消，不再举行");
        assertThat(events.stream(ParticipantNotified.class)
                .filter(e -> e.meetingId().equals(id) && e.kind() == ParticipantNotified.Kind.MEETING_CANCELLED))
                .extracting(ParticipantNotified::email).containsExactlyInAnyOrder(confirmed, waiting);

        management.cancel(id);
        assertThat(events.stream(ParticipantNotified.class)
                .filter(e -> e.meetingId().equals(id) && e.kind() == ParticipantNotified.Kind.MEETING_CANCELLED))
                .as("told once").hasSize(2);
        assertThatThrownBy(() -> registrations.register(id, person("Late", TestMeetings.email("late"), "en", null), null))
                .isInstanceOf(InvalidInputException.class);
    }

    private UUID timed(String title, Integer capacity) {
        MeetingCommand c = TestMeetings.course(title, capacity, null, false, List.of());
        return management.create(new MeetingCommand(c.kind(), c.title(), c.description(),
                c.startDate(), c.endDate(), LocalTime.of(9, 0), LocalTime.of(17, 0), c.timeZone(), c.mode(), c.venue(),
                c.city(), c.country(), c.onlineLink(), c.organizers(), c.themes(), true, true, null, capacity,
                false, false, List.of()));
    }

    private static MeetingCommand withChineseTitle(MeetingCommand c) {
        return new MeetingCommand(c.kind(), org.ansoplatform.shared.LocalizedText.of(java.util.Map.of("en", c.title().get("en"), "zh", "停办的课程")), c.description(),
                c.startDate(), c.endDate(), c.startTime(), c.endTime(), c.timeZone(), c.mode(), c.venue(),
                c.city(), c.country(), c.onlineLink(), c.organizers(), c.themes(), true, true, null, c.capacity(),
                false, false, List.of());
    }

    private static RegistrationCommand person(String name, String email, String language, String zone) {
        return new RegistrationCommand(name, email, "DE", "Test Institute", null, Gender.FEMALE, List.of(), language, zone);
    }
}
