package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.ansoplatform.annualreport.AnnualReportQueries;
import org.ansoplatform.annualreport.EditionStatus;
import org.ansoplatform.annualreport.EditionView;
import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.SessionCommand;
import org.ansoplatform.governance.SessionManagement;
import org.ansoplatform.governance.SessionMode;
import org.ansoplatform.governance.SessionStatus;
import org.ansoplatform.meetings.Gender;
import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.ParticipantRole;
import org.ansoplatform.meetings.RegistrationCommand;
import org.ansoplatform.meetings.RegistrationManagement;
import org.ansoplatform.meetings.RegistrationStatus;
import org.ansoplatform.meetings.registration.RegistrationStore;
import org.ansoplatform.platform.LinkSecrets;
import org.ansoplatform.shared.Actor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 24's "Done when" in the browser: the Secretariat starts a new draft of the demo's 2021 report, writes a live
 * figure into the President's letter (a figure that names nothing is refused next to the text), previews the draft,
 * follows the 6,0xx applicants to the applications they count, sees the trainees' figure move when a trainee is
 * recorded, submits the draft; the Board adopts it by a decision recorded in a session, which freezes and publishes
 * it; the published edition no longer moves when another trainee is recorded, the comparison with a new draft names
 * the figure and the registration that entered it, and the PDF downloads in English and in Chinese. axe-core checks
 * every page. The trainees this test records are cancelled at the end, so that the year's live figures are the
 * demo's again (the published edition it leaves is the year's latest; the demo's own stays edition 1).
 */
class AnnualReportBrowserTests extends BrowserTest {

    static final int YEAR = 2021;
    static final String SECRETARIAT = "secretariat@example.org";
    static final String COURSE = "The Second International Training Course on Industrial Synthetic Biotechnology";
    static final String SENTENCE = "trainees took part in the ANSO Training 2021";

    @Autowired AnnualReportQueries queries;
    @Autowired SessionManagement sessions;
    @Autowired MeetingQueries meetings;
    @Autowired RegistrationStore registrationStore;
    @Autowired RegistrationManagement registrations;

    private final List<UUID> recorded = new ArrayList<>();

