package org.ansoplatform.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.platform.Records;
import org.ansoplatform.search.SearchHit;
import org.ansoplatform.search.SearchQueries;
import org.ansoplatform.search.SearchRequest;
import org.ansoplatform.search.indexing.SearchIndexer;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureSource;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The projects' yearly figures with the records they count, and projects in search. */
class ProjectFiguresTests extends IntegrationTest {

    private static final Reader SECRETARIAT = Reader.person(UUID.randomUUID(), Set.of("SECRETARIAT"));

    @Autowired
    OrganizationManagement organizationManagement;
    @Autowired
    OrganizationQueries organizations;
    @Autowired
    List<FigureSource> sources;
    @Autowired
    Records records;
    @Autowired
    SearchQueries search;
    @Autowired
    SearchIndexer indexer;

    @Autowired
    ProjectFixtures fixtures;

    Map<String, Figure> figures(int year) {
        FigureSource projects = sources.stream().filter(source -> source.module().equals("projects")).findFirst().orElseThrow();
        return projects.figures(year).stream().collect(java.util.stream.Collectors.toMap(Figure::key, f -> f));
    }

    static List<String> countries(Figure figure) {
        return figure.parts().stream().map(Figure.Part::code).toList();
    }

    @Test
    void startedActiveAndCompletedProjectsOfAYearCountByCountryAndGoalWithTheirRecords() {
        // a year of its own, so that other tests' projects do not count
        int year = 1990;
        UUID started = fixtures.project(ProjectFixtures.unique("F1"), "F-START", LocalizedText.of("Started", ""),
                LocalizedText.of("", ""), ProjectStatus.ACTIVE, LocalDate.of(year, 3, 1), LocalDate.of(year + 2, 2, 28), false);
        fixtures.partner(started, SeedProjects.organization(organizationManagement, "Kyrgyz lab", "KG"), PartnerRole.LEAD);
        fixtures.partner(started, SeedProjects.organization(organizationManagement, "Chinese lab", "CN"),
                PartnerRole.PARTNER);
        fixtures.sdgs(started, 6, 13);
        UUID completed = fixtures.project(ProjectFixtures.unique("F2"), "F-DONE", LocalizedText.of("Completed", ""),
                LocalizedText.of("", ""), ProjectStatus.COMPLETED, LocalDate.of(year - 2, 1, 1), LocalDate.of(year, 6, 30), true);
        fixtures.partner(completed, SeedProjects.organization(organizationManagement, "Nigerian lab", "NG"),
                PartnerRole.LEAD);
        fixtures.sdgs(completed, 2);
        UUID stopped = fixtures.project(ProjectFixtures.unique("F3"), "F-STOP", LocalizedText.of("Stopped early", ""),
                LocalizedText.of("", ""), ProjectStatus.ACTIVE, LocalDate.of(year - 3, 1, 1), LocalDate.of(year + 1, 1, 1), true);
        fixtures.terminate(stopped, Instant.parse((year - 1) + "-05-01T00:00:00Z"));
        UUID training = fixtures.output(completed, OutputKind.TRAINING, "Operators' training", LocalDate.of(year, 4, 2), null,
                null, null, true, List.of());
        fixtures.trainees(training, "KG", Gender.FEMALE, 7);
        fixtures.trainees(training, "KG", Gender.MALE, 5);
        fixtures.trainees(training, "KZ", Gender.UNKNOWN, 2);
        UUID stations = fixtures.output(completed, OutputKind.BENEFICIARIES, "Water stations", LocalDate.of(year, 11, 17),
                null, 15_000, 11, false, List.of("KG"));
        fixtures.output(completed, OutputKind.PUBLICATION, "Next year's paper", LocalDate.of(year + 1, 1, 5), null, null, null,
                true, List.of("LK"));
        // what a report not yet accepted holds is not counted: the same as the project's own page shows (ReportQueries)
        UUID pending = fixtures.output(completed, OutputKind.DATASET, "Data of a report still under review", LocalDate.of(year, 8, 1),
                null, null, null, true, List.of("LK"));
        fixtures.inReport(pending, ReportStatus.SUBMITTED);
        UUID accepted = fixtures.output(started, OutputKind.TRAINING, "Course of an accepted report", LocalDate.of(year, 9, 1),
                null, null, null, true, List.of());
        fixtures.trainees(accepted, "KG", Gender.MALE, 3);
        fixtures.inReport(accepted, ReportStatus.ACCEPTED);

        Map<String, Figure> figures = figures(year);

        assertThat(figures.get("projects.started").count()).isEqualTo(1);
        assertThat(countries(figures.get("projects.started"))).containsExactly("CN", "KG");
        assertThat(figures.get("projects.startedBySdg").parts()).extracting(Figure.Part::code).containsExactly("6", "13");
        assertThat(figures.get("projects.active").records()).containsExactlyInAnyOrder(ref("project", started), ref("project", completed));
        assertThat(figures.get("projects.completed").records()).containsExactly(ref("project", completed));
        assertThat(figures.get("projects.completedBySdg").parts().get(0).label().get("en")).isEqualTo("SDG 2");
        assertThat(figures.get("projects.outputs").parts()).extracting(Figure.Part::code).containsExactly("TRAINING", "BENEFICIARIES");
        Figure trainees = figures.get("projects.trainees");
        assertThat(trainees.count()).isEqualTo(17);
        assertThat(trainees.parts()).extracting(Figure.Part::code, Figure.Part::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("KG", 15L), org.assertj.core.groups.Tuple.tuple("KZ", 2L));
        assertThat(figures.get("projects.beneficiaries").count()).isEqualTo(15_000);
        assertThat(figures.get("projects.beneficiaries").records()).containsExactly(ref("output", stations));
        assertThat(countries(figures.get("projects.countriesReached"))).containsExactly("KG", "KZ");
        assertThat(figures.get("projects.countriesReached").count()).isEqualTo(2);

        // the records: an unpublished project and a private output are the Secretariat's only
        List<RecordView> anonymous = records.describe(List.of(ref("project", started), ref("project", completed),
                ref("output", stations), ref("output", training)), Reader.anonymous(), Locale.ENGLISH);
        assertThat(anonymous).extracting(RecordView::visible).containsExactly(false, true, false, true);
        assertThat(anonymous.get(1).path()).isEqualTo("/projects/" + completed);
        assertThat(anonymous.get(3).path()).isEqualTo("/projects/" + completed + "#output-" + training);
        assertThat(records.describe(ref("project", started), SECRETARIAT, Locale.ENGLISH).title()).isEqualTo("Started");
    }

