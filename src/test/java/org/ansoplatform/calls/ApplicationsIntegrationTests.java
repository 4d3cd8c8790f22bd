package org.ansoplatform.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.intake.ApplicationScreening;
import org.ansoplatform.calls.intake.RefereeLetterIntake;
import org.ansoplatform.files.TestFiles;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@RecordApplicationEvents
class ApplicationsIntegrationTests extends IntegrationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    CallManagement calls;

    @Autowired
    CallQueries callQueries;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    ApplicationScreening screening;

    @Autowired
    RefereeLetterIntake letters;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    MockMvc mvc;

    UUID callId;
    Someone applicant;

    @BeforeEach
    void openCall() {
        LocalDateTime now = LocalDateTime.now(SHANGHAI);
        callId = calls.create(CallTestData.call(CallTestData.code("open"), now.minusDays(1), now.plusDays(30), 2));
        applicant = Someone.register(accounts, "Amina Diallo", "APPLICANT");
    }

    @Test
    void malformedAnswersAreAllReportedAndNothingIsSaved() {
        UUID id = applications.start(callId, applicant);
        Map<String, Object> answers = new HashMap<>();
        answers.put("birthDate", "31/12/1999");
        answers.put("nationality", "XX");
        answers.put("hosts", List.of("UCAS", "UCAS"));
        answers.put("proposal", "one two three four five six seven eight nine ten eleven");
        answers.put("unknown", "x");
        assertThatThrownBy(() -> applications.saveDraft(id, answers, applicant))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations())
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("birthDate", "calls.form.notADate"),
                                org.assertj.core.groups.Tuple.tuple("nationality", "calls.form.notACountry"),
                                org.assertj.core.groups.Tuple.tuple("hosts", "calls.form.notAHost"),
                                org.assertj.core.groups.Tuple.tuple("proposal", "calls.form.tooManyWords"),
                                org.assertj.core.groups.Tuple.tuple("unknown", "calls.form.unknownField")));
        assertThat(applications.view(id, applicant).answers()).isEmpty();
    }

    @Test
    void htmlIsStoredAsTyped() {
        UUID id = applications.start(callId, applicant);
        applications.saveDraft(id, Map.of("proposal", "<script>alert(1)</script> soil"), applicant);
        assertThat(applications.view(id, applicant).answers()).containsEntry("proposal", "<script>alert(1)</script> soil");
    }

    @Test
    void allMissingAnswersDocumentsAndRefereesAreReportedTogether() {
        UUID id = applications.start(callId, applicant);
        assertThatThrownBy(() -> applications.submit(id, "k", applicant))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations())
                        .extracting(Violation::field)
                        .containsExactlyInAnyOrder("birthDate", "nationality", "track", "hosts", "proposal", "cv", "referees"));
        assertThat(applications.view(id, applicant).status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void submittingTwiceYieldsOneSubmissionAndOneReceipt() throws Exception {
        UUID id = CallTestData.completeDraft(applications, callId, applicant, "KE", 2);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> clicks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String key = i % 2 == 0 ? "same-key" : "retry-" + i;
                clicks.add(() -> applications.submit(id, key, applicant).reference());
            }
            List<String> references = new ArrayList<>();
            for (Future<String> result : pool.invokeAll(clicks)) {
                references.add(result.get());
            }
            assertThat(references).hasSize(4).allMatch(reference -> reference.equals(references.get(0))).allMatch(r -> r.startsWith("TST-"));
        } finally {
            pool.shutdown();
        }
        String body = Mail.awaitBody(applicant.email(), "received");
        ApplicationView submitted = applications.view(id, applicant);
        assertThat(body).contains(submitted.reference()).contains("/applications/" + id + "/submission.pdf");
        assertThat(jdbc.sql("select count(*) from notifications.message where recipient_email = ? and kind = 'calls.receipt'")
                .param(applicant.email()).query(Integer.class).single()).isEqualTo(1);
        assertThat(submitted.screening().eligible()).isTrue();
    }

    @Test
    void afterSubmissionNothingChanges() {
        UUID id = CallTestData.completeDraft(applications, callId, applicant, "KE", 2);
        applications.submit(id, null, applicant);
        assertThatThrownBy(() -> applications.saveDraft(id, Map.of("proposal", "changed"), applicant))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> applications.upload(id, "cv", "cv.pdf", new ByteArrayInputStream(TestFiles.pdf()), applicant))
                .isInstanceOf(InvalidInputException.class);
        assertThat(applications.view(id, applicant).answers()).containsEntry("proposal", "Carbon capture in arid soils.");
    }

    @Test
    void aSubmissionOneSecondAfterTheDeadlineIsRefused() {
        LocalDateTime now = LocalDateTime.now(SHANGHAI);
        UUID closing = calls.create(CallTestData.call(CallTestData.code("closing"), now.minusDays(1), now.plusSeconds(3), 0));
        UUID id = CallTestData.completeDraft(applications, closing, applicant, "KE", 0);
        clock.advance(Duration.ofSeconds(4));
        assertThat(callQueries.get(closing).accepting(clock.instant())).isFalse();
        assertThatThrownBy(() -> applications.submit(id, "late", applicant))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.violations().get(0).messageKey()).isEqualTo("calls.call.closed"));
        ApplicationView after = applications.view(id, applicant);
        assertThat(after.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(after.reference()).isNull();
    }

    @Test
    void oversizedOrDisguisedDocumentsAreRefusedAndNothingIsKept() {
        UUID id = applications.start(callId, applicant);
        byte[] large = new byte[200_000];
        System.arraycopy(TestFiles.pdf(), 0, large, 0, TestFiles.pdf().length);
        assertThatThrownBy(() -> applications.upload(id, "cv", "cv.pdf", new ByteArrayInputStream(large), applicant))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> applications.upload(id, "cv", "cv.pdf", new ByteArrayInputStream(TestFiles.elf()), applicant))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> applications.upload(id, "cv", "cv.png", new ByteArrayInputStream(TestFiles.png()), applicant))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> applications.upload(id, "cv", "empty.pdf", new ByteArrayInputStream(new byte[0]), applicant))
                .isInstanceOf(InvalidInputException.class);
        assertThat(applications.view(id, applicant).documents()).isEmpty();
    }

    @Test
    void anotherPersonCannotOpenOrChangeTheApplicationAndTheAttemptIsRecorded() throws Exception {
        UUID id = CallTestData.completeDraft(applications, callId, applicant, "KE", 0);
        Someone intruder = Someone.register(accounts, "Nosy Neighbour", "APPLICANT");
        assertThatThrownBy(() -> applications.view(id, intruder)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> applications.saveDraft(id, Map.of("proposal", "mine now"), intruder)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> applications.submit(id, "x", intruder)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> applications.upload(id, "cv", "cv.pdf", new ByteArrayInputStream(TestFiles.pdf()), intruder))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> applications.inviteReferee(id, "Friend", "friend@example.net", "", intruder))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> applications.withdraw(id, intruder)).isInstanceOf(NotFoundException.class);
        assertThat(mvc.perform(get("/applications/" + id + "/submission.pdf").with(intruder.signedIn())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/applications/" + id).with(intruder.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/applications/" + id).with(intruder.signedIn())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        UUID cv = applications.view(id, applicant).documents().get(0).fileId();
        assertThat(mvc.perform(get("/files/" + cv).with(intruder.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from activitylog.entry where action = 'application.accessRefused' and record_id = ? and actor_id = ?")
                .params(id.toString(), intruder.id()).query(Integer.class).single() == 3);
        // refusals inside a changing method are recorded too, though that method's transaction rolls back
        assertThat(jdbc.sql("select detail from activitylog.entry where action = 'application.accessRefused' and record_id = ?")
                .param(id.toString()).query(String.class).list())
                .containsExactlyInAnyOrder("application", "draft", "submission", "draft", "draft", "withdrawal", "application",
                        "application", "application");
        ApplicationView untouched = applications.view(id, applicant);
        assertThat(untouched.answers()).containsEntry("proposal", "Carbon capture in arid soils.");
        assertThat(untouched.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(untouched.referees()).isEmpty();
        Someone secretariat = Someone.register(accounts, "Sec Retariat", "SECRETARIAT");
        assertThat(applications.view(id, secretariat).id()).isEqualTo(id);
    }

    @Test
    void aRefereeUploadsOnceThroughTheLinkAndTheApplicantNeverSeesTheLetter() throws Exception {
        UUID id = applications.start(callId, applicant);
        String refereeEmail = "prof." + System.nanoTime() + "@example.net";
        applications.inviteReferee(id, "Prof. Chen", refereeEmail, "UCAS", applicant);
        RefereeInvited invited = events.stream(RefereeInvited.class).findFirst().orElseThrow();
        assertThat(invited.path()).isEqualTo("/referee?token=" + java.net.URLEncoder.encode(invited.token(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(Mail.awaitBody(refereeEmail, "Reference letter")).contains("Amina Diallo").contains(invited.path());
        String token = invited.token();
        assertThat(letters.open(token).applicantName()).isEqualTo("Amina Diallo");

        letters.upload(token, "letter.pdf", new ByteArrayInputStream(TestFiles.pdf()));

        String reused = token;
        assertThatThrownBy(() -> letters.upload(reused, "again.pdf", new ByteArrayInputStream(TestFiles.pdf())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.violations().get(0).messageKey()).isEqualTo("calls.referee.badLink"));
        ApplicationView application = applications.view(id, applicant);
        assertThat(application.referees()).singleElement().satisfies(referee -> assertThat(referee.received()).isTrue());
        UUID letter = jdbc.sql("select letter_file_id from calls.referee where application_id = ?").param(id).query(UUID.class).single();
        assertThat(mvc.perform(get("/files/" + letter).with(applicant.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(404);
        Someone secretariat = Someone.register(accounts, "Letter Reader", "SECRETARIAT");
        assertThat(mvc.perform(get("/files/" + letter).with(secretariat.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(events.stream(RefereeLetterReceived.class)).singleElement()
                .satisfies(received -> assertThat(received.path()).isEqualTo("/applications/" + id));
        assertThat(Mail.awaitBody(applicant.email(), "reference letter arrived")).contains("Prof. Chen");
    }

    @Test
    void screeningFailsARuleWithItsReasonAndTheSecretariatOverridesItWithAReasonTheApplicantDoesNotSee() throws Exception {
        UUID id = CallTestData.completeDraft(applications, callId, applicant, "CN", 2);
        ApplicationView submitted = applications.submit(id, null, applicant);
        assertThat(submitted.screening().eligible()).isFalse();
        assertThat(submitted.screening().failures()).extracting(ApplicationView.Screening.Failure::ruleId).containsExactly("nationality");
        assertThatThrownBy(() -> screening.override(id, true, " ", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> screening.override(id, true, "Holds permanent residence abroad.", "x".repeat(2001)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.violations().get(0).field()).isEqualTo("applicantNote"));
        assertThat(applications.view(id, applicant).screening().decided()).isFalse();
        screening.override(id, true, "Holds permanent residence abroad; confirmed by the embassy.",
                "Your residence abroad was confirmed, so your application goes on to review.");
        Someone secretariat = Someone.register(accounts, "Override Reader", "SECRETARIAT");
        assertThat(applications.view(id, secretariat).screening().overrideReason()).startsWith("Holds permanent residence");
        // the reason is the Secretariat's internal note: the applicant sees the outcome and the note written for them
        ApplicationView overridden = applications.view(id, applicant);
        assertThat(overridden.screening().decided()).isTrue();
        assertThat(overridden.screening().overrideReason()).isNull();
        assertThat(overridden.screening().applicantNote()).startsWith("Your residence abroad was confirmed");
        for (String path : List.of("/api/v1/applications/" + id, "/applications/" + id)) {
            assertThat(mvc.perform(get(path).with(applicant.signedIn())).andReturn().getResponse().getContentAsString())
                    .as(path).contains("Your residence abroad was confirmed");
        }
        assertThat(applications.mine(applicant.id())).allSatisfy(mine -> assertThat(mine.screening().overrideReason()).isNull());
        for (String path : List.of("/api/v1/applications/" + id, "/applications/" + id, "/applications")) {
            var response = mvc.perform(get(path).with(applicant.signedIn())).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(response.getContentAsString()).as(path).doesNotContain("permanent residence");
        }
        assertThat(mvc.perform(get("/api/v1/applications/" + id).with(secretariat.signedIn())).andReturn().getResponse()
                .getContentAsString()).contains("permanent residence");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from activitylog.entry where action = 'application.eligibilityOverridden' and record_id = ?")
                .param(id.toString()).query(Integer.class).single() == 1);
    }

    @Test
    void anUploadThatIsNoMultipartFormIsRefusedWithAReasonAndStoresNothing() throws Exception {
        UUID id = applications.start(callId, applicant);
        long before = jdbc.sql("select count(*) from files.stored_file").query(Long.class).single();
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();

        var page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/applications/" + id + "/documents")
                .param("type", "cv").with(applicant.signedIn()).with(csrf)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getErrorMessage()).contains("multipart/form-data");

        for (String path : List.of("/api/v1/applications/" + id + "/documents?type=cv", "/api/v1/files")) {
            var api = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                    .contentType("application/json").content("{\"file\":\"x\"}").header("Accept-Language", "zh")
                    .with(applicant.signedIn()).with(csrf)).andReturn().getResponse();
            assertThat(api.getStatus()).as(path).isEqualTo(400);
            assertThat(api.getContentType()).as(path).startsWith("application/problem+json");
            assertThat(api.getContentAsString()).as(path).contains("\"field\":\"file\"");
        }
        assertThat(jdbc.sql("select count(*) from files.stored_file").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theSubmissionPdfHoldsWhatWasSubmitted() throws Exception {
        UUID id = CallTestData.completeDraft(applications, callId, applicant, "KE", 2);
        String reference = applications.submit(id, null, applicant).reference();
        var response = mvc.perform(get("/applications/" + id + "/submission.pdf").with(applicant.signedIn())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        byte[] pdf = response.getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains(reference).contains("Carbon capture in arid soils.").contains("Amina Diallo");
        }
        byte[] chinese = mvc.perform(get("/applications/" + id + "/submission.pdf").param("lang", "zh").with(applicant.signedIn()))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(chinese)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("申请编号").contains("个人信息")
                    .contains(reference);
        }
    }

    @Test
    void refereesWhoHaveNotAnsweredAreRemindedOnceAndTheirLinkExpiresWithTheCall() throws Exception {
        LocalDateTime now = LocalDateTime.now(SHANGHAI);
        UUID soon = calls.create(CallTestData.call(CallTestData.code("soon"), now.minusDays(10), now.plusSeconds(6), 1));
        UUID id = applications.start(soon, applicant);
        String refereeEmail = "late." + System.nanoTime() + "@example.net";
        applications.inviteReferee(id, "Prof. Late", refereeEmail, "", applicant);
        String first = Mail.awaitBody(refereeEmail, "Reference letter requested");

        letters.remind();
        letters.remind();
        String reminder = Mail.awaitBody(refereeEmail, "Reminder");
        String oldToken = java.net.URLDecoder.decode(Mail.path(first).replaceFirst(".*token=", ""), java.nio.charset.StandardCharsets.UTF_8);
        String newToken = java.net.URLDecoder.decode(Mail.path(reminder).replaceFirst(".*token=", ""), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(newToken).isNotEqualTo(oldToken);
        assertThatThrownBy(() -> letters.open(oldToken)).isInstanceOf(InvalidInputException.class);
        assertThat(letters.open(newToken).refereeName()).isEqualTo("Prof. Late");
        assertThat(jdbc.sql("select count(*) from notifications.message where recipient_email = ? and kind = 'calls.refereeReminder'")
                .param(refereeEmail).query(Integer.class).single()).isEqualTo(1);

        clock.advance(Duration.between(clock.instant(), callQueries.get(soon).definition().closesAt()).plusSeconds(1));
        assertThatThrownBy(() -> letters.upload(newToken, "letter.pdf", new ByteArrayInputStream(TestFiles.pdf())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.violations().get(0).messageKey()).isEqualTo("calls.referee.expired"));
        assertThat(applications.view(id, applicant).referees().get(0).received()).isFalse();
    }
}