    @Test
    void theSecretariatWritesAndSubmitsTheBoardFreezesAndTheComparisonNamesWhatChangedSince() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> queries.published(YEAR).isPresent());
        String marker = UUID.randomUUID().toString().substring(0, 6);
        try {
            journey(marker);
        } finally {
            // the year's live figures are the demo's again for the tests that count them
            recorded.forEach(registrations::cancelAsSecretariat);
        }
    }

    private void journey(String marker) throws Exception {
        Page secretariat = person();
        signIn(secretariat, SECRETARIAT, DEMO_PASSWORD);

        // a new draft of 2021 starts from the frozen edition's sections and texts
        secretariat.navigate(url("/secretariat/annual-report/" + YEAR));
        secretariat.locator("form[action='/secretariat/annual-report'] button[type=submit]").click();
        Locator letterText = letter(secretariat);
        String original = letterText.inputValue();
        org.assertj.core.api.Assertions.assertThat(original).as("the frozen edition's letter, copied")
                .contains("{calls.applications@call=scholarship-2021}");

        // a figure that names nothing is refused next to the text, and nothing is saved
        letterText.fill(original + "\n\nIn all, {meetings.nothing} " + SENTENCE + ".");
        saveLetter(secretariat);
        Locator error = secretariat.locator(".editor-block small.field-error[id$='-error']");
        assertThat(error).containsText("meetings.nothing");
        assertThat(error).containsText("name nothing");
        assertThat(letter(secretariat)).hasAttribute("aria-invalid", "true");
        secretariat.navigate(url("/secretariat/annual-report/" + YEAR));
        org.assertj.core.api.Assertions.assertThat(letter(secretariat).inputValue()).as("nothing saved").isEqualTo(original);

        letter(secretariat).fill(original + "\n\nIn all, {meetings.trainees} " + SENTENCE + ".");
        saveLetter(secretariat);
        assertThat(secretariat.locator(".flash")).not().hasCount(0);
        org.assertj.core.api.Assertions.assertThat(letter(secretariat).inputValue()).contains("{meetings.trainees} " + SENTENCE);
        UUID draft = queries.liveDraft(YEAR).orElseThrow().id();

        // the preview counts now; the applicants open the applications they count
        secretariat.navigate(url("/secretariat/annual-report/" + YEAR + "/preview"));
        int trainees = trainees(secretariat);
        Locator applicants = secretariat.locator(".report-text a.figure", new Page.LocatorOptions().setHasText(Pattern.compile("^6,0\\d\\d$"))).first();
        String counted = applicants.textContent().strip();
        applicants.click();
        assertThat(secretariat.locator(".figure-value strong")).hasText(counted);
        assertThat(secretariat.locator(".figure-live")).isVisible();
        Locator applications = secretariat.locator("ul.figure-records a[href^='/applications/']");
        assertThat(applications.first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(applications.count()).as("the first page of what it counts").isEqualTo(50);

        // one more trainee recorded: the live draft says so
        recordTrainee("Amani " + marker);
        secretariat.navigate(url("/secretariat/annual-report/" + YEAR + "/preview"));
        org.assertj.core.api.Assertions.assertThat(trainees(secretariat)).as("the draft is live").isEqualTo(trainees + 1);

        // submitted, then adopted by the Board in a session: frozen, then published after the decision commits
        secretariat.navigate(url("/secretariat/annual-report/" + YEAR));
        secretariat.locator("#edit-submit button[type=submit]").click();
        assertThat(secretariat.locator("#edit-submit button[type=submit]")).isDisabled();
        org.assertj.core.api.Assertions.assertThat(queries.edition(draft).orElseThrow().status()).isEqualTo(EditionStatus.SUBMITTED);
        UUID board = sessions.create(new SessionCommand(Body.BOARD, "Governing Board session " + marker,
                LocalDateTime.now(clock).minusHours(2).withNano(0), "UTC", SessionMode.ONLINE, null), SessionStatus.HELD,
                Actor.system(clock.instant()));
        secretariat.navigate(url("/secretariat/governance/sessions/" + board));
        String decided = "The Board approves the revised Annual Report " + YEAR + " (" + marker + ").";
        secretariat.locator("#decisionText").fill(decided);
        secretariat.locator("#decisionSubject").selectOption(
                secretariat.locator("#decisionSubject option[value$='" + draft + "']").getAttribute("value"));
        secretariat.locator("#outcome").selectOption("ADOPTED_BY_CONSENSUS");
        secretariat.locator("form.decision-form button[type=submit]").last().click();
        assertThat(secretariat.locator("ul.decisions")).containsText(decided);
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> queries.edition(draft).orElseThrow().status() == EditionStatus.PUBLISHED);
        EditionView published = queries.published(YEAR).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(published.id()).as("the year's latest published edition").isEqualTo(draft);
        org.assertj.core.api.Assertions.assertThat(published.number()).isGreaterThan(1);

        // the published edition: the figure as frozen, a chart drawn with its table beside it
        Page visitor = person();
        visitor.navigate(url("/annual-report/" + YEAR));
        assertThat(frozenTrainees(visitor)).hasText(String.valueOf(trainees + 1));
        assertThat(visitor.locator(".report-frozen .block-chart .chart-drawing svg").first()).isVisible();
        assertThat(visitor.locator(".report-frozen .block-chart:has(.chart-drawing svg) table.report-table").first()).isVisible();

        // another trainee: the frozen edition stays, the comparison names the figure and the record
        String second = "Wanjiru " + marker;
        recordTrainee(second);
        visitor.reload();
        assertThat(frozenTrainees(visitor)).hasText(String.valueOf(trainees + 1));
        secretariat.navigate(url("/secretariat/annual-report/" + YEAR));
        secretariat.locator("form[action='/secretariat/annual-report'] button[type=submit]").click();
        assertThat(letter(secretariat)).isVisible();
        secretariat.locator("a[href='/secretariat/annual-report/" + YEAR + "/comparison']").click();
        Locator row = secretariat.locator("table.comparison tr.changed", new Page.LocatorOptions()
                .setHas(secretariat.locator("code", new Page.LocatorOptions().setHasText(Pattern.compile("^meetings\\.trainees$")))));
        assertThat(row).hasCount(1);
        assertThat(row.locator("td.number").nth(0)).hasText(String.valueOf(trainees + 1));
        assertThat(row.locator("td.number").nth(1)).hasText(String.valueOf(trainees + 2));
        assertThat(row.locator("ul.entered li")).hasCount(1);
        assertThat(row.locator("ul.entered a")).containsText(second);

        // the PDFs the edition links, in English and in Chinese
        visitor.navigate(url("/annual-report/" + YEAR));
        byte[] english = pdf(visitor, "en");
        byte[] chinese = pdf(visitor, "zh");
        org.assertj.core.api.Assertions.assertThat(new String(english, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        org.assertj.core.api.Assertions.assertThat(new String(chinese, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        try (PDDocument document = Loader.loadPDF(chinese)) {
            org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(document)).as("a Chinese section title")
                    .contains("主席致辞");
        }
    }

    /** The letter's English text, in the editor. */
    private static Locator letter(Page page) {
        return page.locator("article.editor-section", new Page.LocatorOptions().setHasText("President’s Letter")).first()
                .locator("textarea[name='texts[en]']").first();
    }

    private static void saveLetter(Page page) {
        page.locator("article.editor-section", new Page.LocatorOptions().setHasText("President’s Letter")).first()
                .locator("form:has(textarea[name='texts[en]']) button[type=submit]").first().click();
        page.waitForLoadState();
    }

    /** The trainees the letter's sentence counts, in the preview. */
    private static int trainees(Page page) {
        Locator figure = page.locator(".report-text p", new Page.LocatorOptions().setHasText(SENTENCE)).locator("a.figure");
        assertThat(figure).hasCount(1);
        return Integer.parseInt(figure.textContent().strip());
    }

    private static Locator frozenTrainees(Page page) {
        return page.locator(".report-frozen .report-text p", new Page.LocatorOptions().setHasText(SENTENCE)).locator("a.figure");
    }

    /** A confirmed trainee of the demo's 2021 course, recorded after the course as the Secretariat corrects its records. */
    private void recordTrainee(String name) {
        UUID course = meetings.all(new MeetingQueries.Filter(YEAR, MeetingKind.TRAINING_COURSE, null, null, null, true)).stream()
                .filter(meeting -> COURSE.equals(meeting.title().get("en"))).findFirst().orElseThrow().id();
        UUID id = UUID.randomUUID();
        registrationStore.insert(id, course, null, new RegistrationCommand(name, "trainee-" + id + "@example.org", "KE",
                "Kenya Agricultural Research Institute", ParticipantRole.TRAINEE, Gender.FEMALE, List.of(), "en"),
                RegistrationStatus.CONFIRMED, LinkSecrets.hash(LinkSecrets.newSecret()), Instant.parse("2021-12-01T00:00:00Z"));
        recorded.add(id);
    }

    /** The edition's PDF in a language, as its link on the page gives it, through the browser's own session. */
    private byte[] pdf(Page page, String language) {
        String href = page.locator("a.report-pdf[hreflang='" + language + "']").getAttribute("href");
        APIResponse response = page.context().request().get(url(href));
        org.assertj.core.api.Assertions.assertThat(response.status()).as(href).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.headers().get("content-type")).isEqualTo("application/pdf");
        return response.body();
    }
}
