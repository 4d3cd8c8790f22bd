package org.ansoplatform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** A problem's title is in the caller's language like its detail, not the English reason phrase (issue 16, item 5). */
class ProblemTitlesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JsonMapper json;

    @Test
    void aRefusedInputsProblemHasAChineseTitle() throws Exception {
        Someone secretariat = Someone.register(accounts, "Title Checker", "SECRETARIAT");
        MockHttpServletResponse response = mvc.perform(post("/api/v1/organizations").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": ").header("Accept-Language", "zh").with(secretariat.signedIn()).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).get("title").asString()).isEqualTo("请求无效");
    }

    @Test
    void theSecurityFiltersProblemHasAChineseTitleToo() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/secretariat/activity").header("Accept-Language", "zh"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).get("title").asString()).isEqualTo("未登录");
    }

    @Test
    void inEnglishTheTitleStaysPlain() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/secretariat/activity").header("Accept-Language", "en"))
                .andReturn().getResponse();
        assertThat(json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).get("title").asString()).isEqualTo("Not signed in");
    }
}
