package org.ansoplatform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** A refusal shown after a redirect keeps its arguments, so the reader sees the numbers, not placeholders. */
class FlashTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired org.ansoplatform.calls.CallManagement calls;
    @Autowired org.ansoplatform.accounts.AccountManagement accounts;

    @Test
    void aRefusalCarriesItsArgumentsAcrossTheRedirect() {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        boolean done = Flash.outcome(redirect, () -> {
            throw new InvalidInputException("reference", "calls.nomination.overQuota", 20);
        }, "flash.saved");
        assertThat(done).isFalse();
        assertThat(redirect.getFlashAttributes().get("flashError")).isEqualTo("calls.nomination.overQuota");
        assertThat((Object[]) redirect.getFlashAttributes().get("flashErrorArgs")).containsExactly(20);

        RedirectAttributesModelMap success = new RedirectAttributesModelMap();
        assertThat(Flash.outcome(success, () -> { }, "flash.saved")).isTrue();
        assertThat(success.getFlashAttributes().keySet()).containsExactly("flashSuccess");
    }

    @Test
    void theLayoutShowsTheMessageWithItsArguments() throws Exception {
        java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
        java.util.UUID callId = calls.create(org.ansoplatform.calls.CallTestDataAccess.call("flash", now.plusDays(5), now.plusDays(9)));
        Someone applicant = Someone.register(accounts, "Flash Applicant", "APPLICANT");
        var refused = mvc.perform(post("/calls/" + callId + "/apply").with(applicant.signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(refused.getRedirectedUrl()).isEqualTo("/calls/" + callId);
        jakarta.servlet.http.Cookie session = refused.getCookie("SESSION");
        assertThat(session).isNotNull();
        String page = mvc.perform(get("/calls/" + callId).cookie(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("class=\"flash error\"", "The call opens on").doesNotContain("{0}");
    }
}
