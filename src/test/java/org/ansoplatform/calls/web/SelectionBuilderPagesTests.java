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
import org.ansoplatform.calls.SelectionSettings;
import org.ansoplatform.calls.selection.SelectionRuleBook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The selection builder: a cap as a percent, tie-breaks in order, 120 % refused next to its field and nothing saved. */
class SelectionBuilderPagesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CallManagement calls;

    @Autowired
    CallQueries callQueries;

    @Autowired
    SelectionRuleBook ruleBook;

    @Autowired
    AccountManagement accounts;

    Someone secretariat;
    UUID callId;
    String base;

    @BeforeEach
    void setUp() {
        secretariat = Someone.register(accounts, "Selma Selector", "SECRETARIAT");
        callId = calls.create(CallTestDataAccess.call("caps", LocalDateTime.of(2030, 1, 1, 0, 0), LocalDateTime.of(2030, 3, 1, 0, 0)));
        base = "/secretariat/calls/" + callId + "/builder/selection";
    }

    @Test
    void theSecretariatSetsACapAsAPercentAndOrdersTheTieBreaks() throws Exception {
        String page = mvc.perform(get(base).with(secretariat.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"caps[0].percent\"").contains("PhD").contains("name=\"tieBreaks[0].value\"");

        MockHttpServletResponse saved = mvc.perform(post(base).param("caps[0].attribute", "country").param("caps[0].track", "PHD")
                .param("caps[0].percent", "30").param("tieBreaks[0].value", "rawMean").param("tieBreaks[0].order", "higher")
                .param("tieBreaks[1].value", "reviews").param("tieBreaks[1].order", "lower").param("offerDays", "10")
                .param("move", "up:1").with(secretariat.signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo(base + "#tie-breaks");
        SelectionSettings rules = ruleBook.rules(callId);
        assertThat(rules.caps()).containsExactly(new SelectionSettings.CapSetting("country", "PHD", 0.3, null));
        assertThat(rules.tieBreaks()).extracting(SelectionSettings.TieBreakSetting::value).containsExactly("reviews", "rawMean");
        assertThat(rules.days()).isEqualTo(10);
        assertThat(mvc.perform(get(base).with(secretariat.signedIn())).andReturn().getResponse().getContentAsString())
                .contains("value=\"30\"");
    }

    @Test
    void aCapOverAHundredPercentIsRefusedNextToItsFieldAndNothingIsSaved() throws Exception {
        SelectionSettings before = ruleBook.rules(callId);
        int version = callQueries.any(callId).version();
        MockHttpServletResponse refused = mvc.perform(post(base).param("caps[0].attribute", "country").param("caps[0].percent", "120")
                .param("caps[1].attribute", "country").param("caps[1].track", "POSTDOC").param("caps[1].count", "2")
                .param("tieBreaks[0].value", "rawMean").with(secretariat.signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("id=\"caps[0].maxShare-error\"").contains("At most 100 %.")
                .contains("value=\"120\"");
        MockHttpServletResponse track = mvc.perform(post(base).param("caps[0].attribute", "country").param("caps[0].track", "POSTDOC")
                .param("caps[0].count", "2").with(secretariat.signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(track.getStatus()).isEqualTo(422);
        assertThat(track.getContentAsString()).contains("id=\"caps[0].track-error\"");
        assertThat(ruleBook.rules(callId)).isEqualTo(before);
        assertThat(callQueries.any(callId).version()).isEqualTo(version);
    }

    @Test
    void onlyTheSecretariatReachesTheBuilder() throws Exception {
        Someone applicant = Someone.register(accounts, "Ama Applicant", "APPLICANT");
        assertThat(mvc.perform(get(base).with(applicant.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(base).param("caps[0].percent", "5").with(applicant.signedIn()).with(csrf())).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get(base)).andReturn().getResponse().getStatus()).isIn(302, 401);
        assertThat(ruleBook.rules(callId).caps()).isEmpty();
    }
}
