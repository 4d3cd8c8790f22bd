package org.ansoplatform.calls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The Secretariat finds an application by a part of its reference or of the applicant's name, in the list and its export. */
class ApplicationSearchTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired CallManagement calls;
    @Autowired ApplicationIntake applications;
    @Autowired AccountManagement accounts;

    @Test
    void theListAndTheExportHoldWhatTheSearchFinds() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        UUID callId = calls.create(CallTestDataAccess.call("search", now.minusDays(1), now.plusDays(3)));
        Someone nguyen = Someone.register(accounts, "Nguyễn Thị Hồng", "APPLICANT");
        Someone okafor = Someone.register(accounts, "Chidi Okafor", "APPLICANT");
        Someone secretariat = Someone.register(accounts, "Sam Search", "SECRETARIAT");
        UUID first = CallTestDataAccess.submitted(applications, callId, nguyen, "VN");
        UUID second = CallTestDataAccess.submitted(applications, callId, okafor, "NG");
        String firstReference = applications.view(first, nguyen).reference();
        String secondReference = applications.view(second, okafor).reference();

        String byName = list(callId, "hồng", secretariat).getContentAsString();
        assertThat(byName).contains(firstReference).doesNotContain(secondReference).contains("Viet Nam");
        String byReference = list(callId, secondReference.substring(secondReference.length() - 6).toLowerCase(), secretariat)
                .getContentAsString();
        assertThat(byReference).contains(secondReference).doesNotContain(firstReference).contains("Nigeria");
        // a wildcard typed by the user is a character, not a pattern
        assertThat(list(callId, "%", secretariat).getContentAsString()).doesNotContain(firstReference).doesNotContain(secondReference);

        MockHttpServletResponse tooLong = list(callId, "x".repeat(201), secretariat);
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(tooLong.getContentAsString()).contains("q-error").contains("Search for at most 200 characters.");

        String csv = new String(mvc.perform(get("/secretariat/calls/" + callId + "/applications.csv").param("q", "okafor")
                .with(secretariat.signedIn())).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains(secondReference).doesNotContain(firstReference);
        assertThat(mvc.perform(get("/secretariat/calls/" + callId + "/applications").param("q", "okafor")
                .with(okafor.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private MockHttpServletResponse list(UUID callId, String q, Someone who) throws Exception {
        return mvc.perform(get("/secretariat/calls/" + callId + "/applications").param("q", q).with(who.signedIn()))
                .andReturn().getResponse();
    }
}
