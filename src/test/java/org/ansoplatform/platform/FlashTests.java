package org.ansoplatform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.ansoplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** A refusal shown after a redirect keeps its arguments, so the reader sees the numbers, not placeholders. */
class FlashTests extends IntegrationTest {

    @Autowired MockMvc mvc;

    @Test
    void aRefusalCarriesItsArgumentsAcrossTheRedirect() {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        boolean done = Flash.outcome(redirect, () -> {
            throw new InvalidInputException("reference", "calls.nomination.overQuota", 20);
        }, "flash.saved");
        assertThat(done).isFalse();
        assertThat(redirect.getFlashAttributes()).containsEntry("flashError", "calls.nomination.overQuota");
        assertThat((Object[]) redirect.getFlashAttributes().get("flashErrorArgs")).containsExactly(20);

        RedirectAttributesModelMap success = new RedirectAttributesModelMap();
        assertThat(Flash.outcome(success, () -> { }, "flash.saved")).isTrue();
        assertThat(success.getFlashAttributes()).containsOnlyKeys("flashSuccess");
    }

    @Test
    void theLayoutShowsTheMessageWithItsArguments() throws Exception {
        String page = mvc.perform(get("/").flashAttr("flashError", "calls.nomination.overQuota")
                .flashAttr("flashErrorArgs", new Object[] {20})).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("has used all 20 of its nominations").doesNotContain("{0}");
        String plain = mvc.perform(get("/").flashAttr("flashError", "error.uploadTooLarge")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(plain).contains("class=\"flash error\"");
    }
}
