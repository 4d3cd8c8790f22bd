package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.ansoplatform.PdfA;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.calls.AwardTerms;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.StipendPeriod;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.offers.AwardTermsManagement;
import org.ansoplatform.calls.offers.OfferManagement;
import org.ansoplatform.calls.selection.SelectionRunner;
import org.ansoplatform.review.ReviewOutcomesFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An applicant whose name is written in Arabic script takes the documents a visa office asks for from the
 * browser: the receipt of what they submitted and the offer letter, each with the name as written, every font
 * embedded and the PDF/A claim valid; whoever is shown the letter confirms its code on the public page
 * (issue 16, Done when; the certificate is looked at in MeetingsBrowserTests).
 */
class DocumentsBrowserTests extends BrowserTest {

    static final String PASSWORD = "a sturdy documents passphrase";
    static final String NAME = "محمد علی";

    @Autowired AccountManagement accounts;
    @Autowired CallManagement calls;
    @Autowired ApplicationIntake applications;
    @Autowired SelectionRunner runner;
    @Autowired OfferManagement offers;
    @Autowired AwardTermsManagement terms;
    @Autowired JdbcClient jdbc;

    @Test
    void anApplicantTakesTheReceiptAndTheOfferLetterAndAVisaOfficeConfirmsTheLetter() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        UUID callId = calls.create(CallTestDataAccess.call("documents-browser", now.minusDays(1), now.plusDays(10), 1));
        String email = "m.ali." + UUID.randomUUID().toString().substring(0, 6) + "@example.net";
        UUID personId = accounts.createActive(email, NAME, PASSWORD, EnumSet.of(Role.APPLICANT));
        Someone applicant = new Someone(personId, email, NAME, Set.of("APPLICANT"));
        UUID application = CallTestDataAccess.submitted(applications, callId, applicant, "PK");
        terms.save(callId, List.of(new AwardTerms("PHD", new java.math.BigDecimal("3500"), "CNY", StipendPeriod.MONTH,
                java.time.LocalDate.of(2027, 9, 1), null)));
        clock.advance(Duration.ofDays(11));
        Map<UUID, double[]> scores = new LinkedHashMap<>();
        scores.put(application, new double[] {4.5, 4.5});
        new ReviewOutcomesFixture(jdbc).closedPanel(callId, scores);
        runner.run(callId);
        offers.send(callId, true);

        Page page = person();
        signIn(page, email, PASSWORD);
        page.navigate(url("/applications/" + application));
        String receipt = text(page.waitForDownload(() -> page.locator("a[href$='/submission.pdf']").click()));
        org.assertj.core.api.Assertions.assertThat(receipt).contains(NAME);

        String letter = text(page.waitForDownload(() -> page.locator("#offer a[href$='/letter.pdf']").click()));
        org.assertj.core.api.Assertions.assertThat(letter).contains(NAME).contains("CNY 3,500 per month").contains("1 September 2027");
        Matcher code = Pattern.compile("OFFER-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}").matcher(letter);
        org.assertj.core.api.Assertions.assertThat(code.find()).as("a verification code in " + letter).isTrue();

        Page visaOffice = person();
        visaOffice.navigate(url("/offers/verify"));
        visaOffice.locator("#code").fill(code.group().toLowerCase());
        visaOffice.locator("form[role=search] button[type=submit]").click();
        assertThat(visaOffice.locator(".verified")).containsText(NAME);
        assertThat(visaOffice.locator(".verified")).containsText("Offered");
    }

    /** The PDF's text (NFKC, as a reader copies it), after checking its fonts are embedded and its PDF/A claim holds. */
    private static String text(Download download) throws Exception {
        byte[] pdf = Files.readAllBytes(download.path());
        org.assertj.core.api.Assertions.assertThat(PdfA.failures(pdf)).as(download.suggestedFilename()).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var pdfPage : document.getPages()) {
                for (var font : pdfPage.getResources().getFontNames()) {
                    org.assertj.core.api.Assertions.assertThat(pdfPage.getResources().getFont(font).isEmbedded()).as(font.getName()).isTrue();
                }
            }
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC).replaceAll("\\s+", " ");
        }
    }
}
