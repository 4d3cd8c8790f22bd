package org.ansoplatform.datasets.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ansoplatform.datasets.deposit.DepositFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.datasets.DatasetStatus;
import org.ansoplatform.platform.ApiTokenScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A script deposits with its owner's personal API token of write scope: a draft, its metadata, a file, submission;
 * a read-only token, another person's token and no token are refused; drafts are read only by their depositor.
 */
class DatasetApiTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired DatasetManagement datasets;
    @Autowired CurationManagement curation;
    @Autowired DatasetQueries queries;

    @AfterEach
    void signOut() {
        as(null);
    }

    static final String METADATA = """
            {"titles":[{"language":"en","text":"Scripted soil moisture"}],
             "creators":[{"kind":"PERSON","familyName":"Carberry","givenName":"Josiah","orcid":"0000-0002-1825-0097"}],
             "keywords":["soil"],"sdgs":[2],"licence":"CC-BY-4.0"}""";

    @Test
    void aWriteScopedTokenDepositsFromAScriptAndOthersAreRefused() throws Exception {
        Someone depositor = active("Scripting Depositor");
        String write = "Bearer " + accounts.createApiToken(depositor.id(), "deposit script").secret();
        String read = "Bearer " + accounts.createApiToken(depositor.id(), "reader", ApiTokenScope.READ, null).secret();
        Someone other = active("Other Scripter");
        String othersToken = "Bearer " + accounts.createApiToken(other.id(), "other").secret();

        assertThat(call(post("/api/v1/datasets").contentType(MediaType.APPLICATION_JSON).content(METADATA), read).getStatus())
                .isEqualTo(403);
        assertThat(call(post("/api/v1/datasets").contentType(MediaType.APPLICATION_JSON).content(METADATA), null).getStatus())
                .isEqualTo(401);
        MockHttpServletResponse created = call(post("/api/v1/datasets").contentType(MediaType.APPLICATION_JSON).content(METADATA), write);
        assertThat(created.getStatus()).isEqualTo(201);
        UUID id = queries.depositedBy(depositor.id()).get(0).datasetId();
        assertThat(created.getContentAsString()).contains(id.toString());

        MockHttpServletResponse refused = call(put("/api/v1/datasets/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(METADATA.replace("0000-0002-1825-0097", "0000-0002-1825-0098")), write);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("creators[0].orcid");
        assertThat(call(put("/api/v1/datasets/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(METADATA.replace("Scripted", "Scripted daily")), write).getStatus()).isEqualTo(200);
        assertThat(call(put("/api/v1/datasets/" + id).contentType(MediaType.APPLICATION_JSON).content(METADATA), othersToken)
                .getStatus()).isEqualTo(404);

        MockMultipartFile csv = new MockMultipartFile("file", "moisture.csv", "text/csv",
                "site,day,pct\nA,2021-05-10,31\n".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse file = call(multipart("/api/v1/datasets/" + id + "/files").file(csv).param("access", "OPEN"), write);
        assertThat(file.getStatus()).isEqualTo(201);
        assertThat(file.getContentAsString()).contains("moisture.csv");

        assertThat(call(get("/api/v1/datasets/" + id), othersToken).getStatus()).isEqualTo(404);
        assertThat(call(get("/api/v1/datasets/" + id), null).getStatus()).isEqualTo(404);
        assertThat(call(get("/api/v1/datasets/" + id), read).getContentAsString()).contains("Scripted daily soil moisture");

        assertThat(call(post("/api/v1/datasets/" + id + "/submit"), write).getStatus()).isEqualTo(200);
        assertThat(queries.latest(id).orElseThrow().status()).isEqualTo(DatasetStatus.SUBMITTED);

        Someone curator = Someone.register(accounts, "Api Curator", "DATA_CURATOR");
        as(curator);
        UUID version = queries.latest(id).orElseThrow().id();
        curation.take(version);
        curation.publish(version);
        as(null);
        MockHttpServletResponse published = call(get("/api/v1/datasets/" + id + "/versions/1"), null);
        assertThat(published.getStatus()).isEqualTo(200);
        assertThat(published.getContentAsString()).contains(queries.version(version).orElseThrow().doi()).contains("PUBLISHED");
        assertThat(call(get("/api/v1/datasets/" + id + "/versions"), null).getContentAsString()).contains("moisture.csv");
    }

    /** An account that may use tokens: active, not waiting for its email's verification. */
    private Someone active(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "." + System.nanoTime() + "@example.net";
        UUID id = accounts.createActive(email, name, "a sturdy api passphrase", java.util.EnumSet.of(org.ansoplatform.accounts.Role.APPLICANT));
        return new Someone(id, email, name, java.util.Set.of("APPLICANT"));
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> MockHttpServletResponse call(B request, String bearer)
            throws Exception {
        if (bearer != null) {
            request.header("Authorization", bearer);
        } else {
            request.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
