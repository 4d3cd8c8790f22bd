package org.ansoplatform.partnerships.technology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.datasets.deposit.CurationManagement;
import org.ansoplatform.datasets.deposit.DatasetManagement;
import org.ansoplatform.datasets.deposit.DatasetQueries;
import org.ansoplatform.datasets.deposit.DepositFixtures;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.partnerships.TechnologyKind;
import org.ansoplatform.partnerships.TechnologyOfferManagement;
import org.ansoplatform.partnerships.TechnologyQueries;
import org.ansoplatform.partnerships.TechnologyRepresentativeManagement;
import org.ansoplatform.shared.RecordRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Offers cite datasets (issue 22, item 6): typed one per line in the offer's form, checked through platform.Records (a
 * visitor must see each), stored, shown with their titles on the offer's page to the public and the Secretariat and in
 * the API's JSON; an unknown reference or another person's draft is refused next to the field and nothing is stored.
 */
class TechnologyCitationTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired OrganizationManagement organizations;
    @Autowired TechnologyRepresentativeManagement representatives;
    @Autowired TechnologyOfferManagement offers;
    @Autowired TechnologyQueries queries;
    @Autowired DatasetManagement datasets;
    @Autowired CurationManagement curation;
    @Autowired DatasetQueries datasetQueries;
    @Autowired org.ansoplatform.search.SearchQueries search;
    @Autowired org.ansoplatform.search.indexing.SearchIndexer indexer;

    TechnologyFixtures fixtures;
    DepositFixtures deposits;
    TechnologyFixtures.Party institute;
    Someone secretary;
    Someone depositor;
    String marker;

    @BeforeEach
    void fixtures() {
        fixtures = new TechnologyFixtures(accounts, organizations, representatives, offers, clock);
        deposits = new DepositFixtures(datasets, curation, accounts);
        institute = fixtures.party("Institute", "CN", OrganizationType.RESEARCH_INSTITUTE);
        secretary = Someone.register(accounts, "Secretary", "SECRETARIAT");
        depositor = deposits.depositor("Depositor");
        marker = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void signOut() {
        DepositFixtures.as(null);
    }

    @Test
    void aPublishedDatasetIsCitedAndShownWithItsTitleToThePublicTheSecretariatAndTheApi() throws Exception {
        assertThat(indexer.awaitBuilt(java.time.Duration.ofSeconds(60))).isTrue();
        UUID dataset = deposits.draft(depositor, "Chui valley rainfall " + marker, null);
        deposits.publish(depositor, deposits.curator("Curator"), dataset, datasetQueries);
        String ref = "datasets:dataset:" + dataset;

        MockHttpServletResponse created = mvc.perform(offerForm("Rain-fed rice " + marker, " " + ref + "\n\n" + ref + "\n"))
                .andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        UUID id = UUID.fromString(created.getRedirectedUrl().substring(created.getRedirectedUrl().lastIndexOf('/') + 1));
        assertThat(queries.byId(id).orElseThrow().related()).containsExactly(RecordRef.parse(ref));

        // another organization's representative neither reaches the form nor changes what it cites
        TechnologyFixtures.Party other = fixtures.party("Other", "KE", OrganizationType.COMPANY);
        MockHttpServletResponse edit = mvc.perform(get("/me/technology/" + id + "/edit").with(other.person().signedIn()))
                .andReturn().getResponse();
        assertThat(edit.getStatus()).isEqualTo(404);
        MockHttpServletResponse change = mvc.perform(post("/me/technology/" + id + "/edit").with(csrf())
                .with(other.person().signedIn()).param("title[en]", "Taken over").param("summary[en]", "x").param("trl", "6")
                .param("sectors", "ENERGY").param("ipStatus", "OPEN").param("related", "")).andReturn().getResponse();
        assertThat(change.getStatus()).isEqualTo(404);
        assertThat(queries.byId(id).orElseThrow().related()).containsExactly(RecordRef.parse(ref));
        assertThat(body(get("/me/technology/" + id + "/edit").with(institute.person().signedIn()))).contains(ref);

        offers.submit(id, institute.actor(clock));
        assertThat(body(get("/technology/offers/" + id).with(secretary.signedIn())))
                .contains("href=\"/datasets/" + dataset + "\"").contains("Chui valley rainfall " + marker);
        offers.publish(id, fixtures.secretariat());
        assertThat(body(get("/technology/offers/" + id))).contains("class=\"related\"")
                .contains("href=\"/datasets/" + dataset + "\"").contains("Chui valley rainfall " + marker);
        assertThat(body(get("/api/v1/technology/offers/" + id))).contains("\"ref\":\"" + ref + "\"")
                .contains("Chui valley rainfall " + marker);
        // the cited dataset's title finds the offer in search
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(search
                .search(org.ansoplatform.search.SearchRequest.of("Chui " + marker), org.ansoplatform.shared.Reader.anonymous(),
                        java.util.Locale.ENGLISH).hits().items().stream().map(org.ansoplatform.search.SearchHit::path).toList())
                .contains("/technology/offers/" + id));
    }

    @Test
    void anUnknownOrMalformedReferenceIsRefusedNextToTheFieldAndNothingIsStored() throws Exception {
        int before = queries.ofOrganizations(List.of(institute.organization())).size();
        for (String bad : List.of("datasets:dataset:" + UUID.randomUUID(), "not a reference", "nosuch:thing:" + UUID.randomUUID())) {
            MockHttpServletResponse response = mvc.perform(offerForm("Bad citation " + marker, bad)).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(422);
            assertThat(response.getContentAsString()).contains("id=\"related-error\"")
                    .contains("is not a published record of the platform");
        }
        assertThat(queries.ofOrganizations(List.of(institute.organization()))).hasSize(before);
    }

    @Test
    void anotherPersonsDraftDatasetIsRefusedAsInvisible() throws Exception {
        UUID draft = deposits.draft(depositor, "Unpublished draft " + marker, null);
        DepositFixtures.as(null);
        MockHttpServletResponse response = mvc.perform(offerForm("Cites a draft " + marker, "datasets:dataset:" + draft))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("id=\"related-error\"").doesNotContain("Unpublished draft " + marker);
        // nor can its own depositor cite it while it is a draft: an offer is meant to be public
        assertThat(queries.ofOrganizations(List.of(institute.organization()))).isEmpty();
    }

    private MockHttpServletRequestBuilder offerForm(String title, String related) {
        return post("/me/technology/new").with(csrf()).with(institute.person().signedIn())
                .param("kind", TechnologyKind.OFFER.name()).param("organizationId", institute.organization().toString())
                .param("title[en]", title).param("summary[en]", "What it does").param("trl", "6").param("sectors", "ENERGY")
                .param("ipStatus", "OPEN").param("related", related);
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }
}
