package org.ansoplatform.datasets.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ansoplatform.datasets.deposit.DepositFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.datasets.DatasetFileRefused;
import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.projects.PublicProjectQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Deposit's pages as each kind of reader meets them: the form refused next to its fields (422) and its rows added
 * without saving; another signed-in person, the Secretariat and visitors never see a draft; the landing page of a
 * published version with its citation, DOI (draft state only to insiders), project and versions; linksets and content
 * negotiation (never 406); open, restricted and embargoed downloads; access requests; the curators' pages; tombstones.
 */
@RecordApplicationEvents
class DatasetPagesTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired DatasetManagement datasets;
    @Autowired CurationManagement curation;
    @Autowired DatasetQueries queries;
    @Autowired AccountManagement accounts;
    @Autowired AccessRequests requests;
    @Autowired PublicProjectQueries projects;
    @Autowired ApplicationEvents events;

    @AfterEach
    void signOut() {
        as(null);
    }

    DepositFixtures fixtures() {
        return new DepositFixtures(datasets, curation, accounts);
    }

    @Test
    void theDepositFormIsRefusedNextToItsFieldsAddsRowsAndSavesADraftNobodyElseSees() throws Exception {
        DepositFixtures f = fixtures();
        Someone depositor = f.depositor("Form Filler");
        MockHttpServletResponse refused = send(post("/me/datasets/new").param("titles[0].language", "en")
                .param("titles[0].text", "Glacier mass balance").param("creators[0].kind", "PERSON")
                .param("creators[0].familyName", "Doe").param("creators[0].orcid", "0000-0002-1825-0098")
                .param("sdgs", "13").param("licence", "CC-BY-4.0"), depositor.signedIn());
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("This is not a valid ORCID iD").contains("Glacier mass balance");
        assertThat(queries.depositedBy(depositor.id())).isEmpty();

        MockHttpServletResponse badDate = send(post("/me/datasets/new").param("titles[0].language", "en")
                .param("titles[0].text", "Glacier mass balance").param("creators[0].kind", "PERSON")
                .param("creators[0].familyName", "Doe").param("dates[0].date", "2021-04-31").param("dates[0].type", "COLLECTED")
                .param("licence", "CC-BY-4.0"), depositor.signedIn());
        assertThat(badDate.getStatus()).isEqualTo(422);
        assertThat(badDate.getContentAsString()).contains("dates[0].date-error").contains("Write a real date");
        assertThat(queries.depositedBy(depositor.id())).isEmpty();

        MockHttpServletResponse added = send(post("/me/datasets/new").param("titles[0].language", "en")
                .param("titles[0].text", "Glacier mass balance").param("creators[0].familyName", "Doe")
                .param("add", "creators"), depositor.signedIn());
        assertThat(added.getStatus()).isEqualTo(200);
        assertThat(added.getContentAsString()).contains("creators[1].familyName").contains("Glacier mass balance");
        assertThat(queries.depositedBy(depositor.id())).isEmpty();

        MockHttpServletResponse saved = send(post("/me/datasets/new").param("titles[0].language", "en")
                .param("titles[0].text", "Glacier mass balance").param("creators[0].kind", "PERSON")
                .param("creators[0].familyName", "Doe").param("creators[0].orcid", DepositFixtures.ORCID)
                .param("keywords", "glacier\nice").param("sdgs", "13").param("licence", "CC-BY-4.0"), depositor.signedIn());
        assertThat(saved.getStatus()).isEqualTo(302);
        UUID id = queries.depositedBy(depositor.id()).get(0).datasetId();
        assertThat(saved.getRedirectedUrl()).isEqualTo(DatasetAddresses.mine(id));
        assertThat(queries.latest(id).orElseThrow().metadata().keywords()).containsExactly("glacier", "ice");
        assertThat(html(DatasetAddresses.mine(id), depositor.signedIn())).contains("Glacier mass balance");

        Someone other = f.depositor("Nosy Neighbour");
        Someone secretariat = Someone.register(accounts, "Sec Retariat", "SECRETARIAT");
        assertThat(status(get(DatasetAddresses.mine(id)), other.signedIn())).isEqualTo(404);
        assertThat(status(get(DatasetAddresses.mine(id)), secretariat.signedIn())).isEqualTo(404);
        assertThat(status(post(DatasetAddresses.mine(id) + "/submit"), other.signedIn())).isEqualTo(404);
        assertThat(status(get(DatasetAddresses.MINE), null)).isEqualTo(302);
        assertThat(status(get(DatasetsPaths.dataset(id)), depositor.signedIn())).isEqualTo(404);
        assertThat(status(get(DatasetsPaths.version(id, 1)), null)).isEqualTo(404);
        assertThat(html(DatasetAddresses.MINE, other.signedIn())).doesNotContain("Glacier mass balance");
    }

    @Test
    void theLandingPageShowsCitationDoiProjectAndVersionsAndClosedFilesAnswer404() throws Exception {
        DepositFixtures f = fixtures();
        Someone depositor = f.depositor("Lana Landing");
        Someone curator = f.curator("Cora Curator");
        Someone reader = f.depositor("Rob Reader");
        UUID project = projects.ids(PublicProjectQueries.Filter.none()).get(0);
        UUID id = f.draft(depositor, "Tian Shan snow cover", project);
        UUID embargoed = f.file(id, "later.csv", "a,b\n1,2\n", FileAccess.EMBARGOED, LocalDate.now(clock).plusDays(10));

        as(depositor);
        datasets.submit(id);
        as(null);
        UUID versionId = queries.latest(id).orElseThrow().id();
        assertThat(html("/curation/datasets", curator.signedIn())).contains("Tian Shan snow cover");
        assertThat(status(get("/curation/datasets"), depositor.signedIn())).isEqualTo(403);
        assertThat(status(post("/curation/datasets/" + versionId + "/take"), curator.signedIn())).isEqualTo(302);
        assertThat(status(post("/curation/datasets/" + versionId + "/publish"), curator.signedIn())).isEqualTo(302);
        VersionView version = queries.version(versionId).orElseThrow();
        assertThat(version.published()).isTrue();

        String page = html(DatasetsPaths.dataset(id), null);
        assertThat(page).contains("Tian Shan snow cover").contains(version.doi()).contains("application/ld+json")
                .contains("/projects/" + project).contains("Carberry").contains("https://orcid.org/" + DepositFixtures.ORCID)
                .contains("CC-BY-4.0").contains("class=\"citation\"").doesNotContain("DOI state");
        assertThat(html(DatasetsPaths.dataset(id), depositor.signedIn())).contains("DOI state");
        assertThat(html(DatasetsPaths.version(id, 1) + "?style=IEEE", null)).contains(version.doi());
        MockHttpServletResponse negotiated = send(get(DatasetsPaths.dataset(id)).header("Accept",
                "application/vnd.datacite.datacite+xml"), null);
        assertThat(negotiated.getStatus()).isEqualTo(200);
        assertThat(send(get(DatasetsPaths.linkset(id, 1)).header("Accept", "application/linkset+json"), null).getContentType())
                .startsWith("application/linkset+json");
        assertThat(send(get(DatasetsPaths.linkset(id, 1)).header("Accept", "application/linkset"), null).getContentType())
                .startsWith("application/linkset");

        FileView open = queries.files(versionId).stream().filter(file -> file.name().equals("rainfall.csv")).findFirst().orElseThrow();
        FileView restricted = queries.files(versionId).stream().filter(file -> file.name().equals("notes.txt")).findFirst().orElseThrow();
        String openPath = open.path(id, 1);
        String restrictedPath = restricted.path(id, 1);
        String embargoedPath = DatasetsPaths.file(id, 1, embargoed);
        MockHttpServletResponse download = send(get(openPath), null);
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsString(StandardCharsets.UTF_8)).contains("Bishkek");
        assertThat(status(get(restrictedPath), null)).isEqualTo(404);
        assertThat(status(get(restrictedPath), reader.signedIn())).isEqualTo(404);
        assertThat(events.stream(DatasetFileRefused.class).filter(e -> e.fileId().equals(restricted.id()))).hasSize(2);
        assertThat(status(get(restrictedPath), depositor.signedIn())).isEqualTo(200);
        assertThat(status(get(restrictedPath), curator.signedIn())).isEqualTo(200);
        assertThat(status(get(embargoedPath), null)).isEqualTo(404);

        assertThat(status(post(version.path() + "/access").param("reason", "For my thesis on snow."), reader.signedIn()))
                .isEqualTo(302);
        assertThat(status(post(version.path() + "/access").param("reason", "Anonymous"), null)).isEqualTo(302);
        AccessRequestView asked = queries.accessRequests(id).get(0);
        assertThat(asked.personId()).isEqualTo(reader.id());
        assertThat(status(post(DatasetAddresses.mine(id) + "/requests/" + asked.id()).param("grant", "true"), reader.signedIn()))
                .isEqualTo(404);
        assertThat(status(post(DatasetAddresses.mine(id) + "/requests/" + asked.id()).param("grant", "true")
                .param("message", "Granted for research."), depositor.signedIn())).isEqualTo(302);
        assertThat(status(get(restrictedPath), reader.signedIn())).isEqualTo(200);

        clock.advance(Duration.ofDays(11));
        assertThat(status(get(embargoedPath), null)).isEqualTo(200);

        as(depositor);
        datasets.newVersion(id);
        as(null);
        assertThat(status(get(DatasetsPaths.version(id, 2)), null)).isEqualTo(404);
        f.publish(depositor, curator, id, queries);
        assertThat(html(DatasetsPaths.dataset(id), null)).contains(queries.version(id, 2).orElseThrow().doi());
        assertThat(html("/datasets/" + id + "/diff?from=1&to=2", null)).contains("Changes from version 1 to version 2");

        assertThat(status(post("/curation/datasets/" + versionId + "/withdraw").param("reason", "Wrong station."),
                curator.signedIn())).isEqualTo(302);
        assertThat(html(DatasetsPaths.version(id, 1), null)).contains("This version was withdrawn").contains("Wrong station.")
                .contains(version.doi());
        assertThat(status(get(openPath), null)).isEqualTo(404);
        assertThat(status(get(openPath), depositor.signedIn())).isEqualTo(404);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        request.with(csrf());
        if (who != null) {
            request.with(who);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private int status(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return send(request, who).getStatus();
    }

    private String html(String path, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = send(get(path), who);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
