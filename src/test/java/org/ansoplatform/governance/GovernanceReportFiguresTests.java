package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.FigureMessages;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.governance.membership.MandateStore;
import org.ansoplatform.governance.membership.MembershipApplicationStore;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.Records;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureSource;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 24: the Board's seats on 31 December by country, applications endorsed up to a year's end, and the day,
 * detail and illustrative mark of the records a report lists. Years no other test uses, and this test's records
 * picked out of the figures (the demo's seats have no end).
 */
class GovernanceReportFiguresTests extends IntegrationTest {

    private static final int YEAR = 2043;

    @Autowired
    List<FigureSource> figureSources;

    @Autowired
    Records records;

    @Autowired
    SessionManagement sessions;

    @Autowired
    MembershipApplicationStore applications;

    @Autowired
    MandateStore mandates;

    @Autowired
    OrganizationQueries organizations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    Languages languages;

    @Test
    void theBoardsSeatsAreThoseHeldOnTheLastDayOfTheYearByCountry() {
        List<OrganizationView> directory = organizations.all().stream().filter(o -> o.country() != null).toList();
        OrganizationView first = directory.get(0);
        OrganizationView second = directory.stream().filter(o -> !o.country().equals(first.country())).findFirst().orElseThrow();
        UUID held = seat(Body.BOARD, first.id(), LocalDate.of(YEAR, 1, 1), null);
        UUID endedBefore = seat(Body.BOARD, second.id(), LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 12, 30));
        UUID lastDay = seat(Body.BOARD, second.id(), LocalDate.of(YEAR, 12, 31), LocalDate.of(YEAR, 12, 31));
        UUID later = seat(Body.BOARD, first.id(), LocalDate.of(YEAR + 1, 1, 1), null);
        UUID assembly = seat(Body.ASSEMBLY, first.id(), LocalDate.of(YEAR, 1, 1), null);

        Figure seats = figure(YEAR, "governance.boardSeats");
        assertThat(seats.records()).contains(ref("seat", held), ref("seat", lastDay))
                .doesNotContain(ref("seat", endedBefore), ref("seat", later), ref("seat", assembly));
        assertThat(seats.count()).isEqualTo(seats.records().size());
        assertThat(seats.parts()).allSatisfy(part -> assertThat(part.kind()).isEqualTo(Figure.Part.Kind.COUNTRY));
        assertThat(part(seats, first.country().strip()).records()).contains(ref("seat", held));
        assertThat(part(seats, second.country().strip()).records()).contains(ref("seat", lastDay));
        assertThat(figure(YEAR - 1, "governance.boardSeats").records()).doesNotContain(ref("seat", held));
        assertThat(figure(YEAR + 1, "governance.boardSeats").records()).contains(ref("seat", held), ref("seat", later))
                .doesNotContain(ref("seat", lastDay));

        jdbc.sql("update governance.seat set illustrative = true where id = :id").param("id", held).update();
        RecordView view = records.describe(ref("seat", held), Reader.anonymous(), Locale.ENGLISH);
        assertThat(view.visible()).isTrue();
        assertThat(view.title()).isEqualTo(first.name());
        assertThat(view.date()).isEqualTo(LocalDate.of(YEAR, 1, 1));
        assertThat(view.illustrative()).isTrue();
    }

    @Test
    void endorsedApplicationsAccumulateAndDecisionsCarryTheirSessionsDayAndTitle() {
        Actor during = Actor.system(Instant.parse((YEAR + 1) + "-05-02T09:00:00Z"));
        String title = "Report figures Board " + UUID.randomUUID();
        UUID board = sessions.create(new SessionCommand(Body.BOARD, title, LocalDateTime.of(YEAR + 1, 5, 2, 9, 0), "UTC",
                SessionMode.ONLINE, "Beijing"), SessionStatus.HELD, during);
        UUID application = application("Zz report figures " + UUID.randomUUID());
        UUID endorsement = sessions.recordDecision(board, new DecisionCommand("Endorses the application.",
                Outcome.ADOPTED_BY_CONSENSUS, SubjectType.APPLICATION, application, null, null), during);

        assertThat(figure(YEAR, "governance.applicationsEndorsedCumulative").records()).doesNotContain(ref("application", application));
        assertThat(figure(YEAR + 1, "governance.applicationsEndorsedCumulative").records()).contains(ref("application", application))
                .containsAll(figure(YEAR + 1, "governance.applicationsEndorsed").records());
        assertThat(figure(YEAR + 2, "governance.applicationsEndorsedCumulative").records()).as("cumulative")
                .contains(ref("application", application));
        assertThat(figure(YEAR + 2, "governance.applicationsEndorsed").records()).doesNotContain(ref("application", application));

        RecordView decision = records.describe(ref("decision", endorsement), Reader.anonymous(), Locale.ENGLISH);
        assertThat(decision.date()).isEqualTo(LocalDate.of(YEAR + 1, 5, 2));
        assertThat(decision.detail()).isEqualTo(title);
        RecordView session = records.describe(ref("session", board), Reader.anonymous(), Locale.ENGLISH);
        assertThat(session.date()).isEqualTo(LocalDate.of(YEAR + 1, 5, 2));
        assertThat(session.detail()).isEqualTo("Beijing");

        jdbc.sql("update governance.application set illustrative = true where id = :id").param("id", application).update();
        RecordView forSecretariat = records.describe(ref("application", application),
                Reader.person(UUID.randomUUID(), Set.of("SECRETARIAT")), Locale.ENGLISH);
        assertThat(forSecretariat.illustrative()).isTrue();
        assertThat(forSecretariat.date()).isEqualTo(LocalDate.of(YEAR + 1, 5, 2));
        RecordView anonymous = records.describe(ref("application", application), Reader.anonymous(), Locale.ENGLISH);
        assertThat(anonymous.visible()).isFalse();
        assertThat(anonymous.illustrative()).isFalse();
    }

    @Test
    void theNewFiguresAreNamedAndDefinedInEveryLanguage() {
        FigureMessages.assertNamedAndDefinedInEveryLanguage(source().figures(YEAR).stream()
                .filter(f -> Set.of("governance.boardSeats", "governance.applicationsEndorsedCumulative").contains(f.key())).toList(),
                messages, languages);
    }

    private UUID seat(Body body, UUID organization, LocalDate start, LocalDate end) {
        UUID id = UUID.randomUUID();
        mandates.addSeat(id, body, organization, start, end, null);
        return id;
    }

    private UUID application(String name) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        applications.insert(new ApplicationView(id, UUID.randomUUID(), name, null, "KE", OrganizationType.ACADEMY, null,
                "Contact", "contact@example.net", "Motivation", List.of(), ApplicationState.COMPLETE, null, null, null, null, now, now));
        return id;
    }

    private static Figure.Part part(Figure figure, String code) {
        return figure.parts().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no part " + code));
    }

    private static RecordRef ref(String type, UUID id) {
        return RecordRef.of("governance", type, id);
    }

    private FigureSource source() {
        return figureSources.stream().filter(s -> s.module().equals("governance")).findFirst().orElseThrow();
    }

    private Figure figure(int year, String key) {
        return source().figures(year).stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }
}
