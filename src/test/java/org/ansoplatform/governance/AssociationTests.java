package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Associations get a page each (aims, regions, lead and member institutions from the directory, coordinators, the
 * decision that approved them, their meetings) and a list searched and filtered by region, state and field, with
 * the API to match (issue 15, item 9).
 */
class AssociationTests extends IntegrationTest {

    static final String SECRETARIAT = "secretariat@example.org";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;
    @Autowired JsonMapper json;
    @Autowired AssociationQueries associations;
    @Autowired OrganizationQueries organizations;

    MockHttpServletResponse response(String email, String path) throws Exception {
        var request = get(path).locale(Locale.ENGLISH);
        if (email != null) {
            request = request.with(user(people.loadUserByUsername(email)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    String page(String email, String path) throws Exception {
        MockHttpServletResponse response = response(email, path);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    OrganizationView directory(String mention) {
        return organizations.byMention(mention).orElseThrow();
    }

    @Test
    void theListIsSearchedAndFilteredByRegionStateAndFieldOnThePageAndInTheApi() throws Exception {
        assertThat(page(null, "/governance/associations?q=rice")).contains("data-acronym=\"ANSO-RWIT\"")
                .doesNotContain("data-acronym=\"ANSO-DRR\"");
        assertThat(page(null, "/governance/associations?state=PROPOSED")).contains("data-acronym=\"ANSO-RWIT\"",
                "data-acronym=\"ANSO-DRR\"").doesNotContain("data-acronym=\"ANSO-APRD\"");
        assertThat(page(null, "/governance/associations?region=central")).contains("data-acronym=\"ANSO-DRR\"")
                .doesNotContain("data-acronym=\"ANSO-RWIT\"");
        assertThat(page(null, "/governance/associations?field=AGRICULTURAL_AND_VETERINARY_SCIENCES"))
                .contains("data-acronym=\"ANSO-RWIT\"", "Agricultural and veterinary sciences")
                .doesNotContain("data-acronym=\"ANSO-ACD\"");
        // a page is lenient with a value of the wrong type, the API refuses it
        assertThat(page(null, "/governance/associations?field=ASTROLOGY")).contains("data-acronym=\"ANSO-ACD\"");
        Api api = new Api(mvc, people, json);
        assertThat(api.get(null, "/api/v1/associations?field=ASTROLOGY").status()).isEqualTo(400);
        assertThat(api.get(null, "/api/v1/associations?state=proposed&region=Central").body().findValuesAsString("acronym"))
                .contains("ANSO-DRR").doesNotContain("ANSO-RWIT", "ANSO-APRD");
    }

    @Test
    void anAssociationsPageShowsItsAimsRegionsLeadFromTheDirectoryAndItsMeetings() throws Exception {
        AssociationView rwit = associations.search(new AssociationQueries.Filter("ANSO-RWIT", null, null, null)).get(0);
        OrganizationView cib = directory("Chengdu Institute of Biology, Chinese Academy of Sciences");
        assertThat(rwit.leadOrganizationId()).isEqualTo(cib.id());
        String page = page(null, "/governance/associations/" + rwit.id());
        assertThat(page).contains("Train and cultivate agricultural technical scientists", "Southeast Asia, South Asia, Africa",
                "href=\"/directory/" + cib.id() + "\"", "ANSO online open conference: agriculture and food security",
                "No decision has approved it yet.");
        JsonNode detail = new Api(mvc, people, json).get(null, "/api/v1/associations/" + rwit.id()).body();
        assertThat(detail.get("acronym").asString()).isEqualTo("ANSO-RWIT");
        assertThat(detail.get("lead").get("id").asString()).isEqualTo(cib.id().toString());
        assertThat(detail.get("meetings").findValues("title").stream().map(t -> t.get("en").asString()).toList()).contains("ANSO online open conference: agriculture and food security");
        assertThat(response(null, "/governance/associations/" + UUID.randomUUID()).getStatus()).isEqualTo(404);
    }

    @Test
    void theSecretariatChoosesTheInstitutionsFromTheDirectoryAndThePageNamesTheApprovingDecision() throws Exception {
        OrganizationView lead = directory("Xinjiang Institute of Ecology and Geography, Chinese Academy of Sciences (XIEG)");
        OrganizationView member = directory("Institute of Urban Environment, Chinese Academy of Sciences (IUE-CAS)");
        String acronym = "ANSO-T" + UUID.randomUUID().toString().substring(0, 5).toUpperCase(Locale.ROOT);

        // an id the directory does not have is refused next to its field, and nothing is recorded
        MockHttpServletResponse refused = mvc.perform(post("/secretariat/governance/associations").locale(Locale.ENGLISH)
                .param("acronym", acronym).param("name", "Alliance on Oases").param("leadOrganizationId", UUID.randomUUID().toString())
                .with(user(people.loadUserByUsername(SECRETARIAT))).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("No such organization in the directory.");
        assertThat(associations.exists(acronym)).isFalse();
        assertThat(mvc.perform(post("/secretariat/governance/associations").param("acronym", acronym).param("name", "x")
                .param("leadInstitution", "x").with(user(people.loadUserByUsername("board@example.org"))).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        MockHttpServletResponse proposed = mvc.perform(post("/secretariat/governance/associations").locale(Locale.ENGLISH)
                .param("acronym", acronym).param("name", "Alliance on Oases").param("leadOrganizationId", lead.id().toString())
                .param("field", "NATURAL_SCIENCES").param("regions", "Central Asia").param("coordinator", "Dr. Aigerim Sadykova")
                .param("memberIds", member.id().toString(), lead.id().toString())
                .with(user(people.loadUserByUsername(SECRETARIAT))).with(csrf())).andReturn().getResponse();
        assertThat(proposed.getRedirectedUrl()).startsWith("/governance/associations/");
        AssociationView recorded = associations.search(new AssociationQueries.Filter(acronym, null, null, null)).get(0);
        assertThat(recorded.leadInstitution()).isEqualTo(lead.name());
        assertThat(recorded.memberIds()).containsExactly(member.id(), lead.id());

        Api api = new Api(mvc, people, json);
        String board = api.post(SECRETARIAT, "/api/v1/secretariat/sessions", Map.of("body", "BOARD", "title", "Board on " + acronym,
                "startsAt", LocalDateTime.of(2026, 6, 2, 9, 0).toString(), "zone", "UTC", "mode", "ONLINE"))
                .body().get("session").get("id").asString();
        assertThat(api.post(SECRETARIAT, "/api/v1/secretariat/sessions/" + board + "/decisions", Map.of("text",
                "The Board approves the Alliance on Oases.", "outcome", "ADOPTED_BY_CONSENSUS", "subjectType", "ASSOCIATION",
                "subjectId", recorded.id().toString())).status()).isEqualTo(201);

        String page = page(null, "/governance/associations/" + recorded.id());
        assertThat(page).contains("href=\"/directory/" + lead.id() + "\"", "href=\"/directory/" + member.id() + "\"",
                "Dr. Aigerim Sadykova", "Natural sciences", "href=\"/governance/sessions/" + board + "\"",
                "The Board approves the Alliance on Oases.", "No meeting in the catalogue");
        JsonNode detail = api.get(null, "/api/v1/associations/" + recorded.id()).body();
        assertThat(detail.get("state").asString()).isEqualTo("APPROVED");
        assertThat(detail.get("decision").get("sessionId").asString()).isEqualTo(board);
        assertThat(detail.get("members").findValuesAsString("name")).containsExactlyInAnyOrderElementsOf(
                List.of(member.name(), lead.name()));

        Api.Answer unknown = api.post(SECRETARIAT, "/api/v1/secretariat/associations", Map.of("acronym", acronym + "X",
                "name", "Again", "leadOrganizationId", UUID.randomUUID().toString()));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(Api.firstError(unknown)).contains("No such organization");
    }
}
