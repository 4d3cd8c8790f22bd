package org.ansoplatform.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.figures.FigureQueries;
import org.ansoplatform.figures.FigureRef;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.platform.Records;
import org.ansoplatform.shared.FigureScope;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordView;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 24: the projects' figures narrowed to one project ({@code project=CODE}: CropWatch's trainees and their
 * countries) and to a programme's projects ({@code programme=CODE}), in the year asked.
 */
class ProjectScopedFiguresTests extends IntegrationTest {

    /** A year of its own, so that other tests' projects do not count. */
    private static final int YEAR = 1991;

    @Autowired
    OrganizationManagement organizationManagement;

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    FigureQueries figures;

    @Autowired
    Records records;

    @Test
    void aProjectsTraineesAndTheirCountriesAreItsOwnOfTheYear() {
        String code = ProjectFixtures.unique("SCOPE");
        UUID project = fixtures.project(code, "SCOPED", LocalizedText.of("Scoped project", ""), LocalizedText.of("", ""),
                ProjectStatus.ACTIVE, LocalDate.of(YEAR - 1, 1, 1), LocalDate.of(YEAR + 1, 12, 31), true);
        UUID other = fixtures.project(ProjectFixtures.unique("OTHER"), "OTHER", LocalizedText.of("Other project", ""),
                LocalizedText.of("", ""), ProjectStatus.ACTIVE, LocalDate.of(YEAR - 1, 1, 1), LocalDate.of(YEAR + 1, 12, 31), true);
        UUID course = fixtures.output(project, OutputKind.TRAINING, "Scoped course", LocalDate.of(YEAR, 5, 2), null, null, null, true,
                List.of());
        fixtures.trainees(course, "KG", Gender.FEMALE, 20);
        fixtures.trainees(course, "KZ", Gender.MALE, 16);
        UUID earlier = fixtures.output(project, OutputKind.TRAINING, "Scoped earlier course", LocalDate.of(YEAR - 1, 5, 2), null, null,
                null, true, List.of());
        fixtures.trainees(earlier, "TJ", Gender.MALE, 9);
        UUID elsewhere = fixtures.output(other, OutputKind.TRAINING, "Other course", LocalDate.of(YEAR, 6, 2), null, null, null, true,
                List.of());
        fixtures.trainees(elsewhere, "NG", Gender.MALE, 12);

        FigureRef trainees = ref("projects.trainees@project=" + code);
        FigureRef countries = ref("projects.trainees@project=" + code + "#parts");
        FigureRef before = ref("projects.trainees@project=" + code + "/" + (YEAR - 1));
        FigureRef active = ref("projects.active@project=" + code);
        FigureRef unscoped = ref("projects.trainees");
        FigureRef programme = ref("projects.trainees@programme=cooperation");
        Map<FigureRef, FigureQueries.Resolved> resolved = figures.resolve(List.of(trainees, countries, before, active, unscoped,
                programme), YEAR);

        assertThat(resolved.get(trainees).value()).isEqualTo(36);
        assertThat(resolved.get(trainees).records()).containsExactly(output(course));
        assertThat(resolved.get(countries).value()).isEqualTo(2);
        assertThat(resolved.get(before).value()).as("the year applies to a project").isEqualTo(9);
        assertThat(resolved.get(active).records()).containsExactly(RecordRef.of("projects", "project", project));
        assertThat(resolved.get(unscoped).value()).isGreaterThanOrEqualTo(48);
        assertThat(resolved.get(programme).records()).contains(output(course), output(elsewhere));

        RecordView listed = records.describe(RecordRef.of("projects", "project", project), Reader.anonymous(), Locale.ENGLISH);
        assertThat(listed.date()).isEqualTo(LocalDate.of(YEAR - 1, 1, 1));
        assertThat(listed.detail()).isEqualTo(code);
        RecordView taught = records.describe(output(course), Reader.anonymous(), Locale.ENGLISH);
        assertThat(taught.date()).isEqualTo(LocalDate.of(YEAR, 5, 2));
        assertThat(taught.detail()).isEqualTo(code);
        assertThat(taught.illustrative()).isFalse();

        assertThat(figures.scopes(YEAR).get("projects")).anySatisfy(choice -> {
            assertThat(choice.scope()).isEqualTo(new FigureScope("project", code));
            assertThat(choice.label().in(Locale.ENGLISH)).isEqualTo("Scoped project");
        });
    }

    @Test
    void anUnknownProjectOrProgrammeNamesNothing() {
        List<FigureRef> unknown = List.of(ref("projects.trainees@project=NO-SUCH-" + UUID.randomUUID()),
                ref("projects.trainees@programme=no-such-programme"), ref("projects.trainees@meeting=" + UUID.randomUUID()));
        assertThat(figures.resolve(unknown, YEAR).values())
                .allSatisfy(resolved -> assertThat(resolved.problem()).isEqualTo(FigureQueries.Problem.UNKNOWN_SCOPE));
    }

    private static FigureRef ref(String text) {
        return FigureRef.parse(text).orElseThrow(() -> new AssertionError("not a reference: " + text));
    }

    private static RecordRef output(UUID id) {
        return RecordRef.of("projects", "output", id);
    }
}
