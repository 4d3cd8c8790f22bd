package org.ansoplatform.calls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.SelectionSettings;
import org.ansoplatform.calls.selection.SelectionRuleBook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The call’s definition as JSON: exported and imported back unchanged; a bad import lists every problem and changes nothing. */
class CallJsonPagesTests extends IntegrationTest {

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

    @BeforeEach
    void setUp() {
        secretariat = Someone.register(accounts, "Jia Json", "SECRETARIAT");
        callId = calls.create(CallTestDataAccess.call("json", LocalDateTime.of(2030, 1, 1, 0, 0), LocalDateTime.of(2030, 3, 1, 0, 0)));
        ruleBook.saveRules(callId, new SelectionSettings(java.util.List.of(new SelectionSettings.CapSetting("country", "PHD", 0.3, null)),
                java.util.List.of(new SelectionSettings.TieBreakSetting("reviews", "lower", null)), 9));
    }

    @Test
    void anExportedDefinitionImportsBackToTheSameCall() throws Exception {
        CallView before = callQueries.any(callId);
        MockHttpServletResponse export = mvc.perform(get("/secretariat/calls/" + callId + "/definition.json").with(secretariat.signedIn()))
                .andReturn().getResponse();
        assertThat(export.getContentType()).startsWith("application/json");
        assertThat(export.getHeader("Content-Disposition")).contains("attachment").contains("-definition.json");
        String document = export.getContentAsString(StandardCharsets.UTF_8);
        assertThat(document).contains("\"form\"").contains("\"eligibility\"").contains("\"selection\"").contains("\"maxShare\"");
        assertThat(mvc.perform(get("/secretariat/calls/" + callId + "/json").with(secretariat.signedIn())).andReturn().getResponse()
                .getContentAsString()).contains("definition.json").contains("name=\"file\"");

        MockHttpServletResponse imported = mvc.perform(multipart("/secretariat/calls/" + callId + "/json")
                .file(new MockMultipartFile("file", "definition.json", "application/json", document.getBytes(StandardCharsets.UTF_8)))
                .param("version", String.valueOf(before.version())).with(secretariat.signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(imported.getRedirectedUrl()).isEqualTo("/secretariat/calls/" + callId + "/json");
        CallView after = callQueries.any(callId);
        assertThat(after.definition().form()).isEqualTo(before.definition().form());
        assertThat(after.definition().eligibility()).isEqualTo(before.definition().eligibility());
        assertThat(ruleBook.rules(callId).caps()).containsExactly(new SelectionSettings.CapSetting("country", "PHD", 0.3, null));
        assertThat(mvc.perform(get("/secretariat/calls/" + callId + "/definition.json").with(secretariat.signedIn())).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(document);
    }

    @Test
    void aBadImportListsEveryProblemWithItsPathAndChangesNothing() throws Exception {
        CallView before = callQueries.any(callId);
        SelectionSettings rules = ruleBook.rules(callId);
        String bad = """
                {"eligibility": [{"type": "age-limit", "id": "age", "referenceDate": "2030-09-01"}],
                 "selection": {"caps": [{"attribute": "country", "maxShare": 1.2}], "tieBreaks": [{"value": "rawMean"}]},
                 "colour": "blue"}""";
        MockHttpServletResponse refused = mvc.perform(multipart("/secretariat/calls/" + callId + "/json").param("definition", bad)
                .param("version", String.valueOf(before.version())).with(secretariat.signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("<code>eligibility</code>").contains("maxAge")
                .contains("<code>selection.caps[0].maxShare</code>").contains("<code>colour</code>");
        MockHttpServletResponse notJson = mvc.perform(multipart("/secretariat/calls/" + callId + "/json").param("definition", "{oops")
                .param("version", String.valueOf(before.version())).with(secretariat.signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(notJson.getStatus()).isEqualTo(422);
        assertThat(callQueries.any(callId).version()).isEqualTo(before.version());
        assertThat(callQueries.any(callId).definition().eligibility()).isEqualTo(before.definition().eligibility());
        assertThat(ruleBook.rules(callId)).isEqualTo(rules);
    }

    @Test
    void onlyTheSecretariatExportsOrImports() throws Exception {
        Someone applicant = Someone.register(accounts, "Juan Applicant", "APPLICANT");
        for (String path : new String[] {"/definition.json", "/json"}) {
            assertThat(mvc.perform(get("/secretariat/calls/" + callId + path).with(applicant.signedIn())).andReturn().getResponse()
                    .getStatus()).isEqualTo(403);
        }
        assertThat(mvc.perform(multipart("/secretariat/calls/" + callId + "/json").param("definition", "{}").with(applicant.signedIn())
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/secretariat/calls/" + callId + "/definition.json")).andReturn().getResponse().getStatus()).isIn(302, 401);
    }
}
