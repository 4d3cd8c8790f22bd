package org.ansoplatform.finance.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Finance's pages and API as a demo person (null: anonymous), in English. */
final class FinanceClient {

    static final String FINANCE = "finance@example.org", SECRETARIAT = "secretariat@example.org",
            BOARD = "board@example.org", APPLICANT = "applicant@example.org";

    record Answer(int status, String text, String redirect) {
        JsonNode json(JsonMapper mapper) {
            return mapper.readTree(text);
        }
    }

    private final MockMvc mvc;
    private final UserDetailsService people;
    private final JsonMapper json;

    FinanceClient(MockMvc mvc, UserDetailsService people, JsonMapper json) {
        this.mvc = mvc;
        this.people = people;
        this.json = json;
    }

    Answer get(String email, String path) throws Exception {
        return perform(email, MockMvcRequestBuilders.get(path));
    }

    Answer post(String email, String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return perform(email, request);
    }

    Answer postJson(String email, String path, Object body) throws Exception {
        return perform(email, MockMvcRequestBuilders.post(path).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    Answer putJson(String email, String path, Object body) throws Exception {
        return perform(email, MockMvcRequestBuilders.put(path).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    private Answer perform(String email, MockHttpServletRequestBuilder request) throws Exception {
        request = request.locale(Locale.ENGLISH);
        if (email != null) {
            request = request.with(user(people.loadUserByUsername(email)));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return new Answer(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8), response.getRedirectedUrl());
    }
}
