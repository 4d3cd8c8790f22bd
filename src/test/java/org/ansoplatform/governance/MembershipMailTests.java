package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.notifications.MessageQueries;
import org.ansoplatform.notifications.MessageView;
import org.ansoplatform.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** Every step of a membership application is told by email to whoever must know of it or act, and kept under Messages. */
class MembershipMailTests extends IntegrationTest {

    static final String APPLICANT = "applicant@example.org";
    static final String SECRETARIAT = "secretariat@example.org";
    static final String BOARD = "board@example.org";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;
    @Autowired JsonMapper json;
    @Autowired AccountQueries accounts;
    @Autowired MessageQueries messages;

    @Test
    void theApplicantTheSecretariatAndTheBoardAreToldOfEachStepAndTheQuestionIsShownAboveTheAnswerBox() throws Exception {
        Api api = new Api(mvc, people, json);
        String name = "Zz mail institute " + UUID.randomUUID().toString().substring(0, 8);
        String id = api.post(APPLICANT, "/api/v1/membership/applications", Map.of("legalName", name, "country", "KE",
                "type", "RESEARCH_INSTITUTE", "contactName", "Amina Odhiambo", "contactEmail", "amina@example.net",
                "motivation", "Joint research on drylands.")).body().get("application").get("id").asString();
        assertThat(Mail.awaitBody(APPLICANT, "Your application for ANSO membership: " + name))
                .contains("/membership/applications/" + id);
        assertThat(Mail.awaitBody(SECRETARIAT, "A new membership application to check: " + name))
                .contains("/secretariat/governance/applications/" + id);

        api.post(SECRETARIAT, "/api/v1/secretariat/applications/" + id + "/information-requests",
                Map.of("note", "Please add your statutes, signed."));
        assertThat(Mail.awaitBody(APPLICANT, "asks for more information: " + name))
                .contains("Please add your statutes, signed.", "/membership/applications/" + id);
        String page = mvc.perform(get("/membership/applications/" + id).locale(Locale.ENGLISH)
                .with(user(people.loadUserByUsername(APPLICANT)))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.indexOf("Please add your statutes, signed.")).isPositive().isLessThan(page.indexOf("id=\"note\""));

        api.post(APPLICANT, "/api/v1/membership/applications/" + id + "/answers", Map.of("note", "Statutes attached."));
        assertThat(Mail.awaitBody(SECRETARIAT, "An applicant answered your question: " + name)).contains("Statutes attached.");

        api.post(SECRETARIAT, "/api/v1/secretariat/applications/" + id + "/completeness", Map.of());
        assertThat(Mail.awaitBody(APPLICANT, "Your application is complete: " + name)).contains("Governing Board");
        assertThat(Mail.awaitBody(BOARD, "An application for the Governing Board to consider: " + name))
                .contains("/board/applications/" + id);

        String board = api.post(SECRETARIAT, "/api/v1/secretariat/sessions", Map.of("body", "BOARD", "title", "Mail Board",
                "startsAt", LocalDateTime.of(2026, 10, 9, 14, 0).toString(), "zone", "Asia/Shanghai", "mode", "ONLINE"))
                .body().get("session").get("id").asString();
        api.post(SECRETARIAT, "/api/v1/secretariat/sessions/" + board + "/decisions", Map.of("text",
                "The Board endorses the application.", "outcome", "ADOPTED_BY_CONSENSUS", "subjectType", "APPLICATION",
                "subjectId", id));
        assertThat(Mail.awaitBody(APPLICANT, "The Governing Board endorsed your application: " + name))
                .contains("The Board endorses the application.", "only once the Assembly approves it");

        UUID applicant = accounts.idOf(APPLICANT).orElseThrow();
        assertThat(messages.of(applicant, new PageRequest(0, 50)).items()).extracting(MessageView::subject)
                .anyMatch(s -> s.equals("The ANSO Secretariat asks for more information: " + name));
    }
}
