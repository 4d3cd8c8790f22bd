package org.ansoplatform.calls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.platform.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The Secretariat writes a call's texts in every configured language, not in English and Chinese only (issue 16, item 4). */
class TranslatableFieldsTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    Languages languages;

    @Test
    void theCallEditorOffersOneInputPerConfiguredLanguage() throws Exception {
        Someone secretariat = Someone.register(accounts, "Polyglot Secretary", "SECRETARIAT");
        String page = mvc.perform(get("/secretariat/calls/new").with(secretariat.signedIn())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        for (Languages.Choice language : languages.choices()) {
            assertThat(page).contains("name=\"title[" + language.tag() + "]\"", "name=\"description[" + language.tag() + "]\"",
                    "name=\"tracks[0].name[" + language.tag() + "]\"", "name=\"hosts[0].name[" + language.tag() + "]\"",
                    "(" + language.name() + ")");
        }
        assertThat(page).doesNotContain("titleEn", "titleZh", "nameZh");
    }

    @Test
    void aCallWithoutATitleIsRefusedNextToTheFirstLanguagesTitle() throws Exception {
        Someone secretariat = Someone.register(accounts, "Careless Secretary", "SECRETARIAT");
        MockHttpServletResponse response = mvc.perform(post("/secretariat/calls/new").param("code", "no-title-call")
                .param("programmeCode", "test-programme").param("referencePrefix", "NTC").param("zone", "Asia/Shanghai")
                .param("opens", "2030-01-01T00:00").param("closes", "2030-02-01T00:00").param("status", "DRAFT")
                .param("form", "{\"sections\": []}").param("eligibility", "[]")
                .with(secretariat.signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"title-error\"");
    }
}
