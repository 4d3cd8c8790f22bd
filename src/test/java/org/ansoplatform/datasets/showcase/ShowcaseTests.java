package org.ansoplatform.datasets.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.deposit.CurationManagement;
import org.ansoplatform.datasets.deposit.DatasetManagement;
import org.ansoplatform.datasets.deposit.DatasetMetadata;
import org.ansoplatform.datasets.deposit.DatasetPublishing;
import org.ansoplatform.datasets.deposit.DatasetQueries;
import org.ansoplatform.datasets.deposit.FileAccess;
import org.ansoplatform.files.TestFiles;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.Records;
import org.ansoplatform.projects.ProjectQueries;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordChanged;
import org.ansoplatform.shared.RecordRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Application showcases: written by the Secretariat and data curators, read by everyone once published (list, theme
 * page, own page, search, figures, records); a draft or withdrawn one answers 404 to everyone else.
 */
@RecordApplicationEvents
class ShowcaseTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired ShowcaseManagement showcases;
    @Autowired ShowcaseQueries queries;
    @Autowired ShowcaseDocuments documents;
    @Autowired ShowcaseFigures figures;
    @Autowired ProjectQueries projects;
    @Autowired Records records;
    @Autowired ApplicationEvents events;

    Someone secretariat;
    Someone curator;
    Someone applicant;
    Actor actor;
    String marker;

    @BeforeEach
    void people() {
        secretariat = Someone.register(accounts, "Showcase Secretariat", "SECRETARIAT");
        curator = Someone.register(accounts, "Data Curator", "DATA_CURATOR");
        applicant = Someone.register(accounts, "An Applicant", "APPLICANT");
        actor = new Actor(curator.id(), curator.email(), null, clock.instant());
        marker = "Q" + UUID.randomUUID().toString().substring(0, 8);
    }

    ShowcaseCommand command(String title, ShowcaseTheme theme, String link, RecordRef project, List<RecordRef> datasets) {
        return new ShowcaseCommand(LocalizedText.of(Map.of("en", title, "zh", title + " 平台")),
                LocalizedText.of(Map.of("en", "Maps of drought risk for farmers, " + marker)), ShowcaseKind.WEB_PLATFORM, theme, link,
                datasets, project, "");
    }

    RecordRef aProject() {
        return ProjectQueries.ref(projects.search(ProjectQueries.Filter.none(), PageRequest.of(0, 1)).items().get(0).id());
    }

    @Test
    void aDraftIsSeenByItsManagersOnlyAndAPublishedShowcaseByEveryone() throws Exception {
        UUID id = showcases.create(command("Drought Watch " + marker, ShowcaseTheme.WATER, "https://drought.example.org/", aProject(),
                List.of()), actor);
        mvc.perform(get("/showcases/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/showcases/" + id).with(applicant.signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/curation/showcases/" + id).with(applicant.signedIn())).andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/showcases")).andReturn().getResponse().getContentAsString()).doesNotContain(marker);
        assertThat(documents.document(ShowcaseManagement.ref(id))).isEmpty();
        assertThat(records.describe(ShowcaseManagement.ref(id), Reader.anonymous(), Locale.ENGLISH).visible()).isFalse();
        assertThat(records.describe(ShowcaseManagement.ref(id), Reader.person(curator.id(), curator.roles()), Locale.ENGLISH)
                .path()).isEqualTo("/curation/showcases/" + id);
        for (Someone manager : List.of(secretariat, curator)) {
            assertThat(mvc.perform(get("/curation/showcases/" + id).with(manager.signedIn())).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(marker);
        }

        mvc.perform(post("/curation/showcases/" + id + "/publish").with(csrf()).with(applicant.signedIn())).andExpect(status().isForbidden());
        assertThat(queries.byId(id).orElseThrow().published()).isFalse();
        mvc.perform(post("/curation/showcases/" + id + "/publish").with(csrf()).with(curator.signedIn())).andExpect(status().is3xxRedirection());
        assertThat(events.stream(ShowcaseChanged.class).filter(e -> e.recordId().equals(id.toString())).map(ShowcaseChanged::action))
                .contains("showcase.created", "showcase.published");
        assertThat(events.stream(RecordChanged.class).filter(e -> e.ref().equals(ShowcaseManagement.ref(id)))).isNotEmpty();

        String page = mvc.perform(get("/showcases/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Drought Watch " + marker).contains("https://drought.example.org/");
        assertThat(mvc.perform(get("/showcases/themes/water")).andReturn().getResponse().getContentAsString()).contains(marker);
        assertThat(mvc.perform(get("/showcases/themes/health")).andReturn().getResponse().getContentAsString()).doesNotContain(marker);
        assertThat(mvc.perform(get("/showcases").param("theme", "water")).andReturn().getResponse().getContentAsString()).contains(marker);
        assertThat(mvc.perform(get("/showcases").param("theme", "biodiversity")).andReturn().getResponse().getContentAsString())
                .doesNotContain(marker);
        mvc.perform(get("/showcases/themes/no-such-theme")).andExpect(status().isNotFound());
        assertThat(documents.document(ShowcaseManagement.ref(id)).orElseThrow().title().get("zh")).contains("平台");
        assertThat(records.describe(ShowcaseManagement.ref(id), Reader.anonymous(), Locale.ENGLISH).path())
                .isEqualTo(DatasetsPaths.showcase(id));
        int year = queries.byId(id).orElseThrow().publishedAt().atOffset(ZoneOffset.UTC).getYear();
        assertThat(figures.figures(year).get(0).records()).contains(ShowcaseManagement.ref(id));

        mvc.perform(post("/curation/showcases/" + id + "/withdraw").with(csrf()).with(secretariat.signedIn()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/showcases/" + id)).andExpect(status().isNotFound());
        assertThat(documents.document(ShowcaseManagement.ref(id))).isEmpty();
        assertThat(figures.figures(year).get(0).records()).doesNotContain(ShowcaseManagement.ref(id));
        assertThat(events.stream(ShowcaseChanged.class).filter(e -> e.recordId().equals(id.toString())).map(ShowcaseChanged::action))
                .contains("showcase.withdrawn");
    }

    @Test
    void theFormIsRefusedNextToItsFieldsAndAnApplicantCannotWrite() throws Exception {
        mvc.perform(get("/curation/showcases/new").with(applicant.signedIn())).andExpect(status().isForbidden());
        mvc.perform(post("/curation/showcases/new").with(csrf()).with(applicant.signedIn()).param("title[en]", "X")
                .param("description[en]", "Y").param("kind", "TOOL").param("theme", "WATER").param("link", "https://x.example.org/"))
                .andExpect(status().isForbidden());

        String refused = mvc.perform(post("/curation/showcases/new").with(csrf()).with(curator.signedIn()).param("title[en]", "Tool " + marker)
                .param("description[en]", "A tool.").param("kind", "TOOL").param("theme", "WATER").param("link", "javascript:alert(1)")
                .param("datasets", "datasets:dataset:" + UUID.randomUUID()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("link-error").contains("datasets-error");
        assertThat(queries.all()).noneMatch(s -> s.title().get("en").equals("Tool " + marker));

        mvc.perform(post("/curation/showcases/new").with(csrf()).with(curator.signedIn()).param("title[en]", "Tool " + marker)
                .param("description[en]", "A tool.").param("kind", "NOT_A_KIND").param("theme", "WATER").param("link", "https://x.example.org/"))
                .andExpect(status().is(422));

        mvc.perform(post("/curation/showcases/new").with(csrf()).with(secretariat.signedIn()).param("title[en]", "Tool " + marker)
                .param("description[en]", "A tool.").param("kind", "TOOL").param("theme", "DISASTERS").param("link", "https://x.example.org/")
                .param("project", aProject().id().toString())).andExpect(status().is3xxRedirection());
        ShowcaseView created = queries.all().stream().filter(s -> s.title().get("en").equals("Tool " + marker)).findFirst().orElseThrow();
        assertThat(created.project()).isEqualTo(aProject());
        assertThat(created.status()).isEqualTo(ShowcaseStatus.DRAFT);
    }

    @Test
    void linksDatasetsAndProjectsAreChecked() throws Exception {
        assertThatThrownBy(() -> showcases.create(command("A", ShowcaseTheme.OTHER, "ftp://files.example.org/", null, List.of()), actor))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> showcases.create(command("A", ShowcaseTheme.OTHER, "https:///nohost", null, List.of()), actor))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> showcases.create(command("A", ShowcaseTheme.OTHER, "https://ok.example.org/",
                ProjectQueries.ref(UUID.randomUUID()), List.of()), actor)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> showcases.create(command("A", ShowcaseTheme.OTHER, "https://ok.example.org/", null,
                List.of(RecordRef.of("projects", "project", UUID.randomUUID()))), actor))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(InvalidInputException.Violation::field)
                        .containsExactly("datasets"));
        // a published dataset is accepted and listed on the showcase's page
        Someone depositor = Someone.register(accounts, "Showcase Depositor");
        UUID published = dataset(depositor, "Published rainfall " + marker);
        publish(depositor, published);
        UUID id = showcases.create(command("Accepted " + marker, ShowcaseTheme.OTHER, "http://ok.example.org/path?q=1", aProject(),
                List.of(DatasetPublishing.conceptRef(published))), actor);
        assertThat(queries.byId(id).orElseThrow().link()).isEqualTo("http://ok.example.org/path?q=1");
        showcases.publish(id, actor);
        String page = mvc.perform(get(DatasetsPaths.showcase(id))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(DatasetsPaths.dataset(published)).contains("Published rainfall " + marker);
    }

    @Autowired DatasetManagement datasets;
    @Autowired CurationManagement curation;
    @Autowired DatasetQueries datasetQueries;

    /** A draft dataset with one open file, deposited by {@code depositor}. */
    UUID dataset(Someone depositor, String title) {
        as(depositor);
        try {
            UUID id = datasets.create(new DatasetMetadata(List.of(new DatasetMetadata.Text("en", title)), List.of(),
                    List.of(new DatasetMetadata.Agent(DatasetMetadata.AgentKind.ORGANIZATION, null, null, null, "ANSO", null, null,
                            null, null, null)),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "en", List.of(), null, "CC-BY-4.0", null));
            datasets.addFile(id, "rain.csv", new ByteArrayInputStream("day,mm\n2021-05-10,3.2\n".getBytes(StandardCharsets.UTF_8)),
                    FileAccess.OPEN, null);
            return id;
        } finally {
            as(null);
        }
    }

    void publish(Someone depositor, UUID datasetId) {
        try {
            as(depositor);
            datasets.submit(datasetId);
            UUID versionId = datasetQueries.latest(datasetId).orElseThrow().id();
            as(curator);
            curation.take(versionId);
            curation.publish(versionId);
        } finally {
            as(null);
        }
    }

    static void as(Someone person) {
        SecurityContextHolder.getContext().setAuthentication(person == null ? null
                : UsernamePasswordAuthenticationToken.authenticated(person, null,
                        person.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
    }

    @Test
    void screenshotsAreImagesByTheirBytesWithAlternativeText() throws Exception {
        UUID id = showcases.create(command("Shots " + marker, ShowcaseTheme.HEALTH, "https://shots.example.org/", null, List.of()), actor);
        MockMultipartFile disguised = new MockMultipartFile("image", "screen.png", "image/png", TestFiles.elf());
        mvc.perform(multipart("/curation/showcases/" + id + "/screenshots").file(disguised).param("alt", "The map")
                .with(csrf()).with(curator.signedIn())).andExpect(status().is3xxRedirection());
        assertThat(queries.byId(id).orElseThrow().screenshots()).isEmpty();
        MockMultipartFile png = new MockMultipartFile("image", "screen.bin", "application/octet-stream", TestFiles.png());
        mvc.perform(multipart("/curation/showcases/" + id + "/screenshots").file(png).param("alt", " ")
                .with(csrf()).with(curator.signedIn())).andExpect(status().is3xxRedirection());
        assertThat(queries.byId(id).orElseThrow().screenshots()).isEmpty();
        mvc.perform(multipart("/curation/showcases/" + id + "/screenshots").file(png).param("alt", "The map")
                .with(csrf()).with(applicant.signedIn())).andExpect(status().isForbidden());
        mvc.perform(multipart("/curation/showcases/" + id + "/screenshots").file(png).param("alt", "The forecast map")
                .with(csrf()).with(curator.signedIn())).andExpect(status().is3xxRedirection());
        ShowcaseView.Screenshot shot = queries.byId(id).orElseThrow().screenshots().get(0);
        assertThat(shot.alt()).isEqualTo("The forecast map");

        mvc.perform(get(shot.path())).andExpect(status().isNotFound());
        mvc.perform(get("/curation/showcases/" + id + "/screenshots/" + shot.id()).with(curator.signedIn())).andExpect(status().isOk());
        showcases.publish(id, actor);
        assertThat(mvc.perform(get(shot.path())).andExpect(status().isOk()).andReturn().getResponse().getContentType()).isEqualTo("image/png");
        assertThat(mvc.perform(get("/showcases/" + id)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("alt=\"The forecast map\"");

        mvc.perform(post("/curation/showcases/" + id + "/screenshots/" + shot.id() + "/remove").with(csrf()).with(secretariat.signedIn()))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.byId(id).orElseThrow().screenshots()).isEmpty();
        assertThat(events.stream(ShowcaseChanged.class).filter(e -> e.recordId().equals(id.toString())).map(ShowcaseChanged::action))
                .contains("showcase.screenshotAdded", "showcase.screenshotRemoved");
        assertThatThrownBy(() -> showcases.screenshot(id, "x.png", new ByteArrayInputStream(TestFiles.png()), "", actor))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDemoShowsTheTwoApplicationsOfTheSeedsWithTheirProjects() throws Exception {
        List<ShowcaseView> published = queries.published((ShowcaseTheme) null);
        ShowcaseView cropWatch = published.stream().filter(s -> s.title().get("en").equals("CropWatch Cloud")).findFirst().orElseThrow();
        ShowcaseView pandemic = published.stream().filter(s -> s.title().get("en").equals("ANSO Pandemic Forecast Information Platform"))
                .findFirst().orElseThrow();
        assertThat(cropWatch.theme()).isEqualTo(ShowcaseTheme.AGRICULTURE_FOOD);
        assertThat(pandemic.theme()).isEqualTo(ShowcaseTheme.HEALTH);
        for (ShowcaseView demo : List.of(cropWatch, pandemic)) {
            assertThat(demo.note()).startsWith("Illustrative");
            assertThat(demo.project()).isNotNull();
            assertThat(records.describe(demo.project(), Reader.anonymous(), Locale.ENGLISH).visible()).isTrue();
            assertThat(demo.title().values()).containsKeys("en", "zh", "ru", "es", "fr");
            assertThat(demo.screenshots()).allSatisfy(s -> assertThat(s.alt()).contains("Placeholder"));
        }
        assertThat(projects.byId(cropWatch.project().id()).orElseThrow().code()).isEqualTo("ANSO-CRP-2019-01");
        String projectPage = mvc.perform(get("/projects/" + cropWatch.project().id())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(projectPage).contains("Application showcases").contains(cropWatch.path());
        assertThat(DemoShowcases.placeholder(DemoShowcases.DEMOS.get(0))).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }
}
