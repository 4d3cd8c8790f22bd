package org.ansoplatform.meetings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.meetings.MeetingCommand;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.ParticipantNotified;
import org.ansoplatform.meetings.RegistrationManagement;
import org.ansoplatform.meetings.RegistrationQueries;
import org.ansoplatform.meetings.RegistrationStatus;
import org.ansoplatform.meetings.TestMeetings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 15, items 12 and 13: emails that say the right thing; approving in bulk; writing to a group. */
@RecordApplicationEvents
class ParticipantEmailTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingManagement management;
    @Autowired
    MeetingQueries queries;
    @Autowired
    RegistrationManagement registrations;
    @Autowired
    RegistrationQueries registered;
    @Autowired
    ApplicationEvents events;
    @Autowired
    org.ansoplatform.meetings.MeetingReminders reminders;

    @Test
    void approvalRejectionAndCancellationAreEachToldInTheirOwnWordsWithWhenAndWhere() {
        UUID id = management.create(TestMeetings.course("Moderated mail course", 5, null, true, List.of()));
        String approvedEmail = TestMeetings.email("approved");
        String rejectedEmail = TestMeetings.email("rejected");
        var approved = registrations.register(id, TestMeetings.person("Ana Approved", approvedEmail, "EC"), null);
        var rejected = registrations.register(id, TestMeetings.person("Rui Rejected", rejectedEmail, "EC"), null);
        assertThat(Mail.awaitBody(approvedEmail, "Registration received")).contains("When: ", "Where: CAS Conference Centre, Beijing, China");

        registrations.approve(approved.id());
        String approval = Mail.awaitBody(approvedEmail, "Registration approved");
        assertThat(approval).contains("has approved your registration", "your place is confirmed",
                "Where: CAS Conference Centre, Beijing, China").doesNotContain("a place has become free");
        MeetingView meeting = queries.byId(id).orElseThrow();
        assertThat(approval).contains("When: " + meeting.dates(java.util.Locale.ENGLISH));

        registrations.reject(rejected.id());
        assertThat(Mail.awaitBody(rejectedEmail, "Registration not accepted")).contains("could not accept your registration");

        registrations.cancelWithToken(approved.token());
        assertThat(Mail.awaitBody(approvedEmail, "Registration cancelled")).contains("your registration for Moderated mail course is cancelled");
    }

    @Test
    void participantsAreToldWhenTheTimeChangesButNotWhenOnlyTheCapacityDoes() {
        UUID id = management.create(TestMeetings.course("Changing course", 5, null, false, List.of()));
        String email = TestMeetings.email("changed");
        registrations.register(id, TestMeetings.person("Chen Change", email, "CN"), null);
        MeetingView m = queries.byId(id).orElseThrow();

        management.update(id, command(m, m.startTime(), 10));
        assertThat(events.stream(ParticipantNotified.class).filter(e -> e.meetingId().equals(id))).isEmpty();

        management.update(id, command(m, LocalTime.of(14, 0), 10));
        String body = Mail.awaitBody(email, "Changed: Changing course");
        assertThat(body).contains("has changed", "14:00–17:00 (Asia/Shanghai)");
    }

    @Test
    void theSecretariatApprovesSelectedRegistrationsInOneStep() throws Exception {
        UUID id = management.create(TestMeetings.course("Bulk course", 100, null, true, List.of()));
        var a = registrations.register(id, TestMeetings.person("Bulk A", TestMeetings.email("bulk-a"), "KE"), null);
        var b = registrations.register(id, TestMeetings.person("Bulk B", TestMeetings.email("bulk-b"), "KE"), null);
        var c = registrations.register(id, TestMeetings.person("Bulk C", TestMeetings.email("bulk-c"), "KE"), null);

        mvc.perform(post("/secretariat/meetings/{id}/registrations/approve-selected", id).with(csrf())
                        .param("ids", a.id().toString(), b.id().toString()).with(user("someone").roles("REVIEWER")))
                .andExpect(status().isForbidden());
        assertThat(registered.byId(a.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.PENDING);

        mvc.perform(post("/secretariat/meetings/{id}/registrations/approve-selected", id).with(csrf())
                        .param("ids", a.id().toString(), b.id().toString(), "not-an-id-is-ignored".isEmpty() ? "" : b.id().toString())
                        .with(user("s").roles("SECRETARIAT")))
                .andExpect(status().is3xxRedirection());
        assertThat(registered.byId(a.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registered.byId(b.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registered.byId(c.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.PENDING);
    }

    @Test
    void theSecretariatWritesToAGroupOfParticipantsOnly() throws Exception {
        UUID id = management.create(TestMeetings.course("Message course", 1, null, false, List.of()));
        String confirmed = TestMeetings.email("msg-confirmed");
        String waiting = TestMeetings.email("msg-waiting");
        registrations.register(id, TestMeetings.person("Confirmed One", confirmed, "TH"), null);
        registrations.register(id, TestMeetings.person("Waiting One", waiting, "TH"), null);

        mvc.perform(post("/secretariat/meetings/{id}/message", id).with(csrf()).param("group", "CONFIRMED")
                        .param("subject", "Hello").param("body", "Text").with(user("someone").roles("REVIEWER")))
                .andExpect(status().isForbidden());
        String refused = mvc.perform(post("/secretariat/meetings/{id}/message", id).with(csrf()).param("group", "CONFIRMED")
                        .param("subject", "").param("body", "Bring your passport.").with(user("s").roles("SECRETARIAT")))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"subject-error\"");

        mvc.perform(post("/secretariat/meetings/{id}/message", id).with(csrf()).param("group", "CONFIRMED")
                        .param("subject", "Practical information").param("body", "Bring your passport.")
                        .with(user("s").roles("SECRETARIAT")))
                .andExpect(status().is3xxRedirection());
        // the organisers greet the participant themselves: the platform adds no "Dear Confirmed One,"
        assertThat(Mail.awaitBody(confirmed, "Practical information")).startsWith("Bring your passport.").doesNotContain("Confirmed One");
        assertThat(events.stream(ParticipantNotified.class)
                .filter(e -> e.meetingId().equals(id) && e.kind() == ParticipantNotified.Kind.MESSAGE))
                .extracting(ParticipantNotified::email).containsExactly(confirmed);
    }

    @Test
    void confirmedParticipantsAreRemindedOnceADayBeforeTheMeetingStarts() {
        UUID id = management.create(TestMeetings.course("Reminded course", 5, "https://meet.example.org/remind", false, List.of()));
        String email = TestMeetings.email("remind");
        registrations.register(id, TestMeetings.person("Rami Reminded", email, "CN"), null);
        assertThat(reminders.remind()).as("a month before").isZero();

        MeetingView m = queries.byId(id).orElseThrow();
        java.time.Instant start = m.startDate().atStartOfDay(java.time.ZoneId.of(m.timeZone())).toInstant();
        clock.advance(java.time.Duration.between(java.time.Instant.now(), start.minus(java.time.Duration.ofHours(12))));
        assertThat(reminders.remind()).isGreaterThanOrEqualTo(1);
        assertThat(Mail.awaitBody(email, "Reminder: Reminded course")).contains("starts soon", "https://meet.example.org/remind",
                "Where: CAS Conference Centre, Beijing, China");
        assertThat(events.stream(ParticipantNotified.class)
                .filter(e -> e.meetingId().equals(id) && e.kind() == ParticipantNotified.Kind.REMINDER)).hasSize(1);
        reminders.remind();
        assertThat(events.stream(ParticipantNotified.class)
                .filter(e -> e.meetingId().equals(id) && e.kind() == ParticipantNotified.Kind.REMINDER)).as("once").hasSize(1);
    }

    private static MeetingCommand command(MeetingView m, LocalTime start, Integer capacity) {
        return new MeetingCommand(m.kind(), m.title(), m.description(), m.startDate(), m.endDate(), start,
                start == null ? null : start.plusHours(3), m.timeZone(), m.mode(), m.venue(), m.city(), m.country(), null,
                m.organizers(), m.themes(), true, true, null, capacity, m.moderated(), false, m.questions());
    }
}
