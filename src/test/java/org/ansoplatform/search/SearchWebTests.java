package org.ansoplatform.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.search.indexing.SearchIndexer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class SearchWebTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SearchIndexer indexer;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    AccountManagement accounts;

    @BeforeEach
    void indexBuilt() {
        assertThat(indexer.awaitBuilt(Duration.ofSeconds(60))).isTrue();
    }

    @Test
    void thePageShowsHitsWithMarkedWordsFacetsAsLinksAndTheBoxInEveryLayout() throws Exception {
        String html = mvc.perform(get("/search").param("q", "Taklimakan"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<mark>Taklimakan</mark> desert forum")
                .contains("href=\"/search?q=Taklimakan&amp;year=2021\"")
                .contains("href=\"/search?q=Taklimakan&amp;country=CN\"")
                .contains("id=\"header-q\"");
        String filtered = mvc.perform(get("/search").param("q", "Taklimakan").param("year", "2021"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(filtered).contains("aria-current=\"true\"").contains("href=\"/search?q=Taklimakan\"");
        assertThat(mvc.perform(get("/search").header("Accept-Language", "zh")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("搜索词");
    }

    @Test
    void wordsThePageCannotSearchAreRefusedNextToTheBoxInTheReadersLanguage() throws Exception {
        String html = mvc.perform(get("/search").param("q", "x".repeat(201)).header("Accept-Language", "fr"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("aria-invalid=\"true\"").contains("id=\"search-q-error\"").contains("200 caractères au plus.");
        mvc.perform(get("/search").param("q", "forum").param("year", "last")).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/search").param("q", "forum").param("page", "-x")).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/search")).andExpect(status().isOk());
    }

    @Test
    void theApiAnswersHitsWithReferencesHighlightsFacetsAndPages() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "Taklimakan").param("year", "2021"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].ref").value(org.hamcrest.Matchers.startsWith("meetings:meeting:")))
                .andExpect(jsonPath("$.hits[0].title").value("Taklimakan desert forum"))
                .andExpect(jsonPath("$.hits[0].highlight").value("<mark>Taklimakan</mark> desert forum"))
                .andExpect(jsonPath("$.hits[0].path").value(org.hamcrest.Matchers.startsWith("/meetings/")))
                .andExpect(jsonPath("$.facets.year[0].value").value("2021"))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void theApiRefusesEmptyTooLongAndMalformedInputWithAProblemOnTheField() throws Exception {
        mvc.perform(get("/api/v1/search")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/v1/search").param("q", "y".repeat(201)).header("Accept-Language", "zh"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value("最多 200 个字符。"));
        mvc.perform(get("/api/v1/search").param("q", "forum").param("size", "many")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/search").param("q", "forum").param("country", "China")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("country"));
    }

    @Test
    void anUnpublishedMeetingIsFoundByTheSecretariatOnlyNotByVisitorsNorAnotherSignedInPerson() throws Exception {
        String word = SearchMeetings.word("bilby");
        UUID draft = meetings.create(SearchMeetings.meeting(word + " planning meeting", null, 2033, "KE", false));
        Someone secretariat = Someone.register(accounts, "Search Secretariat", "SECRETARIAT");
        Someone applicant = Someone.register(accounts, "Search Applicant", "APPLICANT");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/api/v1/search").param("q", word)
                .with(secretariat.signedIn())).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].ref").value("meetings:meeting:" + draft)));

        mvc.perform(get("/api/v1/search").param("q", word)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0)).andExpect(jsonPath("$.facets.year").isEmpty());
        mvc.perform(get("/api/v1/search").param("q", word).with(applicant.signedIn())).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0)).andExpect(jsonPath("$.facets.year").isEmpty());
        assertThat(mvc.perform(get("/search").param("q", word).with(applicant.signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain(draft.toString()).contains("No results");
        assertThat(mvc.perform(get("/search").param("q", word).with(secretariat.signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("/secretariat/meetings/" + draft + "/edit");
    }
}
