package org.ansoplatform.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.figures.FigureQueries;
import org.ansoplatform.figures.FigureRef;
import org.ansoplatform.platform.Records;
import org.ansoplatform.shared.FigureScope;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 24: the meetings' figures narrowed to one meeting ({@code meeting=ID}, whatever year is asked) and to a
 * programme's meetings of a year ({@code programme=CODE}); a meeting listed with its first day, place and organizers.
 */
class MeetingScopedFiguresTests extends IntegrationTest {

    /** A year no other test holds meetings in. */
    private static final int YEAR = 2038;

    @Autowired
    FigureQueries figures;

    @Autowired
    Records records;

    @Autowired
    MeetingManagement management;

    @Autowired
    RegistrationManagement registrations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMeetingsTraineesAreItsOwnWhateverYearIsAskedAndTheirCountriesItsParts() {
        UUID course = management.create(meeting("Scoped course " + UUID.randomUUID(), "training"));
        UUID other = management.create(meeting("Scoped other course " + UUID.randomUUID(), "training"));
        UUID first = register(course, "Scoped Trainee A", "KE", ParticipantRole.TRAINEE);
        UUID second = register(course, "Scoped Trainee B", "GH", ParticipantRole.TRAINEE);
        register(course, "Scoped Speaker", "CN", ParticipantRole.SPEAKER);
        UUID elsewhere = register(other, "Scoped Elsewhere", "BR", ParticipantRole.TRAINEE);

        FigureRef trainees = ref("meetings.trainees@meeting=" + course);
        FigureRef countries = ref("meetings.trainees@meeting=" + course + "#parts");
        FigureRef kenya = ref("meetings.trainees@meeting=" + course + "[KE]");
        FigureRef participants = ref("meetings.participants@meeting=" + course + "/2001");
        FigureRef programme = ref("meetings.trainees@programme=training");
        FigureRef programmeBefore = ref("meetings.trainees@programme=training/2001");
        Map<FigureRef, FigureQueries.Resolved> resolved = figures.resolve(
                List.of(trainees, countries, kenya, participants, programme, programmeBefore), YEAR);

        assertThat(resolved.get(trainees).value()).isEqualTo(2);
        assertThat(resolved.get(trainees).records()).containsExactlyInAnyOrder(registration(first), registration(second));
        assertThat(resolved.get(countries).value()).isEqualTo(2);
        assertThat(resolved.get(kenya).value()).isEqualTo(1);
        assertThat(resolved.get(participants).value()).as("a meeting is its own year").isEqualTo(3);
        assertThat(resolved.get(programme).records()).as("both courses of the programme in the year")
                .contains(registration(first), registration(second), registration(elsewhere));
        assertThat(resolved.get(programmeBefore).ok()).isTrue();
        assertThat(resolved.get(programmeBefore).records()).doesNotContain(registration(first));

        assertThat(figures.scopes(YEAR).get("meetings")).anySatisfy(choice ->
                assertThat(choice.scope()).isEqualTo(new FigureScope("meeting", course.toString())))
                .anySatisfy(choice -> {
                    assertThat(choice.scope()).isEqualTo(new FigureScope("programme", "training"));
                    assertThat(choice.label().in(Locale.ENGLISH)).isNotBlank().isNotEqualTo("training");
                });
    }

    @Test
    void anUnknownMeetingOrProgrammeNamesNothing() {
        List<FigureRef> unknown = List.of(ref("meetings.trainees@meeting=" + UUID.randomUUID()), ref("meetings.trainees@meeting=not-an-id"),
                ref("meetings.trainees@programme=no-such-programme"), ref("meetings.trainees@call=scholarship-2021"));
        assertThat(figures.resolve(unknown, YEAR).values())
                .allSatisfy(resolved -> assertThat(resolved.problem()).isEqualTo(FigureQueries.Problem.UNKNOWN_SCOPE));
    }

    @Test
    void aMeetingIsListedWithItsFirstDayPlaceAndOrganizers() {
        UUID course = management.create(meeting("Scoped listed course " + UUID.randomUUID(), null));
        jdbc.sql("update meetings.meeting set illustrative = true where id = :id").param("id", course).update();
        RecordView view = records.describe(RecordRef.of("meetings", "meeting", course), Reader.anonymous(), Locale.ENGLISH);
        assertThat(view.date()).isEqualTo(LocalDate.of(YEAR, 6, 7));
        assertThat(view.detail()).isEqualTo("CAS Conference Centre, China · ANSO Secretariat, Tianjin Institute");
        assertThat(view.illustrative()).isTrue();
        UUID trainee = register(course, "Scoped Private", "KE", ParticipantRole.TRAINEE);
        assertThat(records.describe(RecordRef.of("meetings", "registration", trainee), Reader.person(UUID.randomUUID(),
                Set.of("SECRETARIAT")), Locale.ENGLISH).illustrative()).isFalse();
    }

    private UUID register(UUID meeting, String name, String country, ParticipantRole role) {
        return registrations.register(meeting, new RegistrationCommand(name, TestMeetings.email("scoped"), country,
                "Test Institute", role, Gender.FEMALE, List.of(), "en"), null).id();
    }

    private static MeetingCommand meeting(String title, String programme) {
        LocalDate start = LocalDate.of(YEAR, 6, 7);
        return new MeetingCommand(MeetingKind.TRAINING_COURSE, TestMeetings.en(title), TestMeetings.en("For the scoped figures."),
                start, start.plusDays(2), null, null, "Asia/Shanghai", MeetingMode.ONSITE, "CAS Conference Centre", "Beijing", "CN",
                null, List.of(new Organizer(null, "ANSO Secretariat"), new Organizer(null, "Tianjin Institute")), List.of(4), true,
                true, null, null, false, false, List.of(), programme);
    }

    private static FigureRef ref(String text) {
        return FigureRef.parse(text).orElseThrow(() -> new AssertionError("not a reference: " + text));
    }

    private static RecordRef registration(UUID id) {
        return RecordRef.of("meetings", "registration", id);
    }
}
