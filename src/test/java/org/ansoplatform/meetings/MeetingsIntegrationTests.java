package org.ansoplatform.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.jdbc.core.simple.JdbcClient;

@RecordApplicationEvents
class MeetingsIntegrationTests extends IntegrationTest {

    @Autowired
    MeetingManagement management;

    @Autowired
    MeetingQueries queries;

    @Autowired
    RegistrationManagement registrations;

    @Autowired
    RegistrationQueries registrationQueries;

    @Autowired
    org.ansoplatform.meetings.importing.MeetingImport importer;

    @Autowired
    org.ansoplatform.meetings.attendance.AttendanceManagement attendance;

    @Autowired
    org.ansoplatform.meetings.attendance.CertificateQueries certificates;

    @Autowired
    StatisticsQueries statistics;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void registrationEventsCarryThePagesTheirEmailsLinkTo() {
        UUID id = management.create(TestMeetings.course("Linked course", 1, null, false, List.of()));
        var first = registrations.register(id, TestMeetings.person("First", TestMeetings.email("link-a"), "CN"), null);
        var second = registrations.register(id, TestMeetings.person("Second", TestMeetings.email("link-b"), "CN"), null);

        RegistrationReceived received = events.stream(RegistrationReceived.class)
                .filter(e -> e.registrationId().equals(first.id())).findFirst().orElseThrow();
        assertThat(received.path()).isEqualTo("/meetings/registration?token="
                + java.net.URLEncoder.encode(first.token(), StandardCharsets.UTF_8));
        assertThat(received.toString()).doesNotContain(first.token());

        registrations.cancelWithToken(first.token());
        RegistrationPromoted promoted = events.stream(RegistrationPromoted.class)
                .filter(e -> e.registrationId().equals(second.id())).findFirst().orElseThrow();
        assertThat(promoted.path()).isEqualTo("/meetings/" + id);
    }

