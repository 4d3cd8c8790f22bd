package org.ansoplatform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Unreadable JSON is a problem that names the field, in the caller's language, and never echoes the parser. */
class ApiErrorsTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JsonMapper json;

    @Test
    void anUnknownEnumValueNamesItsField() throws Exception {
        Someone secretariat = Someone.register(accounts, "Json Checker", "SECRETARIAT");
        MockHttpServletResponse response = mvc.perform(post("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Starfleet Academy\", \"country\": \"NP\", \"type\": \"SPACESHIP\", \"status\": \"MEMBER\"}")
                .header("Accept-Language", "zh").with(secretariat.signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("type");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("可接受");
        assertThat(response.getContentAsString()).doesNotContain("SPACESHIP").doesNotContain("tools.jackson").doesNotContain("OrganizationType");
    }

    @Test
    void malformedJsonIsABadRequestWithoutDetail() throws Exception {
        Someone secretariat = Someone.register(accounts, "Json Breaker", "SECRETARIAT");
        MockHttpServletResponse response = mvc.perform(post("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": ").with(secretariat.signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).doesNotContain("Unexpected end-of-input");
    }
}
