package org.ansoplatform.calls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.FieldErrors;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.ApplicationView.RefereeView;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Referees from the applicant's side (issue 14): a referee declines with a reason and the applicant is told
 * by email and on the page; the declined link, used again, says so; the applicant sends an invitation again
 * or asks someone else while no letter has arrived; nobody else may.
 */
class ApplicantRefereesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CallManagement calls;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    AccountManagement accounts;

    Someone applicant;
    UUID applicationId;
    String refereeEmail;

    @BeforeEach
    void setUp() {
        applicant = Someone.register(accounts, "Tomas Novak", "APPLICANT");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        UUID callId = calls.create(CallTestDataAccess.languageCall(now.minusDays(1), now.plusDays(20), false));
        applicationId = applications.start(callId, applicant);
        refereeEmail = "prof.dvorak." + System.nanoTime() + "@example.net";
        applications.inviteReferee(applicationId, "Prof. Dvořák", refereeEmail, "Charles University", applicant);
    }

    @Test
    void aRefereeDeclinesWithAReasonTheApplicantIsToldAndTheLinkUsedAgainSaysWhy() throws Exception {
        String token = token(refereeEmail, "Reference letter");

        MockHttpServletResponse declined = send(post("/referee/decline").param("token", token)
                .param("reason", "I am on sabbatical until next year.").with(csrf()).locale(Locale.ENGLISH));
        assertThat(declined.getStatus()).isEqualTo(200);
        assertThat(declined.getContentAsString()).contains("The applicant is told");

        assertThat(Mail.awaitBody(applicant.email(), "cannot write your reference letter")).contains("I am on sabbatical until next year.")
                .contains("/applications/" + applicationId);
        String page = send(get("/applications/" + applicationId).with(applicant.signedIn()).locale(Locale.ENGLISH)).getContentAsString();
        assertThat(page).contains("referee-declined", "I am on sabbatical until next year.", "Ask someone else");
        assertThat(page).contains("data-missing=\"referees\"");

        String again = send(get("/referee").param("token", token).locale(Locale.ENGLISH)).getContentAsString();
        assertThat(again).contains("You declined to write this letter").doesNotContain("type=\"file\"");
        MockHttpServletResponse letter = send(post("/referee/decline").param("token", token).with(csrf()).locale(Locale.ENGLISH));
        assertThat(letter.getStatus()).isEqualTo(422);
        assertThat(letter.getContentAsString()).contains("You declined to write this letter");
    }

    @Test
    void aTooLongReasonIsRefusedNextToItAndTheLinkStillWorks() throws Exception {
        String token = token(refereeEmail, "Reference letter");
        MockHttpServletResponse refused = send(post("/referee/decline").param("token", token).param("reason", "x".repeat(2001))
                .with(csrf()).locale(Locale.ENGLISH));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(refused.getContentAsString(), "reason")).isEqualTo("The reason is limited to 2,000 characters.");
        assertThat(referee().declined()).isFalse();
        assertThat(send(get("/referee").param("token", token)).getContentAsString()).contains("type=\"file\"");
    }

    @Test
    void theApplicantSendsTheInvitationAgainWithANewLinkOrAsksSomeoneElse() throws Exception {
        String first = token(refereeEmail, "Reference letter");
        RefereeView referee = referee();

        String resent = send(post("/applications/" + applicationId + "/referees/" + referee.id() + "/resend")
                .with(applicant.signedIn()).with(csrf())).getRedirectedUrl();
        assertThat(resent).isEqualTo("/applications/" + applicationId + "#referees");
        await(() -> !token(refereeEmail, "Reference letter").equals(first));
        String second = token(refereeEmail, "Reference letter");
        assertThat(send(get("/referee").param("token", first)).getContentAsString()).doesNotContain("type=\"file\"");
        assertThat(send(get("/referee").param("token", second)).getContentAsString()).contains("type=\"file\"");

        MockHttpServletResponse refused = send(post("/applications/" + applicationId + "/referees/" + referee.id() + "/replace")
                .param("name", "Dr. Svoboda").param("email", "not an address").with(applicant.signedIn()).with(csrf()).locale(Locale.ENGLISH));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(refused.getContentAsString(), "email")).isEqualTo("Give the referee's email address.");
        assertThat(referee().id()).isEqualTo(referee.id());

        String other = "dr.svoboda." + System.nanoTime() + "@example.net";
        send(post("/applications/" + applicationId + "/referees/" + referee.id() + "/replace").param("name", "Dr. Svoboda")
                .param("email", other).param("institution", "CTU").with(applicant.signedIn()).with(csrf()));
        assertThat(referee().email()).isEqualTo(other);
        assertThat(Mail.awaitBody(other, "Reference letter")).contains("Tomas Novak");
        assertThat(send(get("/referee").param("token", second)).getContentAsString()).doesNotContain("type=\"file\"");
    }

    @Test
    void nobodyButTheApplicantResendsOrReplacesTheirReferees() throws Exception {
        RefereeView referee = referee();
        Someone other = Someone.register(accounts, "Other Person", "APPLICANT");
        Someone secretariat = Someone.register(accounts, "Secretariat Person", "SECRETARIAT");
        for (Someone intruder : new Someone[] {other, secretariat}) {
            assertThat(send(post("/applications/" + applicationId + "/referees/" + referee.id() + "/resend")
                    .with(intruder.signedIn()).with(csrf())).getStatus()).isEqualTo(404);
            assertThat(send(post("/applications/" + applicationId + "/referees/" + referee.id() + "/replace").param("name", "X")
                    .param("email", "x." + System.nanoTime() + "@example.net").with(intruder.signedIn()).with(csrf())).getStatus())
                    .isEqualTo(404);
        }
        // another application's referee through one's own application: not found either
        UUID otherCall = calls.create(CallTestDataAccess.languageCall(LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusDays(1),
                LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(5), false));
        UUID own = applications.start(otherCall, other);
        assertThat(send(post("/applications/" + own + "/referees/" + referee.id() + "/resend").with(other.signedIn()).with(csrf()))
                .getStatus()).isEqualTo(404);
        assertThat(referee()).isEqualTo(referee);
    }

    @Test
    void theRefereeFormsLabelsShowOneApostrophe() throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.CHINESE}) {
            String page = send(get("/applications/" + applicationId).with(applicant.signedIn()).locale(locale)).getContentAsString();
            String text = org.springframework.web.util.HtmlUtils.htmlUnescape(page);
            assertThat(text).doesNotContain("''");
            if (locale == Locale.ENGLISH) {
                assertThat(text).contains("Referee's name", "Referee's email");
            }
        }
    }

    private RefereeView referee() {
        ApplicationView application = applications.view(applicationId, applicant);
        return application.referees().get(0);
    }

    private static String token(String email, String subject) {
        return URLDecoder.decode(Mail.token(Mail.awaitBody(email, subject)), StandardCharsets.UTF_8);
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(condition);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
