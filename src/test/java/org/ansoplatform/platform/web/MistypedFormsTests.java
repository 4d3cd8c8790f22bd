package org.ansoplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A typed form sent with a value of the wrong kind is refused with the form shown again (422), the message
 * next to the field and the rest of what was typed kept, never a 500: Spring builds the record without the
 * value it could not convert, and the page still reads every field.
 */
class MistypedFormsTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Test
    void aSessionWithAMistypedTimeIsShownAgain() throws Exception {
        Someone secretariat = Someone.register(accounts, "Form Typist", "SECRETARIAT");
        MockHttpServletResponse response = mvc.perform(post("/secretariat/governance/sessions")
                        .param("body", "BOARD").param("title", "Fifth meeting of the Governing Board")
                        .param("startsAt", "next tuesday").param("zone", "Asia/Shanghai").param("mode", "ONLINE")
                        .with(secretariat.signedIn()).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("startsAt-error").contains("Fifth meeting of the Governing Board");
    }

    @Test
    void aMeetingWithAMistypedDateAndCapacityIsShownAgainWithNamesInAnyScript() throws Exception {
        Someone secretariat = Someone.register(accounts, "Nguyễn Văn Thành", "SECRETARIAT");
        MockHttpServletResponse response = mvc.perform(post("/secretariat/meetings/new")
                        .param("kind", "WORKSHOP").param("title[en]", "Семинар محمد علی 张伟").param("timeZone", "Asia/Shanghai")
                        .param("mode", "ONLINE").param("startDate", "31/02/2026").param("capacity", "many")
                        .with(secretariat.signedIn()).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        String page = response.getContentAsString();
        assertThat(page).contains("startDate-error").contains("capacity-error").contains("Семинар محمد علی 张伟");
    }
}
