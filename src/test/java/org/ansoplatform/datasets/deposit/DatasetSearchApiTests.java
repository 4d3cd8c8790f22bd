package org.ansoplatform.datasets.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.datasets.DatasetUsage;
import org.ansoplatform.datasets.UsageVisit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's search and statistics: a script finds a published dataset by a word of its Chinese title with the
 * facets' counts, never a draft; a wrong type of value is a 400 problem; a dataset's usage comes per version and month,
 * and a draft's usage answers 404 as its page does.
 */
class DatasetSearchApiTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired DatasetManagement datasets;
    @Autowired CurationManagement curation;
    @Autowired DatasetQueries queries;
    @Autowired AccountManagement accounts;
    @Autowired DatasetUsage usage;

    @Test
    void aScriptSearchesThePublishedDatasetsAndReadsTheirUsage() throws Exception {
        DepositFixtures f = new DepositFixtures(datasets, curation, accounts);
        Someone depositor = f.depositor("Api Searcher");
        String marker = Long.toString(System.nanoTime(), 36);
        UUID published = f.draft(depositor, "Sary-Chelek snow depth " + marker, null);
        UUID versionId = f.publish(depositor, f.curator("Api Curator"), published, queries);
        UUID draft = f.draft(depositor, "Sary-Chelek draft " + marker, null);

        JsonNode found = json(get("/api/v1/datasets").param("q", "（中文） " + marker.toUpperCase()).param("language", "zh"));
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("datasetId").asString()).isEqualTo(published.toString());
        assertThat(found.get("items").get(0).get("title").asString()).contains("（中文）");
        assertThat(found.get("facets").get("licence").get(0).get("value").asString()).isEqualTo("CC-BY-4.0");
        assertThat(found.get("facets").get("licence").get(0).get("count").asLong()).isEqualTo(1);
        JsonNode bySdg = json(get("/api/v1/datasets").param("q", marker).param("sdg", "13"));
        assertThat(bySdg.get("total").asLong()).isEqualTo(1);
        assertThat(json(get("/api/v1/datasets").param("q", marker).param("sdg", "4")).get("total").asLong()).isZero();

        MockHttpServletResponse wrong = mvc.perform(get("/api/v1/datasets").param("sdg", "thirteen")).andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(wrong.getContentType()).startsWith("application/problem+json");

        usage.investigation(published, versionId, new UsageVisit("api-session-" + marker, "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0",
                "127.0.0.1", clock.instant()));
        JsonNode counted = json(get("/api/v1/datasets/" + published + "/usage"));
        assertThat(counted.get("total").get("totalInvestigations").asLong()).isEqualTo(1);
        assertThat(counted.get("months").get(0).get("versionId").asString()).isEqualTo(versionId.toString());
        assertThat(mvc.perform(get("/api/v1/datasets/" + draft + "/usage")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private JsonNode json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
