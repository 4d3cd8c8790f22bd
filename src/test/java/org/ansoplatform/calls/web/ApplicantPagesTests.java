package org.ansoplatform.calls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.FieldErrors;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.files.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The applicant's pages of issue 14: the live checklist and its asterisks, Submit that saves first and asks
 * to confirm, a stale tab, withdrawing with a confirmation and applying again, where the person stands on
 * the call page and in "My applications", and who may do any of it.
 */
class ApplicantPagesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CallManagement calls;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    AccountManagement accounts;

    Someone applicant;
    UUID callId;

    @BeforeEach
    void setUp() {
        applicant = Someone.register(accounts, "Chiara Bianchi", "APPLICANT");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        callId = calls.create(CallTestDataAccess.languageCall(now.minusDays(1), now.plusDays(20), false));
    }

    @Test
    void theChecklistFollowsTheAnswersAndTheDeclaredCertificateGetsItsAsterisk() throws Exception {
        UUID id = applications.start(callId, applicant);
        String page = send(get("/applications/" + id).with(applicant.signedIn())).getContentAsString();
        assertThat(page).contains("id=\"checklist\"", "data-missing=\"birthDate\"", "data-missing=\"cv\"", "data-missing=\"referees\"")
                .doesNotContain("data-missing=\"language-certificate\"");

        String autosaved = send(answers(post("/applications/" + id + "/draft").header("HX-Request", "true"))
                .param("languageCertificate", "ENGLISH_MEDIUM_DEGREE")).getContentAsString();

        assertThat(autosaved).contains("id=\"save-status\"", "id=\"checklist\"", "hx-swap-oob=\"true\"", "data-missing=\"language-certificate\"",
                "id=\"version-token\"").doesNotContain("data-missing=\"birthDate\"");
        assertThat(autosaved).containsPattern("id=\"required-language-certificate\"[^>]*><span class=\"required\"");
        assertThat(send(get("/applications/" + id).with(applicant.signedIn())).getContentAsString())
                .containsPattern("id=\"required-language-certificate\"[^>]*><span class=\"required\"");
    }

    @Test
    void aSubmissionWithoutTheRequiredIfDocumentIsRefusedWithTheChecklistAndChangesNothing() throws Exception {
        UUID id = draftWithCvAndReferee("ENGLISH_MEDIUM_DEGREE");

        MockHttpServletResponse refused = send(answers(post("/applications/" + id + "/submit"))
                .param("languageCertificate", "ENGLISH_MEDIUM_DEGREE").param("key", UUID.randomUUID().toString()).locale(Locale.ENGLISH));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(refused.getContentAsString(), "language-certificate")).isEqualTo("This document is required.");
        assertThat(refused.getContentAsString()).contains("data-missing=\"language-certificate\"");
        ApplicationView after = applications.view(id, applicant);
        assertThat(after.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(after.reference()).isNull();
    }

    @Test
    void anEditThatCannotBeSavedBlocksTheSubmissionWithItsMessage() throws Exception {
        UUID id = complete();
        ApplicationView before = applications.view(id, applicant);

        MockHttpServletResponse refused = send(answers(post("/applications/" + id + "/submit"), "one two three four five six seven eight nine ten eleven")
                .param("languageCertificate", "IELTS")
                .param("version", String.valueOf(before.version())).locale(Locale.ENGLISH));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(refused.getContentAsString(), "proposal")).isEqualTo("At most 10 words; this answer has 11.");
        assertThat(refused.getContentAsString()).contains("one two three four five six seven eight nine ten eleven");
        assertThat(applications.view(id, applicant)).isEqualTo(before);
    }

    @Test
    void submitSavesAsksForConfirmationAndSubmitsOnlyOnceConfirmed() throws Exception {
        UUID id = complete();
        ApplicationView before = applications.view(id, applicant);

        MockHttpServletResponse asked = send(answers(post("/applications/" + id + "/submit"), "Soil carbon under agroforestry.").param("languageCertificate", "IELTS")
               .param("version", String.valueOf(before.version()))
                .param("key", "k-1").locale(Locale.ENGLISH));

        assertThat(asked.getStatus()).isEqualTo(200);
        assertThat(asked.getContentAsString()).contains("Submit your application?", "After submitting you can no longer change it.",
                "Yes, submit the application", "name=\"confirmed\" value=\"true\"");
        ApplicationView saved = applications.view(id, applicant);
        assertThat(saved.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(saved.answers()).containsEntry("proposal", "Soil carbon under agroforestry.");

        String redirect = send(post("/applications/" + id + "/submit").param("confirmed", "true").param("key", "k-1")
                .param("version", String.valueOf(saved.version())).with(applicant.signedIn()).with(csrf())).getRedirectedUrl();
        assertThat(redirect).isEqualTo("/applications/" + id);
        assertThat(applications.view(id, applicant).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void aStaleTabIsRefusedWithAClearMessageAndChangesNothing() throws Exception {
        UUID id = complete();
        int seen = applications.view(id, applicant).version();
        applications.saveDraft(id, java.util.Map.of("proposal", "Written in the other tab."), applicant);
        ApplicationView current = applications.view(id, applicant);

        MockHttpServletResponse refused = send(answers(post("/applications/" + id + "/submit"), "The older text.").param("languageCertificate", "IELTS")
               .param("version", String.valueOf(seen)).locale(Locale.ENGLISH));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("changed in another tab or window");
        assertThat(applications.view(id, applicant)).isEqualTo(current);
    }

    @Test
    void withdrawingAsksFirstThenTheCallPageOffersToApplyAgainAndMyApplicationsShowsWhereEachStands() throws Exception {
        UUID id = complete();
        applications.submit(id, null, applicant);
        String reference = applications.view(id, applicant).reference();
        String callPage = send(get("/calls/" + callId).with(applicant.signedIn()).locale(Locale.ENGLISH)).getContentAsString();
        assertThat(callPage).contains("data-standing=\"SUBMITTED\"", reference).doesNotContain("Start an application");

        MockHttpServletResponse asked = send(post("/applications/" + id + "/withdraw").with(applicant.signedIn()).with(csrf())
                .locale(Locale.ENGLISH));
        assertThat(asked.getContentAsString()).contains("Withdraw your application?", "you may start a new application");
        assertThat(applications.view(id, applicant).status()).isEqualTo(ApplicationStatus.SUBMITTED);

        send(post("/applications/" + id + "/withdraw").param("confirmed", "true").with(applicant.signedIn()).with(csrf()));
        assertThat(applications.view(id, applicant).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        var again = mvc.perform(post("/applications/" + id + "/withdraw").param("confirmed", "true").with(applicant.signedIn())
                .with(csrf())).andReturn();
        assertThat(again.getFlashMap().get("flashError")).isEqualTo("calls.application.alreadyWithdrawn");

        callPage = send(get("/calls/" + callId).with(applicant.signedIn()).locale(Locale.ENGLISH)).getContentAsString();
        assertThat(callPage).contains("Apply again").doesNotContain("data-standing=");
        String started = send(post("/calls/" + callId + "/apply").with(applicant.signedIn()).with(csrf())).getRedirectedUrl();
        assertThat(started).isNotEqualTo("/applications/" + id);

        String mine = send(get("/applications").with(applicant.signedIn()).locale(Locale.ENGLISH)).getContentAsString();
        assertThat(mine).contains("data-standing=\"WITHDRAWN\"", "data-standing=\"DRAFT\"", "Continue the draft", reference);
    }

    @Test
    void onlyTheApplicantSubmitsWithdrawsOrReopensTheirApplication() throws Exception {
        UUID id = complete();
        Someone other = Someone.register(accounts, "Other Applicant", "APPLICANT");
        Someone secretariat = Someone.register(accounts, "Sara Secretariat", "SECRETARIAT");
        for (Someone intruder : new Someone[] {other, secretariat}) {
            assertThat(send(post("/applications/" + id + "/submit").param("key", "x").with(intruder.signedIn()).with(csrf())).getStatus())
                    .isEqualTo(404);
            assertThat(send(post("/applications/" + id + "/submit").param("confirmed", "true").with(intruder.signedIn()).with(csrf()))
                    .getStatus()).isEqualTo(404);
            assertThat(send(post("/applications/" + id + "/withdraw").with(intruder.signedIn()).with(csrf())).getStatus())
                    .isIn(302, 404);
            assertThat(send(post("/applications/" + id + "/reopen").with(intruder.signedIn()).with(csrf())).getStatus()).isEqualTo(404);
        }
        assertThat(send(post("/applications/" + id + "/withdraw").with(other.signedIn()).with(csrf())).getStatus()).isEqualTo(404);
        assertThat(applications.view(id, applicant).status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void theDisciplinesOfferedAreThoseOfTheChosenFieldAndOneOfAnotherFieldIsNotKept() throws Exception {
        UUID id = applications.start(callId, applicant);
        applications.saveDraft(id, java.util.Map.of("fieldOfStudy", "engineering", "discipline", "2.2"), applicant);
        assertThat(applications.view(id, applicant).answers()).containsEntry("discipline", "2.2");

        applications.saveDraft(id, java.util.Map.of("fieldOfStudy", "natural-sciences", "discipline", "2.2"), applicant);
        assertThat(applications.view(id, applicant).answers()).containsEntry("fieldOfStudy", "natural-sciences")
                .doesNotContainKey("discipline");

        String page = send(get("/applications/" + id).with(applicant.signedIn())).getContentAsString();
        assertThat(page).contains("data-follows=\"fieldOfStudy\"")
                .containsPattern("value=\"2\\.2\"[^>]*data-parent=\"engineering\"[^>]*hidden")
                .doesNotContainPattern("value=\"1\\.3\"[^>]*hidden");
    }

    @Test
    void theApplicantOpensTheirOwnUploadsAndSeesWhatIsAcceptedBeforeChoosingAFile() throws Exception {
        UUID id = draftWithCvAndReferee("IELTS");
        UUID fileId = applications.view(id, applicant).document("cv").orElseThrow().fileId();
        String page = send(get("/applications/" + id).with(applicant.signedIn()).locale(Locale.ENGLISH)).getContentAsString();
        assertThat(page).contains("href=\"/files/" + fileId + "\"", "Accepted: PDF; at most", "accept=\"");
        assertThat(send(get("/files/" + fileId).with(applicant.signedIn())).getStatus()).isEqualTo(200);
        Someone other = Someone.register(accounts, "Curious Applicant", "APPLICANT");
        assertThat(send(get("/files/" + fileId).with(other.signedIn())).getStatus()).isEqualTo(404);
    }

    @Test
    void aCallThatAllowsItLetsTheApplicantReopenThroughThePageUntilTheDeadline() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        callId = calls.create(CallTestDataAccess.languageCall(now.minusDays(1), now.plusDays(20), true));
        UUID id = complete();
        applications.submit(id, null, applicant);
        String reference = applications.view(id, applicant).reference();
        assertThat(send(get("/applications/" + id).with(applicant.signedIn()).locale(Locale.ENGLISH)).getContentAsString())
                .contains("Reopen to change it");

        var reopened = mvc.perform(post("/applications/" + id + "/reopen").with(applicant.signedIn()).with(csrf())).andReturn();
        assertThat(reopened.getFlashMap().get("flashSuccess")).isEqualTo("calls.application.reopened");
        assertThat(applications.view(id, applicant).status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(applications.view(id, applicant).reference()).isEqualTo(reference);

        var again = mvc.perform(post("/applications/" + id + "/reopen").with(applicant.signedIn()).with(csrf())).andReturn();
        assertThat(again.getFlashMap().get("flashError")).isEqualTo("calls.application.notSubmitted");
    }

    private UUID draftWithCvAndReferee(String certificate) {
        UUID id = applications.start(callId, applicant);
        java.util.Map<String, Object> answers = new java.util.LinkedHashMap<>();
        answers.put("birthDate", "1998-05-04");
        answers.put("nationality", "IT");
        answers.put("track", "PHD");
        answers.put("hosts", java.util.List.of("UCAS"));
        answers.put("proposal", "Carbon capture in arid soils.");
        answers.put("languageCertificate", certificate);
        applications.saveDraft(id, answers, applicant);
        applications.upload(id, "cv", "cv.pdf", new ByteArrayInputStream(TestFiles.pdf()), applicant);
        applications.inviteReferee(id, "Prof. Rossi", "rossi." + System.nanoTime() + "@example.net", "Sapienza", applicant);
        return id;
    }

    private UUID complete() {
        UUID id = draftWithCvAndReferee("IELTS");
        applications.upload(id, "language-certificate", "ielts.pdf", new ByteArrayInputStream(TestFiles.pdf()), applicant);
        return id;
    }

    /** The answers' form as the page posts it (every question but files). */
    private MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder request) {
        return answers(request, "Carbon capture in arid soils.");
    }

    private MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder request, String proposal) {
        return request.param("birthDate", "1998-05-04").param("nationality", "IT").param("track", "PHD").param("hosts", "UCAS")
                .param("proposal", proposal).with(applicant.signedIn()).with(csrf());
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
