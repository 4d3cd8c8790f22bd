package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.ansoplatform.Mail;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.files.TestFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The applicant of issue 14, at desktop and at phone width: stopped before submitting without the document
 * their own answer made required, told what is missing, then submitting, withdrawing and applying again
 * with a new reference; an edit autosave refused blocks the submission with its message; and a reader in
 * another time zone sees the deadline in the call's zone and in their own.
 */
class ApplicantBrowserTests extends BrowserTest {

    static final String PASSWORD = "a sturdy browser passphrase";
    static final int PHONE = 390;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CallManagement calls;

    @Autowired
    CallQueries callQueries;

    @Test
    void anApplicantWithoutTheRequiredIfDocumentIsStoppedThenSubmitsWithdrawsAndAppliesAgainOnADesktop() {
        stoppedSubmittedWithdrawnAndAgain(person(), "Desktop");
    }

    @Test
    void anApplicantWithoutTheRequiredIfDocumentIsStoppedThenSubmitsWithdrawsAndAppliesAgainOnAPhone() {
        stoppedSubmittedWithdrawnAndAgain(person(PHONE, 844, "Asia/Shanghai"), "Phone");
    }

    @Test
    void anEditRefusedByAutosaveBlocksTheSubmissionWithItsMessageOnADesktop() {
        refusedEditBlocksSubmission(person());
    }

    @Test
    void anEditRefusedByAutosaveBlocksTheSubmissionWithItsMessageOnAPhone() {
        refusedEditBlocksSubmission(person(PHONE, 844, "Asia/Shanghai"));
    }

    @Test
    void aReaderInAnotherTimeZoneSeesTheDeadlineInTheCallsZoneAndTheirOwn() {
        UUID callId = openCall();
        var closes = callQueries.any(callId).definition().closesAt();
        for (Page reader : new Page[] {person(1200, 900, "America/New_York"), person(PHONE, 844, "America/New_York")}) {
            reader.navigate(url("/calls/" + callId));
            Locator deadline = reader.locator(".deadline");
            assertThat(deadline).containsText(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(closes.atZone(ZoneId.of("Asia/Shanghai")))
                    + " (Asia/Shanghai)");
            assertThat(deadline.locator(".local-time").last())
                    .containsText(DateTimeFormatter.ofPattern("HH:mm").format(closes.atZone(ZoneId.of("America/New_York"))));
        }
    }

    private void stoppedSubmittedWithdrawnAndAgain(Page applicant, String who) {
        UUID callId = openCall();
        signIn(applicant, person("Applicant " + who), PASSWORD);
        applicant.navigate(url("/calls/" + callId));
        applicant.getByText("Start an application").click();
        applicant.waitForURL(address -> address.contains("/applications/"));
        String firstUrl = applicant.url();

        answer(applicant, "ENGLISH_MEDIUM_DEGREE", "Carbon capture in arid soils.");
        // the answer made the certificate required: the checklist and the asterisk say so before any submission
        assertThat(applicant.locator("#checklist [data-missing='language-certificate']")).isVisible();
        assertThat(applicant.locator("#required-language-certificate .required")).isVisible();
        upload(applicant, "cv");
        invite(applicant);

        applicant.getByText("Submit the application").click();
        assertThat(applicant.locator("#language-certificate-error")).containsText("This document is required.");
        assertThat(applicant.locator("#checklist")).containsText("English certificate");
        assertThat(applicant.locator(".badge.standing")).hasAttribute("data-standing", "DRAFT");

        upload(applicant, "language-certificate");
        assertThat(applicant.locator("#checklist .complete")).isVisible();
        String first = submit(applicant);

        applicant.locator("form.withdraw button").click();
        assertThat(applicant.locator("section.confirmation")).containsText("stays in the record as withdrawn");
        applicant.locator("form.confirm button").click();
        assertThat(applicant.locator(".flash.success")).containsText("withdrawn");
        assertThat(applicant.locator(".badge.standing")).hasAttribute("data-standing", "WITHDRAWN");

        applicant.locator("form.apply-again button").click();
        applicant.waitForURL(address -> address.contains("/applications/") && !address.equals(firstUrl));
        answer(applicant, "IELTS", "Carbon capture in arid soils, second try.");
        upload(applicant, "cv");
        upload(applicant, "language-certificate");
        invite(applicant);
        String second = submit(applicant);
        org.assertj.core.api.Assertions.assertThat(second).isNotEqualTo(first);

        applicant.navigate(url("/applications"));
        assertThat(applicant.locator("[data-standing='WITHDRAWN']")).hasCount(1);
        assertThat(applicant.locator("[data-standing='SUBMITTED']")).hasCount(1);
    }

