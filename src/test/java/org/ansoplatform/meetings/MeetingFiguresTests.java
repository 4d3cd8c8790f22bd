package org.ansoplatform.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.FigureMessages;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.Records;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureSource;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.ansoplatform.shared.Reader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;

/** Issue 17, item 3: meetings by kind, participants and trainees by country, each of the year. */
class MeetingFiguresTests extends IntegrationTest {

    /** A year no other test holds meetings in, so its figures are this test's alone. */
    private static final int YEAR = 2039;

    @Autowired
    List<FigureSource> figureSources;

    @Autowired
    List<RecordSource> recordSources;

    @Autowired
    Records records;

    @Autowired
    MeetingManagement management;

    @Autowired
    RegistrationManagement registrations;

    @Autowired
    MessageSource messages;

    @Autowired
    Languages languages;

    @Test
    void the2021MeetingsByKindAreTheAnnualReportsListAndItsParticipantsAreNotInTheDemo() throws Exception {
        Map<String, Long> listed = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (CSVParser rows = CSVParser.parse(new InputStreamReader(new ClassPathResource("demo/meetings-2021.csv")
                .getInputStream(), StandardCharsets.UTF_8), format)) {
            for (CSVRecord row : rows) {
                listed.merge(row.get("kind"), 1L, Long::sum);
            }
        }
        // the two CropWatch courses and the water stations' operators' training, which the projects' demo adds, and the
        // Synthetic Biotechnology course and ANSO-RWIT's programme of "ANSO Training 2021" (the demo's history, issue 24)
        listed.merge("TRAINING_COURSE", 5L, Long::sum);
        Figure meetings = figure(2021, "meetings.meetings");

        assertThat(meetings.count()).as("the Annual Report 2021's list of meetings, without the Board meeting, the "
                + "three trainings of its projects and the two of its training chapter").isEqualTo(40);
        Map<String, Long> byKind = new LinkedHashMap<>();
        meetings.parts().forEach(part -> byKind.put(part.code(), part.count()));
        assertThat(byKind).isEqualTo(listed);
        Figure.Part forums = meetings.parts().stream().filter(p -> p.code().equals("FORUM")).findFirst().orElseThrow();
        assertThat(forums.kind()).isEqualTo(Figure.Part.Kind.NAMED);
        assertThat(forums.label().in(Locale.ENGLISH)).isEqualTo("Forum");
        for (Locale locale : languages.locales()) {
            assertThat(forums.label().in(locale)).isEqualTo(messages.getMessage("meetings.kind.FORUM", null, locale));
        }
        // the report's "78 scientists and engineers from 17 developing countries" trained in a course whose
        // participants the sources do not list: the demo's history holds 78 illustrative trainees from 17 countries
        assertThat(figure(2021, "meetings.participants").count()).isEqualTo(78);
        assertThat(figure(2021, "meetings.trainees").count()).isEqualTo(78);
        assertThat(figure(2021, "meetings.trainees").parts()).hasSize(17);
    }

