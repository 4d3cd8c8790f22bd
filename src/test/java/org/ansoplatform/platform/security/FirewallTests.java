package org.ansoplatform.platform.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ansoplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The platform's firewall (HeaderCharacters) rejects what Spring's default rejects, and lets the rest through. */
class FirewallTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aHeaderWithAControlOrUnassignedCharacterIsRejectedWhenReadAndATabIsNot() throws Exception {
        // headers are checked when read; every request's Authorization header is
        mvc.perform(get("/api/v1/calls").header("Authorization", "Bearer a\u0007b")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/calls").header("Authorization", "Bearer a\u0378b")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/calls").header("Authorization", "Bearer a\tb")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/calls").header("Authorization", "Bearer caf\u00e9")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/calls")).andExpect(status().isOk());
    }
}