    private void refusedEditBlocksSubmission(Page applicant) {
        UUID callId = openCall();
        signIn(applicant, person("Wordy Applicant"), PASSWORD);
        applicant.navigate(url("/calls/" + callId));
        applicant.getByText("Start an application").click();
        applicant.waitForURL(address -> address.contains("/applications/"));
        answer(applicant, "IELTS", "Soil carbon.");
        upload(applicant, "cv");
        upload(applicant, "language-certificate");
        invite(applicant);

        // the proposal may have at most 10 words: autosave refuses eleven and keeps the last saved text
        applicant.locator("#q-proposal").fill("one two three four five six seven eight nine ten eleven");
        assertThat(applicant.locator("#save-status .field-error")).containsText("At most 10 words");
        applicant.getByText("Submit the application").click();

        assertThat(applicant.locator("#proposal-error")).containsText("At most 10 words; this answer has 11.");
        assertThat(applicant.locator("#q-proposal")).hasValue("one two three four five six seven eight nine ten eleven");
        assertThat(applicant.locator(".badge.standing")).hasAttribute("data-standing", "DRAFT");
        assertThat(applicant.locator("section.confirmation")).hasCount(0);
    }

    private void answer(Page page, String certificate, String proposal) {
        page.locator("#q-birthDate").fill("1998-05-04");
        page.locator("#q-nationality").selectOption("KE");
        page.locator("#q-track").selectOption("PHD");
        page.locator("#q-hosts select").first().selectOption("UCAS");
        page.locator("#q-proposal").fill(proposal);
        page.locator("#q-languageCertificate").selectOption(certificate);
        assertThat(page.locator("#save-status")).containsText("Saved at");
    }

    private void upload(Page page, String document) {
        Locator row = page.locator("tr[data-document='" + document + "']");
        assertThat(row.locator(".document-limits")).containsText("PDF");
        row.locator("input[type=file]").setInputFiles(new FilePayload(document + ".pdf", "application/pdf", TestFiles.pdf()));
        // the chosen name shows beside the input, also where a phone squeezes the input itself
        assertThat(row.locator(".chosen-file")).hasText(document + ".pdf");
        row.locator("button").click();
        Locator uploaded = page.locator("tr[data-document='" + document + "'] a.uploaded");
        assertThat(uploaded).containsText(document + ".pdf");
        assertThat(uploaded).hasAttribute("href", java.util.regex.Pattern.compile("/files/[0-9a-f-]{36}"));
    }

    private void invite(Page page) {
        String email = "referee-" + UUID.randomUUID().toString().substring(0, 6) + "@example.net";
        page.locator(".invite-referee input[name=name]").fill("Prof. Wanjiru");
        page.locator(".invite-referee input[name=email]").fill(email);
        page.locator(".invite-referee button").click();
        assertThat(page.locator("tr[data-referee='" + email + "']")).isVisible();
    }

    /** Submits through the confirmation page; returns the reference. */
    private String submit(Page page) {
        page.getByText("Submit the application").click();
        assertThat(page.locator("section.confirmation")).containsText("After submitting you can no longer change it.");
        page.locator("form.confirm button").click();
        assertThat(page.locator(".flash.success")).containsText("submitted");
        assertThat(page.locator(".badge.standing")).hasAttribute("data-standing", "SUBMITTED");
        return page.locator(".reference").first().textContent().strip();
    }

    private UUID openCall() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        return calls.create(CallTestDataAccess.languageCall(now.minusDays(1), now.plusDays(20), false));
    }

    /** A verified applicant, through the platform's own registration; returns their email. */
    private String person(String name) {
        String email = name.toLowerCase().replaceAll("[^a-z]+", "-") + UUID.randomUUID().toString().substring(0, 6) + "@example.net";
        UUID id = accounts.register(email, name, PASSWORD, "en");
        String link = Mail.path(Mail.awaitBody(email, "Verify"));
        accounts.verifyEmail(URLDecoder.decode(link.replaceFirst(".*token=", ""), StandardCharsets.UTF_8));
        accounts.grant(id, Role.APPLICANT);
        return email;
    }
}
