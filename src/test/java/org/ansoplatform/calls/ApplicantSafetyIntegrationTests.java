package org.ansoplatform.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.intake.ApplicationChecklist;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.intake.ApplicationReopening;
import org.ansoplatform.files.TestFiles;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The applicant cannot hurt themselves (issue 14): a submission the rules would fail for something the
 * applicant can still give is refused with what is missing; a withdrawn applicant applies again; a stale tab
 * or a second withdrawal changes nothing; references count per call; reopening follows the call's setting.
 */
class ApplicantSafetyIntegrationTests extends IntegrationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    CallManagement calls;

    @Autowired
    CallQueries callQueries;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    ApplicationChecklist checklists;

    @Autowired
    ApplicationReopening reopening;

    @Autowired
    AccountManagement accounts;

    UUID callId;
    Someone applicant;

    @BeforeEach
    void openCall() {
        LocalDateTime now = LocalDateTime.now(SHANGHAI);
        callId = calls.create(CallTestData.languageCall(now.minusDays(1), now.plusDays(30), false));
        applicant = Someone.register(accounts, "Nadia Rahman", "APPLICANT");
    }

    @Test
    void aDeclaredCertificateMakesItsDocumentRequiredAndASubmissionWithoutItIsRefusedWithWhatIsMissing() {
        UUID id = draft(applicant, "ENGLISH_MEDIUM_DEGREE");
        referee(id, applicant);
        assertThat(checklists.of(applications.view(id, applicant), callQueries.any(callId)).requiredDocuments())
                .contains("cv", "language-certificate");

        assertThatThrownBy(() -> applications.submit(id, null, applicant))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations())
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("language-certificate", "calls.form.documentMissing")));
        ApplicationView refused = applications.view(id, applicant);
        assertThat(refused.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(refused.reference()).isNull();

        applications.upload(id, "language-certificate", "degree-in-english.pdf", new ByteArrayInputStream(TestFiles.pdf()), applicant);
        ApplicationView submitted = applications.submit(id, null, applicant);
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.screening().eligible()).isTrue();
    }

    @Test
    void aRuleNoAnswerFixesIsAWarningNotABlock() {
        LocalDateTime now = LocalDateTime.now(SHANGHAI);
        UUID strict = calls.create(CallTestData.call(CallTestData.code("strict"), now.minusDays(1), now.plusDays(30), 0));
        UUID id = applications.start(strict, applicant);
        // born 1980: too old by the call's age rule, which no further answer changes
        applications.saveDraft(id, CallTestData.answers("1980-01-01", "GH"), applicant);
        applications.upload(id, "cv", "cv.pdf", new ByteArrayInputStream(TestFiles.pdf()), applicant);

        ApplicationChecklist.Checklist checklist = checklists.of(applications.view(id, applicant), callQueries.any(strict));
        assertThat(checklist.complete()).isTrue();
        assertThat(checklist.warnings()).extracting(reason -> reason.messageKey()).containsExactly("eligibility.reason.age.tooOld");
        assertThat(applications.submit(id, null, applicant).screening().eligible()).isFalse();
    }

    @Test
    void aWithdrawnApplicantAppliesAgainWithANewApplicationAndItsOwnReferenceWhileTheWithdrawnOneStays() {
        UUID first = complete(applicant);
        String firstReference = applications.submit(first, null, applicant).reference();
        applications.withdraw(first, applicant);

        UUID second = applications.start(callId, applicant);
        assertThat(second).isNotEqualTo(first);
        assertThat(applications.view(second, applicant).isDraft()).isTrue();
        ApplicationView withdrawn = applications.view(first, applicant);
        assertThat(withdrawn.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(withdrawn.reference()).isEqualTo(firstReference);

        // starting again while the new one is open returns it: one application that counts per applicant and call
        assertThat(applications.start(callId, applicant)).isEqualTo(second);
        fill(second, applicant);
        String secondReference = applications.submit(second, null, applicant).reference();
        assertThat(secondReference).isNotEqualTo(firstReference);
        assertThat(applications.mine(applicant.id())).extracting(ApplicationView::id).contains(first, second);
    }

    @Test
    void aSecondWithdrawalIsRefusedAndChangesNothing() {
        UUID id = complete(applicant);
        applications.submit(id, null, applicant);
        applications.withdraw(id, applicant);
        ApplicationView before = applications.view(id, applicant);

        assertThatThrownBy(() -> applications.withdraw(id, applicant))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations().get(0).messageKey())
                        .isEqualTo("calls.application.alreadyWithdrawn"));
        assertThat(applications.view(id, applicant)).isEqualTo(before);
    }

    @Test
    void referencesCountPerCallFromOne() {
        UUID id = complete(applicant);
        String prefix = callQueries.any(callId).definition().referencePrefix();
        assertThat(applications.submit(id, null, applicant).reference()).isEqualTo(prefix + "-000001");

        LocalDateTime now = LocalDateTime.now(SHANGHAI);
        UUID otherCall = calls.create(CallTestData.languageCall(now.minusDays(1), now.plusDays(30), false));
        Someone other = Someone.register(accounts, "Omar Haddad", "APPLICANT");
        UUID otherId = applications.start(otherCall, other);
        fill(otherId, other);
        String otherPrefix = callQueries.any(otherCall).definition().referencePrefix();
        assertThat(applications.submit(otherId, null, other).reference()).isEqualTo(otherPrefix + "-000001");

        Someone third = Someone.register(accounts, "Lina Sato", "APPLICANT");
        UUID thirdId = applications.start(callId, third);
        fill(thirdId, third);
        assertThat(applications.submit(thirdId, null, third).reference()).isEqualTo(prefix + "-000002");
    }

    @Test
    void aStaleTabCannotSaveOverAnotherTabsChangeNorSubmitAnOlderVersion() {
        UUID id = complete(applicant);
        int seen = applications.view(id, applicant).version();
        // another tab changes the proposal
        applications.saveDraft(id, Map.of("proposal", "Salt-tolerant rice for coastal deltas."), applicant);
        ApplicationView after = applications.view(id, applicant);

        assertThatThrownBy(() -> applications.saveDraft(id, Map.of("proposal", "Carbon capture in arid soils, again."), seen, applicant))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations().get(0).messageKey())
                        .isEqualTo("calls.application.stale"));
        assertThatThrownBy(() -> applications.submit(id, null, seen, applicant))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations().get(0).messageKey())
                        .isEqualTo("calls.application.stale"));
        assertThat(applications.view(id, applicant)).isEqualTo(after);

        // the same answers as stored are no conflict: the page shows what is stored
        applications.saveDraft(id, Map.of("proposal", "Salt-tolerant rice for coastal deltas."), seen, applicant);
        assertThat(applications.submit(id, null, applications.view(id, applicant).version(), applicant).status())
                .isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void aSubmittedApplicationReopensOnlyWhereTheCallAllowsItAndBeforeTheDeadline() {
        UUID fixed = complete(applicant);
        applications.submit(fixed, null, applicant);
        assertThatThrownBy(() -> reopening.reopen(fixed, applicant))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations().get(0).messageKey())
                        .isEqualTo("calls.application.reopenNotAllowed"));
        assertThat(applications.view(fixed, applicant).status()).isEqualTo(ApplicationStatus.SUBMITTED);

        LocalDateTime now = LocalDateTime.now(SHANGHAI);
        UUID open = calls.create(CallTestData.languageCall(now.minusDays(1), now.plusDays(30), true));
        Someone other = Someone.register(accounts, "Ivan Petrov", "APPLICANT");
        UUID id = applications.start(open, other);
        fill(id, other);
        String reference = applications.submit(id, null, other).reference();
        assertThatThrownBy(() -> reopening.reopen(id, applicant)).isInstanceOf(NotFoundException.class);

        reopening.reopen(id, other);
        assertThat(applications.view(id, other).isDraft()).isTrue();
        applications.saveDraft(id, Map.of("proposal", "Rice for deltas, revised."), other);
        assertThat(applications.submit(id, null, other).reference()).isEqualTo(reference);

        clock.advance(Duration.ofDays(31));
        assertThatThrownBy(() -> reopening.reopen(id, other))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations().get(0).messageKey())
                        .isEqualTo("calls.application.reopenTooLate"));
        assertThat(applications.view(id, other).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void theRefereesEmailGivesTheDeadlineInTheCallsZoneWithItsOffset() {
        UUID id = draft(applicant, "IELTS");
        String email = "referee." + System.nanoTime() + "@example.net";
        applications.inviteReferee(id, "Prof. Kim", email, "KAIST", applicant);
        CallDefinition call = callQueries.any(callId).definition();
        String expected = org.ansoplatform.platform.DateStyle.dayAndTime(call.closesAt().atZone(SHANGHAI), java.util.Locale.ENGLISH)
                + " (Asia/Shanghai, UTC+08:00)";
        assertThat(Mail.awaitBody(email, "Reference letter")).contains(expected);
    }

    /** A draft with every answer and the CV, declaring the given proof of English, without its certificate. */
    private UUID draft(Someone who, String certificate) {
        UUID id = applications.start(callId, who);
        Map<String, Object> answers = CallTestData.answers("1998-05-04", "GH");
        answers.put("languageCertificate", certificate);
        applications.saveDraft(id, answers, who);
        applications.upload(id, "cv", "cv.pdf", new ByteArrayInputStream(TestFiles.pdf()), who);
        return id;
    }

    private void referee(UUID id, Someone who) {
        applications.inviteReferee(id, "Referee", "referee." + System.nanoTime() + "@example.net", "Institute", who);
    }

    /** A draft that only lacks submission. */
    private UUID complete(Someone who) {
        UUID id = applications.start(callId, who);
        fill(id, who);
        return id;
    }

    private void fill(UUID id, Someone who) {
        Map<String, Object> answers = CallTestData.answers("1998-05-04", "GH");
        answers.put("languageCertificate", "IELTS");
        applications.saveDraft(id, answers, who);
        applications.upload(id, "cv", "cv.pdf", new ByteArrayInputStream(TestFiles.pdf()), who);
        applications.upload(id, "language-certificate", "ielts.pdf", new ByteArrayInputStream(TestFiles.pdf()), who);
        referee(id, who);
    }
}
