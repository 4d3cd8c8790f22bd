package org.ansoplatform.organizations.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.StatusChangeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OrganizationApiTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrganizationQueries queries;
    @Autowired
    JsonMapper json;

    @Test
    void filtersByCountryAndTypeWithPagingMetadata() throws Exception {
        mvc.perform(get("/api/v1/organizations").param("country", "AR").param("type", "UNIVERSITY").param("size", "1")
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].name").value(
                        "Buenos Aires Faculty - National Technological University of Argentina (UTN-FRBA)"))
                .andExpect(jsonPath("$.items[0].country").value("AR"))
                .andExpect(jsonPath("$.items[0].type").value("UNIVERSITY"))
                .andExpect(jsonPath("$.items[0].status").value("APPLICANT"))
                .andExpect(jsonPath("$.items[0].statusSince").value("2021-10-09"));

        mvc.perform(get("/api/v1/organizations").param("country", "ar").param("type", "university")
                        .param("size", "1").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items[0].name").value("Universidad Nacional de San Juan"));
    }

    @Test
    void filtersByStatusAndSearchText() throws Exception {
        mvc.perform(get("/api/v1/organizations").param("country", "CU").param("type", "").param("status", "APPLICANT")
                        .param("q", "cuba").param("page", "").param("size", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name", hasItem("Cuban Academy of Sciences")))
                .andExpect(jsonPath("$.items[*].country", everyItem(is("CU"))))
                .andExpect(jsonPath("$.items[*].status", everyItem(is("APPLICANT"))));
    }

    @Test
    void unknownFilterValuesAreRefusedWithAProblemListingEachField() throws Exception {
        mvc.perform(get("/api/v1/organizations").param("country", "XX").param("type", "CASTLE").param("status", "KING")
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("country", "type", "status")))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Unknown country code. Use a two-letter ISO 3166-1 code such as CN or PK."));
    }

    @Test
    void oneOrganizationByIdAndNotFoundForAnUnknownId() throws Exception {
        UUID cuba = queries.search(new OrganizationQueries.Filter("Cuban Academy of Sciences", null, null, null),
                new org.ansoplatform.shared.PageRequest(0, 1)).items().get(0).id();

        mvc.perform(get("/api/v1/organizations/{id}", cuba))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(cuba.toString()))
                .andExpect(jsonPath("$.originalName").value("Academia de Ciencias de Cuba"));
        mvc.perform(get("/api/v1/organizations/{id}", UUID.randomUUID()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anonymousPostIsUnauthorizedWithAProblem() throws Exception {
        long before = queries.count();

        mvc.perform(postJson(body(unique("Testing Anonymous Institute"), "NP", "MEMBER", null)).with(csrf()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));

        assertThat(queries.count()).isEqualTo(before);
    }

    @Test
    void anApplicantMayNotPostOrPut() throws Exception {
        long before = queries.count();

        mvc.perform(postJson(body(unique("Testing Applicant Post"), "NP", "MEMBER", null))
                        .with(as("applicant@example.org")).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/organizations/{id}", UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Anything", "NP", "MEMBER", null))
                        .with(as("applicant@example.org")).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(queries.count()).isEqualTo(before);
    }

    @Test
    void theSecretariatRegistersAnOrganizationAndGetsItsLocation() throws Exception {
        String name = unique("Testing Api Institute");

        String response = mvc.perform(postJson("""
                        {"name": "%s", "originalName": "Institut d'essai", "country": "np", "type": "FOUNDATION",
                         "status": "PARTNER", "statusSince": "2025-11-20", "website": "https://api.example.org",
                         "rorId": "https://ror.org/034t30j35"}""".formatted(name))
                        .with(as("secretariat@example.org")).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.matchesPattern(
                        "http://localhost(:\\d+)?/api/v1/organizations/[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.country").value("NP"))
                .andExpect(jsonPath("$.rorId").value("034t30j35"))
                .andExpect(jsonPath("$.statusSince").value("2025-11-20"))
                .andReturn().getResponse().getContentAsString();

        UUID id = UUID.fromString(json.readTree(response).get("id").asString());
        assertThat(queries.byId(id)).hasValueSatisfying(o -> assertThat(o.name()).isEqualTo(name));
        assertThat(queries.statusHistory(id)).extracting(StatusChangeView::status).containsExactly(OrganizationStatus.PARTNER);
    }

    @Test
    void anInvalidPostIsRefusedWithFieldErrorsAndSavesNothing() throws Exception {
        long before = queries.count();

        mvc.perform(postJson("""
                        {"name": " ", "country": "NP", "status": "MEMBER"}""")
                        .with(as("secretariat@example.org")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "type")))
                .andExpect(jsonPath("$.errors[0].message").value("This field is required."));

        mvc.perform(postJson(body("Nanjing University", "XX", "PARTNER", "05qbk4x58"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh")
                        .with(as("secretariat@example.org")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "country", "rorId")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("已存在同名机构。")));

        assertThat(queries.count()).isEqualTo(before);
    }

    @Test
    void aPutUpdatesTheOrganizationAndRecordsTheStatusChangeInItsHistory() throws Exception {
        String name = unique("Testing Put Institute");
        String created = mvc.perform(postJson(body(name, "NP", "APPLICANT", null))
                        .with(as("secretariat@example.org")).with(csrf()))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String id = json.readTree(created).get("id").asString();

        mvc.perform(put("/api/v1/organizations/{id}", id).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "%s", "country": "NP", "type": "RESEARCH_INSTITUTE", "status": "PARTNER",
                                 "statusSince": "2026-02-02", "website": "https://put.example.org/"}""".formatted(name))
                        .with(as("secretariat@example.org")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PARTNER"))
                .andExpect(jsonPath("$.statusSince").value("2026-02-02"))
                .andExpect(jsonPath("$.website").value("https://put.example.org/"));

        String history = mvc.perform(get("/api/v1/organizations/{id}/status-history", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].status").value("APPLICANT"))
                .andExpect(jsonPath("$[1].status").value("PARTNER"))
                .andExpect(jsonPath("$[1].since").value("2026-02-02"))
                .andReturn().getResponse().getContentAsString();
        JsonNode last = json.readTree(history).get(1);
        assertThat(last.get("recordedBy").asString()).isEqualTo(
                ((org.ansoplatform.platform.SignedInPerson) users.loadUserByUsername("secretariat@example.org")).id().toString());
        assertThat(last.get("recordedAt").asString()).isNotBlank();
    }

    @Test
    void theApiRefusesToMakeOrUnmakeAMemberWithAReasonInTheReadersLanguage() throws Exception {
        long before = queries.count();
        mvc.perform(postJson(body(unique("Testing Api Member"), "NP", "MEMBER", null))
                        .with(as("secretariat@example.org")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.containsString("General Assembly")));
        assertThat(queries.count()).isEqualTo(before);

        String name = unique("Testing Api Applicant");
        String id = json.readTree(mvc.perform(postJson(body(name, "NP", "APPLICANT", null))
                        .with(as("secretariat@example.org")).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(put("/api/v1/organizations/{id}", id).contentType(MediaType.APPLICATION_JSON)
                        .content(body(name, "NP", "MEMBER", null)).header(HttpHeaders.ACCEPT_LANGUAGE, "zh")
                        .with(as("secretariat@example.org")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.containsString("全体大会")));
        assertThat(queries.byId(UUID.fromString(id)).orElseThrow().status()).isEqualTo(OrganizationStatus.APPLICANT);
    }

    @Test
    void aPutToAnUnknownOrganizationIsNotFound() throws Exception {
        mvc.perform(put("/api/v1/organizations/{id}", UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(unique("Testing Missing"), "NP", "MEMBER", null))
                        .with(as("secretariat@example.org")).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private static MockHttpServletRequestBuilder postJson(String body) {
        return post("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private static String body(String name, String country, String status, String rorId) {
        return """
                {"name": "%s", "country": "%s", "type": "RESEARCH_INSTITUTE", "status": "%s", "rorId": %s}"""
                .formatted(name, country, status, rorId == null ? "null" : "\"" + rorId + "\"");
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
