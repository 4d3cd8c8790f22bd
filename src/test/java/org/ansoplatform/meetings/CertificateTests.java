package org.ansoplatform.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.meetings.attendance.AttendanceManagement;
import org.ansoplatform.meetings.attendance.CertificateQueries;
import org.ansoplatform.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 15, item 14: certificates that last, attendance only around the event, no cancelling after attending. */
class CertificateTests extends IntegrationTest {

    /** Test courses start a month from today: this brings the platform's clock to their first day or later. */
    static final Duration TO_THE_COURSE = Duration.ofDays(33);

    @Autowired
    MeetingManagement management;
    @Autowired
    MeetingQueries queries;
    @Autowired
    RegistrationManagement registrations;
    @Autowired
    RegistrationQueries registered;
    @Autowired
    AttendanceManagement attendance;
    @Autowired
    CertificateQueries certificates;

    @Test
    void aCertificateKeepsItsCodeWhenCheckInIsUndoneAndRedone() {
        UUID id = management.create(TestMeetings.course("Lasting certificate course", 10, null, false, List.of()));
        var trainee = registrations.register(id, TestMeetings.person("Nadia Rahman", TestMeetings.email("keep"), "BD"), null);
        clock.advance(TO_THE_COURSE);

        String code = attendance.mark(id, trainee.id(), true).certificateCode();
        assertThat(code).isNotNull();
        RegistrationView undone = attendance.mark(id, trainee.id(), false);
        assertThat(undone.hasCertificate()).isFalse();
        assertThat(certificates.verify(code)).as("suspended while not attended").isEmpty();

        assertThat(attendance.mark(id, trainee.id(), true).certificateCode()).isEqualTo(code);
        assertThat(certificates.verify(code)).get().satisfies(c -> assertThat(c.name()).isEqualTo("Nadia Rahman"));
    }

    @Test
    void attendanceCannotBeRecordedLongBeforeTheEvent() {
        UUID id = management.create(TestMeetings.course("Too early course", 10, null, false, List.of()));
        String email = TestMeetings.email("early");
        var trainee = registrations.register(id, TestMeetings.person("Early Bird", email, "KE"), null);

        assertThatThrownBy(() -> attendance.mark(id, trainee.id(), true))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).messageKey())
                        .isEqualTo("meetings.error.checkInTooEarly"));
        assertThatThrownBy(() -> attendance.importOnline(id, MeetingsIntegrationTests.stream("email\n" + email + "\n")))
                .isInstanceOf(InvalidInputException.class);
        RegistrationView unchanged = registered.byId(trainee.id()).orElseThrow();
        assertThat(unchanged.attended()).isFalse();
        assertThat(unchanged.certificateCode()).isNull();
    }

    @Test
    void anAttendeeCannotCancelTheirRegistration() {
        UUID id = management.create(TestMeetings.course("Attended course", 10, null, false, List.of()));
        var trainee = registrations.register(id, TestMeetings.person("Came Indeed", TestMeetings.email("came"), "PK"), null);
        clock.advance(TO_THE_COURSE);
        attendance.mark(id, trainee.id(), true);

        assertThatThrownBy(() -> registrations.cancelWithToken(trainee.token()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).messageKey())
                        .isEqualTo("meetings.error.attendedCannotCancel"));
        assertThatThrownBy(() -> registrations.cancelAsSecretariat(trainee.id())).isInstanceOf(InvalidInputException.class);
        RegistrationView still = registered.byId(trainee.id()).orElseThrow();
        assertThat(still.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(still.hasCertificate()).isTrue();
    }

    @Test
    void guestsWhoAttendedGetACertificateOnceTheOrganizerAllowsIt() {
        UUID id = management.create(TestMeetings.course("Guest certificate course", 10, null, false, List.of()));
        var guest = registrations.register(id, new RegistrationCommand("Guest Speaker", TestMeetings.email("guest"), "RS",
                null, ParticipantRole.GUEST, null, List.of(), "en"), null);
        clock.advance(TO_THE_COURSE);
        assertThat(attendance.mark(id, guest.id(), true).hasCertificate()).as("not without the organizer's say").isFalse();

        MeetingView meeting = queries.byId(id).orElseThrow();
        management.update(id, new MeetingCommand(meeting.kind(), meeting.title(), meeting.description(),
                meeting.startDate(), meeting.endDate(), null, null, meeting.timeZone(), meeting.mode(), meeting.venue(),
                meeting.city(), meeting.country(), null, meeting.organizers(), meeting.themes(), true, true, null,
                meeting.capacity(), false, true, meeting.questions()));

        RegistrationView certified = registered.byId(guest.id()).orElseThrow();
        assertThat(certified.hasCertificate()).isTrue();
        assertThat(certificates.verify(certified.certificateCode())).isPresent();
    }
}
