package org.ansoplatform.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.meetings.attendance.AttendanceManagement;
import org.ansoplatform.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 15, item 13: attendance from the exports of common video-conference tools. */
class AttendanceImportTests extends IntegrationTest {

    @Autowired
    MeetingManagement management;
    @Autowired
    RegistrationManagement registrations;
    @Autowired
    RegistrationQueries registered;
    @Autowired
    AttendanceManagement attendance;

    @Test
    void aZoomExportIsImportedAndAnUnknownAddressIsReportedWithoutBlockingTheRest() {
        UUID id = management.create(TestMeetings.course("Zoom course", 10, "https://zoom.example/j/1", false, List.of()));
        String first = TestMeetings.email("zoom-a");
        String second = TestMeetings.email("zoom-b");
        var a = registrations.register(id, TestMeetings.person("Aziz Karimov", first, "UZ"), null);
        var b = registrations.register(id, TestMeetings.person("Bela Nagy", second, "HU"), null);
        clock.advance(CertificateTests.TO_THE_COURSE);

        String zoom = "\uFEFFName (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
                + "Aziz Karimov," + first.toUpperCase() + ",03/02/2027 09:01:12 AM,03/02/2027 11:00:03 AM,119,No\n"
                + "Stranger,stranger@example.org,03/02/2027 09:05:00 AM,03/02/2027 09:30:00 AM,25,Yes\n"
                + "Bela Nagy," + second + ",03/02/2027 09:02:00 AM,03/02/2027 10:00:00 AM,58,No\n"
                + "Bela Nagy," + second + ",03/02/2027 10:05:00 AM,03/02/2027 11:00:00 AM,55,No\n"
                + "iPhone,,03/02/2027 09:03:00 AM,03/02/2027 11:00:00 AM,117,Yes\n";
        var imported = attendance.importOnline(id, utf8(zoom));

        assertThat(imported.recorded()).isEqualTo(2);
        assertThat(imported.unplaced()).singleElement().satisfies(u -> {
            assertThat(u.line()).isEqualTo(3);
            assertThat(u.email()).isEqualTo("stranger@example.org");
        });
        assertThat(imported.withoutAddress()).isEqualTo(1);
        assertThat(registered.byId(a.id()).orElseThrow().hasCertificate()).isTrue();
        assertThat(registered.byId(b.id()).orElseThrow().attended()).isTrue();
    }

    @Test
    void aTeamsReportInUtf16WithASummaryBeforeTheParticipantsIsRead() {
        UUID id = management.create(TestMeetings.course("Teams course", 10, "https://teams.example/l/1", false, List.of()));
        String email = TestMeetings.email("teams");
        var r = registrations.register(id, TestMeetings.person("Teo Lim", email, "MY"), null);
        clock.advance(CertificateTests.TO_THE_COURSE);

        String teams = "1. Summary\nMeeting title\tTeams course\nAttended participants\t1\n\n2. Participants\n"
                + "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole\n"
                + "Teo Lim\t3/2/27, 9:00:00 AM\t3/2/27, 11:00:00 AM\t2h\t" + email + "\t" + email + "\tAttendee\n";
        byte[] utf16 = ("\uFEFF" + teams).getBytes(StandardCharsets.UTF_16LE);
        assertThat(attendance.importOnline(id, new ByteArrayInputStream(utf16)).recorded()).isEqualTo(1);
        assertThat(registered.byId(r.id()).orElseThrow().attended()).isTrue();
    }

    @Test
    void aFileWithoutAnEmailColumnIsRefusedAndRecordsNothing() {
        UUID id = management.create(TestMeetings.course("No email course", 10, null, false, List.of()));
        var r = registrations.register(id, TestMeetings.person("No One", TestMeetings.email("none"), "MY"), null);
        clock.advance(CertificateTests.TO_THE_COURSE);
        assertThatThrownBy(() -> attendance.importOnline(id, utf8("Name,Join Time\nNo One,09:00\n")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).messageKey())
                        .isEqualTo("meetings.error.csvMissingEmail"));
        assertThat(registered.byId(r.id()).orElseThrow().attended()).isFalse();
    }

    private static ByteArrayInputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
