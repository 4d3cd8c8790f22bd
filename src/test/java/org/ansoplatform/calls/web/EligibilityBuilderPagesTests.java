package org.ansoplatform.calls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.eligibility.Eligibility;
import org.ansoplatform.calls.eligibility.WithReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The eligibility builder: typed rules saved with their reason, bad parameters refused next to them, the call unchanged. */
class EligibilityBuilderPagesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CallManagement calls;

    @Autowired
    CallQueries callQueries;

    @Autowired
    AccountManagement accounts;

    Someone secretariat;
    UUID callId;
    String base;

    @BeforeEach
    void setUp() {
        secretariat = Someone.register(accounts, "Sofía Builder", "SECRETARIAT");
        callId = calls.create(CallTestDataAccess.call("rules", LocalDateTime.of(2030, 1, 1, 0, 0), LocalDateTime.of(2030, 3, 1, 0, 0)));
        base = "/secretariat/calls/" + callId + "/builder/eligibility";
    }

    MockHttpServletRequestBuilder change(String action) {
        return post(base).param("action", action).param("version", String.valueOf(callQueries.any(callId).version()))
                .with(secretariat.signedIn()).with(csrf());
    }

    @Test
    void theSecretariatAddsARuleWithItsReasonAndMovesAndRemovesRules() throws Exception {
        String page = mvc.perform(get(base).with(secretariat.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"rule-0\"").contains("data-rule=\"nationality\"");
        String form = mvc.perform(get(base).param("add", "degree-by").with(secretariat.signedIn())).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("type=\"date\" id=\"by\"").contains("<select id=\"degree\"");

        MockHttpServletResponse added = mvc.perform(change("add").param("kind", "degree-by").param("id", "master")
                .param("degree", "MASTER").param("by", "2030-08-31").param("parent", "")
                .param("reason[en]", "You need a master’s degree by the end of August.").param("reason[zh]", "须于八月底前获得硕士学位。"))
                .andReturn().getResponse();
        assertThat(added.getRedirectedUrl()).isEqualTo(base);
        var rules = Eligibility.fromJson(callQueries.any(callId).definition().eligibility());
        assertThat(rules).hasSize(4);
        assertThat(rules.get(3)).isInstanceOf(WithReason.class);
        assertThat(callQueries.any(callId).definition().eligibility()).contains("\"reason\"").contains("须于八月底前获得硕士学位");

        mvc.perform(change("up").param("path", "3"));
        assertThat(Eligibility.fromJson(callQueries.any(callId).definition().eligibility()).get(2).id()).isEqualTo("master");
        mvc.perform(change("wrap").param("path", "0").param("wrapKind", "any-of").param("wrapId", "either"));
        mvc.perform(change("remove").param("path", "1"));
        assertThat(Eligibility.fromJson(callQueries.any(callId).definition().eligibility())).extracting(r -> r.id())
                .containsExactly("either", "master", "documents");
        assertThat(mvc.perform(get(base).with(secretariat.signedIn())).andReturn().getResponse().getContentAsString())
                .contains("id=\"rule-0.0\"").contains("You need a master’s degree by the end of August.");
        assertThat(mvc.perform(get(base).param("parent", "0").with(secretariat.signedIn())).andReturn().getResponse().getContentAsString())
                .contains("<option value=\"0\" selected=\"selected\">");
        mvc.perform(change("add").param("kind", "not-current-awardee").param("id", "fresh").param("parent", "0"));
        assertThat(Eligibility.fromJson(callQueries.any(callId).definition().eligibility()).get(0))
                .isEqualTo(new org.ansoplatform.calls.eligibility.AnyOf("either", java.util.List.of(
                        new org.ansoplatform.calls.eligibility.AgeLimit("age", 35, java.time.LocalDate.of(2030, 9, 1)),
                        new org.ansoplatform.calls.eligibility.NotCurrentAwardee("fresh"))));
    }

    @Test
    void aMissingOrBadParameterIsRefusedNextToItAndNothingChanges() throws Exception {
        int version = callQueries.any(callId).version();
        String eligibility = callQueries.any(callId).definition().eligibility();

        MockHttpServletResponse missing = mvc.perform(change("add").param("kind", "age-limit").param("maxAge", "")
                .param("referenceDate", "2030-09-01")).andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(missing.getContentAsString()).contains("id=\"rules[3].maxAge-error\"").contains("Fill this in.")
                .contains("name=\"maxAge\"");

        MockHttpServletResponse badDate = mvc.perform(change("save").param("path", "0").param("id", "age").param("maxAge", "35")
                .param("referenceDate", "next autumn")).andReturn().getResponse();
        assertThat(badDate.getStatus()).isEqualTo(422);
        assertThat(badDate.getContentAsString()).contains("id=\"rules[0].referenceDate-error\"");

        MockHttpServletResponse stale = mvc.perform(post(base).param("action", "remove").param("path", "0")
                .param("version", String.valueOf(version - 1)).with(secretariat.signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(422);

        MockHttpServletResponse gone = mvc.perform(change("remove").param("path", "9")).andReturn().getResponse();
        assertThat(gone.getStatus()).isEqualTo(422);

        assertThat(callQueries.any(callId).version()).isEqualTo(version);
        assertThat(callQueries.any(callId).definition().eligibility()).isEqualTo(eligibility);
    }

    @Test
    void onlyTheSecretariatReachesTheBuilder() throws Exception {
        Someone applicant = Someone.register(accounts, "Ana Applicant", "APPLICANT");
        Someone reviewer = Someone.register(accounts, "Rui Reviewer", "REVIEWER");
        for (Someone other : new Someone[] {applicant, reviewer}) {
            assertThat(mvc.perform(get(base).with(other.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(post(base).param("action", "remove").param("path", "0").with(other.signedIn()).with(csrf()))
                    .andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(mvc.perform(get(base)).andReturn().getResponse().getStatus()).isIn(302, 401);
        assertThat(mvc.perform(get("/secretariat/calls/" + UUID.randomUUID() + "/builder/eligibility").with(secretariat.signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(Eligibility.fromJson(callQueries.any(callId).definition().eligibility())).hasSize(3);
    }
}
