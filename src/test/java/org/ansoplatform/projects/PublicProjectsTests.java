package org.ansoplatform.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public directory, a project's page and map, the JSON API, and who may read an unpublished project. */
class PublicProjectsTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganizationManagement organizationManagement;
    @Autowired
    OrganizationQueries organizations;
    @Autowired
    AccountManagement accounts;
    @Autowired
    MeetingQueries meetings;

    @Autowired
    ProjectFixtures fixtures;

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void theProjectPageShowsPartnersTeamPublicOutputsReportsMapAndJsonLdInTheReadersLanguage() throws Exception {
        Map<String, UUID> seeds = SeedProjects.create(fixtures, organizationManagement, organizations);
        UUID cropwatch = seeds.get("CropWatch-ICP");
        MeetingView meeting = meetings.all(MeetingQueries.Filter.published()).get(0);
        UUID training = fixtures.output(cropwatch, OutputKind.TRAINING, "CropWatch online workshop in Nigeria",
                LocalDate.of(2021, 5, 25), "meetings:meeting:" + meeting.id(), null, null, true, List.of());
        fixtures.trainees(training, "NG", Gender.FEMALE, 12);
        fixtures.trainees(training, "LK", Gender.MALE, 3);
        fixtures.output(cropwatch, OutputKind.DATASET, "Unpublished crop dataset", LocalDate.of(2021, 6, 1), null, null, null,
                false, List.of("PK"));
        fixtures.report(cropwatch, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), ReportStatus.ACCEPTED,
                "Two training courses were held.", true);
        fixtures.report(cropwatch, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), ReportStatus.SUBMITTED,
                "Draft narrative kept private.", false);

        String page = perform(get("/projects/" + cropwatch).param("lang", "zh")).getContentAsString();

        assertThat(page).contains("基于CropWatch云平台的农业监测", "Aerospace Information Research Institute, CAS",
                "吴炳方", "https://orcid.org/0000-0002-1825-0097", "CropWatch online workshop in Nigeria",
                "/meetings/" + meeting.id(), "Two training courses were held.", "\"@type\":\"ResearchProject\"",
                "<svg", "data-country=\"CN\"", "data-country=\"NG\"", "class=\"reached\" data-country=\"LK\"",
                "id=\"map-title\"", "https://ror.org/");
        assertThat(page).doesNotContain("wu@example.org", "Unpublished crop dataset", "Draft narrative kept private.",
                "data-country=\"PK\"");
    }

    @Test
    void theMapIsAnSvgFileWithATitleAndTheCountriesHighlighted() throws Exception {
        UUID water = SeedProjects.create(fixtures, organizationManagement, organizations).get("DWPSS");

        MockHttpServletResponse map = perform(get("/projects/" + water + "/map.svg"));

        assertThat(map.getStatus()).isEqualTo(200);
        assertThat(map.getContentType()).startsWith("image/svg+xml");
        assertThat(map.getContentAsString()).contains("<title id=\"map-title\">", "class=\"partner\" data-country=\"KG\"",
                "class=\"partner\" data-country=\"CN\"").doesNotContain("http://tile", "<script", "<image");
    }

    @Test
    void anUnpublishedProjectIsNotFoundForVisitorsAndOtherPeopleButShownToTheSecretariatAndItsTeam() throws Exception {
        Someone member = Someone.register(accounts, "Team Member");
        Someone other = Someone.register(accounts, "Someone Else", "APPLICANT", "REVIEWER");
        Someone secretariat = Someone.register(accounts, "Secretariat Officer", "SECRETARIAT");
        String code = ProjectFixtures.unique("HIDDEN");
        UUID id = fixtures.project(code, "HIDDEN-ONE", LocalizedText.of("A project not yet published", "未发布的项目"),
                LocalizedText.of("", ""), ProjectStatus.AWARDED, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), false);
        UUID partner = fixtures.partner(id, SeedProjects.organization(organizationManagement, "Hidden institute", "PK"),
                PartnerRole.LEAD);
        fixtures.member(id, partner, member.id(), "Team Member", member.email(), null, MemberRole.PRINCIPAL_INVESTIGATOR);

        for (String path : List.of("/projects/" + id, "/projects/" + id + "/map.svg", "/api/v1/projects/" + id,
                "/api/v1/projects/" + id + "/outputs", "/api/v1/projects/" + id + "/reports")) {
            assertThat(perform(get(path)).getStatus()).as("anonymous " + path).isEqualTo(404);
            assertThat(perform(get(path).with(other.signedIn())).getStatus()).as("other " + path).isEqualTo(404);
            assertThat(perform(get(path).with(secretariat.signedIn())).getStatus()).as("secretariat " + path).isEqualTo(200);
            assertThat(perform(get(path).with(member.signedIn())).getStatus()).as("team " + path).isEqualTo(200);
        }
        assertThat(perform(get("/projects").param("q", code)).getContentAsString()).doesNotContain(code);
        assertThat(perform(get("/api/v1/projects").param("country", "PK")).getContentAsString()).doesNotContain(code);
        assertThat(perform(get("/api/v1/projects").param("country", "PK").with(secretariat.signedIn())).getContentAsString())
                .contains(code);
    }

    @Test
    void theDirectoryFiltersByStatusCountrySdgThemeAndYear() throws Exception {
        Map<String, UUID> seeds = SeedProjects.create(fixtures, organizationManagement, organizations);

        String kyrgyz = perform(get("/projects").param("country", "KG").param("status", "completed")).getContentAsString();
        assertThat(kyrgyz).contains("/projects/" + seeds.get("DWPSS")).doesNotContain("/projects/" + seeds.get("CropWatch-ICP"));
        String water = perform(get("/projects").param("sdg", "6").param("theme", "WATER").param("year", "2020")).getContentAsString();
        assertThat(water).contains("/projects/" + seeds.get("DWPSS")).doesNotContain("/projects/" + seeds.get("ANSO-MISSPAD"));
        String mongolia = perform(get("/api/v1/projects").param("country", "mn").param("year", "2024")).getContentAsString();
        assertThat(mongolia).contains(seeds.get("CMR-Eco").toString()).doesNotContain(seeds.get("DWPSS").toString());
        assertThat(perform(get("/projects").param("sdg", "99").param("year", "soon")).getStatus())
                .as("the page ignores what it cannot read").isEqualTo(200);
    }

    @Test
    void theApiRefusesBadFiltersWithAProblemNamingEachInTheReadersLanguage() throws Exception {
        MockHttpServletResponse refused = perform(get("/api/v1/projects").param("status", "FINISHED").param("sdg", "18")
                .param("country", "XX").param("year", "soon").header("Accept-Language", "fr"));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\"", "\"sdg\"", "\"country\"", "\"year\"",
                "Statut inconnu", "de 1 à 17", "Saisissez une année");
    }

    @Test
    void theApiGivesPublicOutputsAndReportsToEveryoneAndEveryOneToTheSecretariat() throws Exception {
        UUID misspad = SeedProjects.create(fixtures, organizationManagement, organizations).get("ANSO-MISSPAD");
        fixtures.output(misspad, OutputKind.ADVISORY_REPORT, "Emergency forecast for the oil tanker off Sri Lanka",
                LocalDate.of(2020, 12, 1), null, null, null, true, List.of("LK"));
        fixtures.output(misspad, OutputKind.OTHER, "Internal note", LocalDate.of(2021, 1, 1), null, null, null, false, List.of());
        fixtures.report(misspad, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), ReportStatus.RETURNED, "Returned once.", false);
        Someone secretariat = Someone.register(accounts, "Secretariat Reader", "SECRETARIAT");

        String project = perform(get("/api/v1/projects/" + misspad)).getContentAsString();
        assertThat(project).contains("\"acronym\":\"ANSO-MISSPAD\"", "\"zh\":\"面向减灾的次季节至季节预测\"", "\"orcid\"")
                .doesNotContain("email", "grantedAmount", "100000");
        String outputs = perform(get("/api/v1/projects/" + misspad + "/outputs")).getContentAsString();
        assertThat(outputs).contains("Sri Lanka", "\"LK\"").doesNotContain("Internal note");
        assertThat(perform(get("/api/v1/projects/" + misspad + "/outputs").with(secretariat.signedIn())).getContentAsString())
                .contains("Internal note");
        assertThat(perform(get("/api/v1/projects/" + misspad + "/reports")).getContentAsString()).isEqualTo("[]");
        assertThat(perform(get("/api/v1/projects/" + misspad + "/reports").with(secretariat.signedIn())).getContentAsString())
                .contains("Returned once.");
    }

    @Test
    void onlyTheDirectoryAndProjectPagesAreOpenNotEverythingUnderProjects() throws Exception {
        assertThat(perform(get("/projects")).getStatus()).isEqualTo(200);
        MockHttpServletResponse mine = perform(get("/projects/mine"));
        assertThat(mine.getStatus()).isEqualTo(302);
        assertThat(mine.getRedirectedUrl()).endsWith("/login");
        assertThat(perform(get("/projects/" + UUID.randomUUID())).getStatus()).isEqualTo(404);
        assertThat(perform(get("/")).getContentAsString()).contains("href=\"/projects\"");
    }
}