    @Test
    void theAnnualReportListsOf2021AreInTheCatalogueWithTheirDatesAndOrganizers() {
        List<MeetingView> year = queries.all(new MeetingQueries.Filter(2021, null, null, null, null, false));
        assertThat(year).as("the meetings list's 36 rows without the Board meeting, which is governance's, the three "
                + "trainings the projects' demo adds and the two of the report's training chapter (the demo's history)").hasSize(40);
        MeetingView climate = only(year, "ANSO online open conference: climate change and its impacts");
        assertThat(climate.startDate()).isEqualTo(LocalDate.of(2021, 3, 2));
        assertThat(climate.endDate()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(climate.organizerNames()).isEqualTo("RAS");
        assertThat(climate.organizers().get(0).organizationId()).as("linked to the directory by its abbreviation").isNotNull();
        MeetingView press = year.stream().filter(m -> m.kind() == MeetingKind.PRESS_CONFERENCE).findFirst().orElseThrow();
        assertThat(press.startDate()).isEqualTo(LocalDate.of(2021, 11, 17));
        assertThat(press.organizers()).extracting(Organizer::name).containsExactly(
                "The State Agency for Architecture, Construction, Housing and Public Utilities under the Government of the Kyrgyz Republic",
                "CAS RCEECA (Bishkek)");
        MeetingView women = only(year, "ANSO Workshop on Women in Science – \"Towards A Diversity of Research and Researcher\"");
        assertThat(women.startDate()).isEqualTo(LocalDate.of(2021, 11, 18));
        assertThat(women.endDate()).isEqualTo(LocalDate.of(2021, 11, 19));
        assertThat(women.organizerNames()).isEqualTo("MTA; OWSD; CAS");
        assertThat(women.organizers()).allSatisfy(o -> assertThat(o.organizationId()).as(o.name()).isNotNull());
        assertThat(year).extracting(m -> m.title(java.util.Locale.ENGLISH)).noneMatch(t -> t.contains("Governing Board"));
        assertThat(year.stream().map(MeetingView::kind).distinct()).contains(MeetingKind.CONFERENCE, MeetingKind.WORKSHOP,
                MeetingKind.WEBINAR, MeetingKind.FORUM, MeetingKind.SYMPOSIUM, MeetingKind.EXHIBITION, MeetingKind.CEREMONY,
                MeetingKind.PRESS_CONFERENCE);
    }

    @Test
    void filtersByKindOrganizerCountryAndTheme() {
        var forums = queries.all(new MeetingQueries.Filter(2021, MeetingKind.FORUM, null, null, null, false));
        assertThat(forums).isNotEmpty().allMatch(m -> m.kind() == MeetingKind.FORUM);
        var xieg = queries.all(new MeetingQueries.Filter(2021, null, "xieg", null, null, false));
        assertThat(xieg).extracting(m -> m.title(java.util.Locale.ENGLISH)).contains("Taklimakan desert forum");
        var china = queries.all(new MeetingQueries.Filter(2021, null, null, "CN", null, false));
        assertThat(china).isNotEmpty().allMatch(m -> "CN".equals(m.country()));
        var health = queries.all(new MeetingQueries.Filter(2021, null, null, null, 3, false));
        assertThat(health).isNotEmpty().allMatch(m -> m.themes().contains(3));
    }

    @Test
    void waitingListIsPromotedInArrivalOrderWhenAPlaceFrees() {
        UUID id = management.create(TestMeetings.course("Promotion course", 1, "https://meet.example.org/p", false, List.of()));
        String first = TestMeetings.email("first");
        var a = registrations.register(id, TestMeetings.person("First", first, "PK"), null);
        var b = registrations.register(id, TestMeetings.person("Second", TestMeetings.email("second"), "KE"), null);
        var c = registrations.register(id, TestMeetings.person("Third", TestMeetings.email("third"), "NG"), null);
        assertThat(a.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(b.status()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(b.position()).isEqualTo(1);
        assertThat(c.position()).isEqualTo(2);
        assertThat(Mail.awaitBody(first, "Registration confirmed")).contains("https://meet.example.org/p");
        assertThat(registrationQueries.onlineLink(registrationQueries.byId(b.id()).orElseThrow())).as("not for the waiting list").isEmpty();

        registrations.cancelWithToken(a.token());

        assertThat(registrationQueries.byId(b.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrationQueries.byId(c.id()).orElseThrow().position()).isEqualTo(1);
        assertThat(registrationQueries.onlineLink(registrationQueries.byId(b.id()).orElseThrow())).contains("https://meet.example.org/p");
        String email = registrationQueries.byId(b.id()).orElseThrow().email();
        assertThat(Mail.awaitBody(email, "A place is yours")).contains("Promotion course").contains("https://meet.example.org/p");
    }

    @Test
    void refusalsChangeNothing() {
        UUID id = management.create(TestMeetings.course("Refusals course", 5, null, false,
                List.of(org.ansoplatform.meetings.Question.text(org.ansoplatform.meetings.TestMeetings.en("Motivation"), true))));
        String email = TestMeetings.email("twice");
        RegistrationCommand withAnswer = new RegistrationCommand("Twice", email, "CN", null, null, null, List.of("Because"), "en");
        var registered = registrations.register(id, withAnswer, null);
        assertThatThrownBy(() -> registrations.register(id, new RegistrationCommand("Twice", email.toUpperCase(), "CN",
                null, null, null, List.of("Again"), "en"), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("meetings.error.alreadyRegistered");
        assertThatThrownBy(() -> registrations.register(id, new RegistrationCommand("No answer", TestMeetings.email("na"),
                "CN", null, null, null, List.of(), "en"), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("answers[0]");
        assertThatThrownBy(() -> registrations.register(id, new RegistrationCommand("", "not-an-email", "XX", null, null,
                null, List.of("x"), "en"), null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(InvalidInputException.Violation::field)
                        .contains("name", "email", "country"));
        assertThat(registrationQueries.ofMeeting(id)).hasSize(1);

        // someone else's registration: unknown to them
        UUID stranger = UUID.randomUUID();
        assertThatThrownBy(() -> registrations.cancelOwn(registered.id(), stranger)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registrations.cancelWithToken("not-the-token")).isInstanceOf(NotFoundException.class);
        assertThat(registrationQueries.byId(registered.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);

        // cancelling twice
        registrations.cancelWithToken(registered.token());
        assertThatThrownBy(() -> registrations.cancelWithToken(registered.token()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("meetings.error.notActive");

        // closed registration
        MeetingView meeting = queries.byId(id).orElseThrow();
        management.update(id, closed(meeting));
        assertThatThrownBy(() -> registrations.register(id, TestMeetings.person("Late", TestMeetings.email("late"), "CN"), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("meetings.error.closed");
        assertThat(registrationQueries.ofMeeting(id)).hasSize(1);
    }

    @Test
    void capacityZeroAndDatesInTheWrongOrderAreRefused() {
        long before = queries.count();
        MeetingCommand zero = TestMeetings.course("Zero places", 0, null, false, List.of());
        assertThatThrownBy(() -> management.create(zero)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("meetings.error.capacity");
        LocalDate start = LocalDate.of(2026, 5, 10);
        MeetingCommand backwards = new MeetingCommand(MeetingKind.WORKSHOP, TestMeetings.en("Backwards"), null, start,
                start.minusDays(1), null, null, "Asia/Shanghai", MeetingMode.ONLINE, null, null, null, null, List.of(),
                List.of(18), true, false, null, null, false, false, List.of());
        assertThatThrownBy(() -> management.create(backwards)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(InvalidInputException.Violation::field)
                        .contains("endDate", "themes"));
        assertThat(queries.count()).isEqualTo(before);
    }

    @Test
    void moderatedRegistrationsWaitForApproval() {
        UUID id = management.create(TestMeetings.course("Moderated course", 1, null, true, List.of()));
        var a = registrations.register(id, TestMeetings.person("A", TestMeetings.email("mod-a"), "TH"), null);
        var b = registrations.register(id, TestMeetings.person("B", TestMeetings.email("mod-b"), "TH"), null);
        assertThat(a.status()).isEqualTo(RegistrationStatus.PENDING);
        assertThat(registrations.approve(a.id())).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations.approve(b.id())).isEqualTo(RegistrationStatus.WAITING);
        assertThatThrownBy(() -> registrations.approve(b.id())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void malformedCsvIsRefusedWithLineAndColumnAndNothingIsImported() {
        long before = queries.count();
        String csv = """
                date,title,kind,organizers
                2026-03-02,Fine workshop,workshop,RAS
                2026-13-40,Bad date,workshop,RAS
                2026-03-05/2026-03-04,Backwards,forum,CAS
                2026-03-06,Bad kind,party,CAS
                """;
        assertThatThrownBy(() -> importer.importCsv(stream(csv)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    var violations = ((InvalidInputException) e).violations();
                    assertThat(violations).hasSize(3);
                    assertThat(violations.get(0).args()[0]).isEqualTo(3L);
                    assertThat(violations.get(0).args()[1]).isEqualTo("date");
                    assertThat(violations.get(1).args()[0]).isEqualTo(4L);
                    assertThat(violations.get(1).args()[1]).isEqualTo("date");
                    assertThat(violations.get(2).args()[0]).isEqualTo(5L);
                    assertThat(violations.get(2).args()[1]).isEqualTo("kind");
                });
        assertThatThrownBy(() -> importer.importCsv(stream("title,kind\nA,forum\n")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(v -> v.args()[1])
                        .containsExactly("date", "organizers"));
        assertThat(queries.count()).isEqualTo(before);

        assertThat(importer.importCsv(stream("date,title,kind,organizers,mode\n2026-03-02/2026-03-04,Imported workshop,Training course,CAS; RAS,online\n")))
                .isEqualTo(1);
        MeetingView imported = queries.all(new MeetingQueries.Filter(2026, MeetingKind.TRAINING_COURSE, "RAS", null, null, false))
                .stream().filter(m -> m.title(java.util.Locale.ENGLISH).equals("Imported workshop")).findFirst().orElseThrow();
        assertThat(imported.endDate()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(imported.mode()).isEqualTo(MeetingMode.ONLINE);
    }

    @Test
    void attendanceCertificatesAndStatistics() {
        UUID id = management.create(TestMeetings.course("Certificate course", 10, null, false, List.of()));
        var trainee = registrations.register(id, TestMeetings.person("Amina Yusuf", TestMeetings.email("cert"), "NG"), null);
        String onlineEmail = TestMeetings.email("online");
        var online = registrations.register(id, TestMeetings.person("Online Person", onlineEmail, "PK"), null);
        var guest = registrations.register(id, new RegistrationCommand("Guest", TestMeetings.email("guest"), "NG", null,
                ParticipantRole.GUEST, null, List.of(), "en"), null);
        clock.advance(CertificateTests.TO_THE_COURSE);

        RegistrationView checkedIn = attendance.mark(id, trainee.id(), true);
        assertThat(checkedIn.certificateCode()).matches("ANSO-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(attendance.mark(id, guest.id(), true).certificateCode()).as("guests get no certificate").isNull();
        assertThat(certificates.verify(checkedIn.certificateCode().toLowerCase())).get()
                .satisfies(c -> assertThat(c.name()).isEqualTo("Amina Yusuf"));
        assertThat(certificates.verify("ANSO-XXXX-XXXX-XXXX")).isEmpty();

        var imported = attendance.importOnline(id, stream("email\n" + onlineEmail.toUpperCase() + "\nnobody@example.net\n"));
        assertThat(imported.recorded()).isEqualTo(1);
        assertThat(imported.unplaced()).extracting(u -> u.line(), u -> u.email()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "nobody@example.net"));
        assertThat(registrationQueries.byId(online.id()).orElseThrow().certificateCode()).isNotNull();

        byte[] pdf = certificates.certificatePdf(checkedIn, "http://localhost/verify", java.util.Locale.ENGLISH);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        var stats = statistics.forMeeting(id);
        assertThat(stats.participants()).isEqualTo(3);
        assertThat(stats.trainees()).isEqualTo(2);
        assertThat(stats.countries()).isEqualTo(2);
        assertThat(stats.rows().get(0).country()).isEqualTo("NG");
        assertThat(stats.rows().get(0).participants()).isEqualTo(2);
        assertThat(stats.rows().get(0).trainees()).isEqualTo(1);
        var year = statistics.forYear(queries.byId(id).orElseThrow().year());
        assertThat(year.participants()).isGreaterThanOrEqualTo(3);
    }

    private static MeetingCommand closed(MeetingView m) {
        return new MeetingCommand(m.kind(), m.title(), m.description(), m.startDate(),
                m.endDate(), m.startTime(), m.endTime(), m.timeZone(), m.mode(), m.venue(), m.city(), m.country(), null,
                m.organizers(), m.themes(), true, false, null, m.capacity(), m.moderated(), m.guestCertificates(), m.questions());
    }

    private static MeetingView only(List<MeetingView> meetings, String title) {
        return meetings.stream().filter(m -> m.title(java.util.Locale.ENGLISH).equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no meeting titled " + title));
    }

    static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
