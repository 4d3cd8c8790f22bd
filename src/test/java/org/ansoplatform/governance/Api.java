package org.ansoplatform.governance;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the JSON API as a demo person, in English; answers status and parsed body. */
final class Api {

    record Answer(int status, JsonNode body) {
        String text(String field) {
            return body.get(field).asString();
        }
    }

    private final MockMvc mvc;
    private final UserDetailsService people;
    private final JsonMapper json;

    Api(MockMvc mvc, UserDetailsService people, JsonMapper json) {
        this.mvc = mvc;
        this.people = people;
        this.json = json;
    }

    UserDetails person(String email) {
        return people.loadUserByUsername(email);
    }

    Answer post(String email, String path, Object body) throws Exception {
        MockHttpServletResponse response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(user(person(email))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).locale(Locale.ENGLISH)
                        .content(body == null ? "{}" : json.writeValueAsString(body)))
                .andReturn().getResponse();
        return answer(response);
    }

    Answer get(String email, String path) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).locale(Locale.ENGLISH);
        if (email != null) {
            request = request.with(user(person(email)));
        }
        return answer(mvc.perform(request).andReturn().getResponse());
    }

    private Answer answer(MockHttpServletResponse response) throws Exception {
        String content = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return new Answer(response.getStatus(), content.isBlank() ? null : json.readTree(content));
    }

    static String firstError(Answer answer) {
        return answer.body().get("errors").get(0).get("message").asString();
    }
}
