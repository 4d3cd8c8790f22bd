package org.ansoplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A malformed id in a path names nothing: 404 like an unknown id, for pages and the API alike. */
class MalformedIdsTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Test
    void aPageAnswersItsNotFoundPage() throws Exception {
        Someone admin = Someone.register(accounts, "Id Typist", "ADMIN");
        MockHttpServletResponse response = mvc.perform(get("/admin/people/not-an-id").with(admin.signedIn()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
    }

    @Test
    void theApiAnswersANotFoundProblem() throws Exception {
        Someone secretariat = Someone.register(accounts, "Api Typist", "SECRETARIAT");
        MockHttpServletResponse response = mvc.perform(get("/api/v1/organizations/12345").with(secretariat.signedIn()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).doesNotContain("UUID").doesNotContain("Exception");
    }
}