    @Test
    void participantsAreTheConfirmedRegistrationsOfTheYearsMeetingsAndTraineesThoseInTheTraineeRole() {
        UUID course = management.create(meeting(MeetingKind.TRAINING_COURSE, "Figures course " + YEAR, true, 3));
        UUID firstTrainee = register(course, "Amani Trainee", "KE", ParticipantRole.TRAINEE);
        UUID secondTrainee = register(course, "Wanjiru Trainee", "KE", ParticipantRole.TRAINEE);
        UUID speaker = register(course, "Li Speaker", "CN", ParticipantRole.SPEAKER);
        UUID waiting = register(course, "Late Trainee", "KE", ParticipantRole.TRAINEE);
        UUID cancelled = management.create(meeting(MeetingKind.WORKSHOP, "Figures workshop called off", true, null));
        UUID calledOff = register(cancelled, "Called Off", "BR", ParticipantRole.TRAINEE);
        management.cancel(cancelled);
        UUID draft = management.create(meeting(MeetingKind.CONFERENCE, "Figures draft conference", false, null));

        Figure meetings = figure(YEAR, "meetings.meetings");
        assertThat(meetings.parts()).extracting(Figure.Part::code, Figure.Part::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TRAINING_COURSE", 1L));
        assertThat(meetings.records()).containsExactly(meeting(course))
                .doesNotContain(meeting(cancelled), meeting(draft));

        Figure participants = figure(YEAR, "meetings.participants");
        assertThat(participants.count()).isEqualTo(3);
        assertThat(participants.parts()).extracting(Figure.Part::code, Figure.Part::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CN", 1L), org.assertj.core.groups.Tuple.tuple("KE", 2L));
        assertThat(participants.records()).containsExactlyInAnyOrder(registration(firstTrainee),
                registration(secondTrainee), registration(speaker)).doesNotContain(registration(waiting), registration(calledOff));

        Figure trainees = figure(YEAR, "meetings.trainees");
        assertThat(trainees.parts()).extracting(Figure.Part::code, Figure.Part::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KE", 2L));
        assertThat(figure(YEAR - 1, "meetings.participants").records()).doesNotContain(registration(firstTrainee));
    }

    @Test
    void aMeetingIsSeenAsItsPublicPageAllowsAndARegistrationOnlyByTheSecretariat() {
        UUID course = management.create(meeting(MeetingKind.TRAINING_COURSE, "Figures visible course", true, null));
        UUID draft = management.create(meeting(MeetingKind.CONFERENCE, "Figures unpublished conference", false, null));
        UUID registration = register(course, "Private Person", "KE", ParticipantRole.TRAINEE);
        RecordRef unknown = RecordRef.of("meetings", "registration", UUID.randomUUID());
        List<RecordRef> refs = List.of(meeting(course), meeting(draft), registration(registration), unknown);

        List<RecordView> anonymous = records.describe(refs, Reader.anonymous(), Locale.ENGLISH);
        assertThat(anonymous).extracting(RecordView::visible).containsExactly(true, false, false, false);
        assertThat(anonymous.get(0)).isEqualTo(RecordView.of(meeting(course), "Figures visible course", "/meetings/" + course)
                .dated(LocalDate.of(YEAR, 5, 10), "CAS Conference Centre, China · ANSO Secretariat"));
        assertThat(anonymous).extracting(RecordView::title).doesNotContain("Private Person", "Figures unpublished conference");
        Reader someone = Reader.person(UUID.randomUUID(), Set.of("REVIEWER"));
        assertThat(records.describe(refs, someone, Locale.ENGLISH)).extracting(RecordView::visible)
                .containsExactly(true, false, false, false);

        Reader secretariat = Reader.person(UUID.randomUUID(), Set.of("SECRETARIAT"));
        List<RecordView> staff = records.describe(refs, secretariat, Locale.ENGLISH);
        assertThat(staff).extracting(RecordView::visible).containsExactly(true, true, true, false);
        assertThat(staff.get(1).path()).isEqualTo("/secretariat/meetings/" + draft);
        assertThat(staff.get(2).title()).isEqualTo("Private Person · Figures visible course");
        assertThat(staff.get(2).path()).isEqualTo("/secretariat/meetings/" + course);

        RecordSource source = recordSources.stream().filter(s -> s.module().equals("meetings")).findFirst().orElseThrow();
        assertThat(source.describe(refs, Reader.anonymous(), Locale.ENGLISH)).as("an unknown record is left out")
                .containsOnlyKeys(meeting(course), meeting(draft), registration(registration));
    }

    @Test
    void theFiguresAreNamedAndDefinedInEveryLanguage() {
        FigureMessages.assertNamedAndDefinedInEveryLanguage(source().figures(2021), messages, languages);
    }

    private UUID register(UUID meeting, String name, String country, ParticipantRole role) {
        return registrations.register(meeting, new RegistrationCommand(name, TestMeetings.email("figures"), country,
                "Test Institute", role, Gender.FEMALE, List.of(), "en"), null).id();
    }

    private static MeetingCommand meeting(MeetingKind kind, String title, boolean published, Integer capacity) {
        LocalDate start = LocalDate.of(YEAR, 5, 10);
        return new MeetingCommand(kind, TestMeetings.en(title), TestMeetings.en("For the figures."), start, start.plusDays(1),
                null, null, "Asia/Shanghai", MeetingMode.ONSITE, "CAS Conference Centre", "Beijing", "CN", null,
                List.of(new Organizer(null, "ANSO Secretariat")), List.of(4), published, true, null, capacity, false, false,
                List.of());
    }

    private static RecordRef meeting(UUID id) {
        return RecordRef.of("meetings", "meeting", id);
    }

    private static RecordRef registration(UUID id) {
        return RecordRef.of("meetings", "registration", id);
    }

    private FigureSource source() {
        return figureSources.stream().filter(s -> s.module().equals("meetings")).findFirst().orElseThrow();
    }

    private Figure figure(int year, String key) {
        return source().figures(year).stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }
}
