package org.ansoplatform.calls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallStatus;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The form builder and the preview: each change saved and shown, each bad input refused next to its input with
 * the call unchanged, the pages the Secretariat’s alone, and a draft’s public page shown to the Secretariat only.
 */
class CallBuilderPagesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CallManagement calls;

    @Autowired
    CallQueries callQueries;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    AccountManagement accounts;

    Someone secretariat;
    Someone applicant;
    UUID callId;
    String base;

    @BeforeEach
    void setUp() {
        secretariat = Someone.register(accounts, "Builder Secretariat", "SECRETARIAT");
        applicant = Someone.register(accounts, "Builder Applicant", "APPLICANT");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        callId = calls.create(CallTestDataAccess.call("builder", now.minusDays(1), now.plusDays(30)));
        base = "/secretariat/calls/" + callId + "/builder/form";
    }

    @Test
    void theSecretariatAddsAQuestionAndMakesItRequiredIf() throws Exception {
        assertThat(send(get(base).with(secretariat.signedIn())).getContentAsString()).contains("id=\"field-proposal\"", "Add a question");
        MockHttpServletResponse added = send(post(base + "/fields").param("version", version()).param("newField.section", "about")
                .param("newField.key", "thesis").param("newField.type", "LONG_TEXT").param("newField.label[en]", "Thesis plan"));
        assertThat(added.getRedirectedUrl()).isEqualTo(base + "/fields/thesis");
        String editor = send(get(base + "/fields/thesis").with(secretariat.signedIn())).getContentAsString();
        assertThat(editor).contains("value=\"thesis\"", "Thesis plan", "name=\"requiredIfField\"");

        MockHttpServletResponse saved = send(fieldSave("thesis").param("maxWords", "300").param("requiredIfField", "track")
                .param("requiredIfValues", "PHD"));
        assertThat(saved.getRedirectedUrl()).isEqualTo(base + "#field-thesis");
        FormField thesis = callQueries.any(callId).definition().form().field("thesis").orElseThrow();
        assertThat(thesis.requiredIf()).isEqualTo(new FormField.Condition("track", List.of("PHD")));
        assertThat(thesis.maxWords()).isEqualTo(300);

        send(post(base + "/fields/thesis/move").param("version", version()).param("direction", "up"));
        assertThat(callQueries.any(callId).definition().form().sections().get(0).fields()).extracting(FormField::key)
                .containsSubsequence("thesis", "cv");
        String preview = send(get("/secretariat/calls/" + callId + "/preview").with(secretariat.signedIn())).getContentAsString();
        assertThat(preview).contains("Preview: nothing is saved", "Thesis plan", "required if “Track” is “PhD”", "<fieldset disabled");
    }

    @Test
    void eachBadInputIsRefusedNextToItsInputAndNothingChanges() throws Exception {
        int version = callQueries.any(callId).version();
        assertRefused(post(base + "/sections").param("version", version()).param("sectionKey", "about").param("sectionTitle[en]", "Again"),
                "sectionKey-error", "already has a section");
        assertRefused(post(base + "/fields").param("version", version()).param("newField.section", "about").param("newField.key", "2 bad")
                .param("newField.type", "TEXT").param("newField.label[en]", "Bad"), "newField.key-error", "Give a key");
        assertRefused(post(base + "/fields").param("version", version()).param("newField.section", "about").param("newField.key", "level")
                .param("newField.type", "SINGLE_CHOICE").param("newField.label[en]", "Level"), "newField.options-error", "level");
        assertRefused(fieldSave("proposal").param("requiredIfField", "proposal").param("requiredIfValues", "x"),
                "fields[proposal].requiredIf-error", "its own answer");
        assertRefused(fieldSave("proposal").param("requiredIfField", "track").param("requiredIfValues", "POSTDOC"),
                "fields[proposal].requiredIf-error", "“POSTDOC” is not an option of “track”");
        assertRefused(fieldSave("proposal").param("maxWords", "many"), "fields[proposal].maxWords-error", "whole number");
        assertThat(callQueries.any(callId).version()).isEqualTo(version);

        CallTestDataAccess.submitted(applications, callId, applicant, "KE");
        assertRefused(post(base + "/fields/proposal/remove").param("version", version()), "fields[proposal]-error",
                "One submitted application answered “proposal”");
        assertRefused(fieldSave("proposal", "TEXT"), "fields[proposal].type-error", "its type cannot change");
        assertRefused(post(base + "/fields/birthDate/move").param("version", String.valueOf(version - 1)).param("direction", "down"),
                null, "changed");
        assertThat(callQueries.any(callId).version()).isEqualTo(version);
    }

    @Test
    void onlyTheSecretariatOpensTheBuilderAndThePreview() throws Exception {
        for (String path : List.of(base, base + "/fields/proposal", "/secretariat/calls/" + callId + "/preview")) {
            assertThat(mvc.perform(get(path).with(applicant.signedIn())).andReturn().getResponse().getStatus()).as(path).isEqualTo(403);
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isNotEqualTo(200);
        }
        for (String path : List.of(base + "/sections", base + "/sections/about", base + "/sections/about/move", base + "/sections/about/remove",
                base + "/fields", base + "/fields/proposal", base + "/fields/proposal/move", base + "/fields/proposal/remove",
                base + "/fields/proposal/hide")) {
            assertThat(mvc.perform(post(path).param("version", version()).with(applicant.signedIn()).with(csrf())).andReturn().getResponse()
                    .getStatus()).as(path).isEqualTo(403);
        }
        assertThat(mvc.perform(get(base).with(secretariat.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aDraftsPublicPageIsTheSecretariatsWithABanner() throws Exception {
        CallDefinition open = callQueries.any(callId).definition();
        UUID draft = calls.create(new CallDefinition(open.programmeCode(), open.code() + "-draft", open.referencePrefix(), open.title(),
                open.description(), open.zone(), open.opens(), open.closes(), CallStatus.DRAFT, open.refereeCount(), open.nominationQuota(),
                open.tracks(), open.hosts(), open.form(), open.eligibility()));
        assertThat(mvc.perform(get("/calls/" + draft).with(applicant.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/calls/" + draft)).andReturn().getResponse().getStatus()).isEqualTo(404);
        MockHttpServletResponse seen = mvc.perform(get("/calls/" + draft).with(secretariat.signedIn())).andReturn().getResponse();
        assertThat(seen.getStatus()).isEqualTo(200);
        assertThat(seen.getContentAsString()).contains("Draft: not public");
        assertThat(mvc.perform(get("/calls/" + callId)).andReturn().getResponse().getContentAsString()).doesNotContain("Draft: not public");
    }

    private MockHttpServletRequestBuilder fieldSave(String key) {
        return fieldSave(key, callQueries.any(callId).definition().form().field(key).orElseThrow().type().name());
    }

    private MockHttpServletRequestBuilder fieldSave(String key, String type) {
        FormField field = callQueries.any(callId).definition().form().field(key).orElseThrow();
        return post(base + "/fields/" + key).param("version", version()).param("key", key).param("type", type)
                .param("fields[" + key + "].label[en]", field.label().get("en"))
                .param("required", String.valueOf(field.required()));
    }

    private void assertRefused(MockHttpServletRequestBuilder request, String errorId, String message) throws Exception {
        int before = callQueries.any(callId).version();
        MockHttpServletResponse response = send(request);
        assertThat(response.getStatus()).isEqualTo(422);
        if (errorId != null) {
            assertThat(response.getContentAsString()).contains("id=\"" + errorId + "\"");
        }
        if (message != null) {
            assertThat(response.getContentAsString()).contains(message);
        }
        assertThat(callQueries.any(callId).version()).isEqualTo(before);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(secretariat.signedIn()).with(csrf()).locale(Locale.ENGLISH)).andReturn().getResponse();
    }

    private String version() {
        return String.valueOf(callQueries.any(callId).version());
    }
}