    @Test
    void publishedProjectsAreFoundByTitleInEveryLanguageAcronymAndPartnerAndUnpublishedOnesOnlyByTheSecretariat() {
        assertThat(indexer.awaitBuilt(Duration.ofSeconds(60))).isTrue();
        String acronym = "ZQX" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        UUID id = fixtures.project(ProjectFixtures.unique("S"), acronym, LocalizedText.of("Glacier lakes of the Pamir", "帕米尔冰湖监测"),
                LocalizedText.of("Outburst floods.", ""), ProjectStatus.ACTIVE, LocalDate.of(2021, 1, 1), LocalDate.of(2023, 1, 1), false);
        fixtures.partner(id, SeedProjects.organization(organizationManagement, "Tajik glaciology centre", "TJ"),
                PartnerRole.LEAD);
        fixtures.changed(id);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(paths(acronym, SECRETARIAT)).contains("/projects/" + id));
        assertThat(paths(acronym, Reader.anonymous())).isEmpty();

        fixtures.publish(id, true);
        fixtures.changed(id);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(paths(acronym, Reader.anonymous())).contains("/projects/" + id));
        assertThat(paths("帕米尔冰湖", Reader.anonymous())).contains("/projects/" + id);
        SearchHit hit = search.search(SearchRequest.of("Tajik glaciology " + acronym), Reader.anonymous(), Locale.ENGLISH)
                .hits().items().get(0);
        assertThat(hit.ref()).isEqualTo(ref("project", id));
        assertThat(search.search(new SearchRequest(acronym, null, null, "TJ", null, 0, 20), Reader.anonymous(), Locale.ENGLISH)
                .hits().items()).extracting(SearchHit::path).contains("/projects/" + id);
    }

    List<String> paths(String q, Reader reader) {
        return search.search(SearchRequest.of(q), reader, Locale.ENGLISH).hits().items().stream().map(SearchHit::path).toList();
    }

    static RecordRef ref(String type, UUID id) {
        return RecordRef.of("projects", type, id);
    }
}
