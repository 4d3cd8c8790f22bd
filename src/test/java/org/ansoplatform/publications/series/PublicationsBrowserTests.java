package org.ansoplatform.publications.series;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.platform.PdfRenderer;
import org.ansoplatform.platform.security.RealCsrfRepository;
import org.ansoplatform.publications.AccessPolicy;
import org.ansoplatform.publications.Cadence;
import org.ansoplatform.publications.PublicationManagement;
import org.ansoplatform.publications.SeriesKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.web.FilterChainProxy;

/**
 * The editor's path in the browser: the Secretariat drafts a weekly report on its form, a duplicate number is
 * refused next to the field, uploads its PDF and publishes it; a visitor finds it in the list, on the series page and
 * in the feed. A restricted report opens for its named recipient and answers 404 to another signed-in person.
 */
class PublicationsBrowserTests extends IntegrationTest {

    static final String PASSWORD = "a sturdy publications passphrase";

    static Playwright playwright;
    static Browser chromium;

    @LocalServerPort int port;
    @Autowired AccountManagement accounts;
    @Autowired org.ansoplatform.accounts.AccountQueries people;
    @Autowired PublicationManagement management;
    @Autowired PdfRenderer pdf;
    @Autowired FilterChainProxy securityFilters;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"))).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void close() {
        chromium.close();
        playwright.close();
    }

    @BeforeEach
    void platformsOwnCsrfStore() {
        RealCsrfRepository.restore(securityFilters);
    }

    @Test
    void anEditorPublishesAWeeklyReportWithItsPdfAndARestrictedOneStaysWithItsRecipient() throws Exception {
        SeriesFixtures f = new SeriesFixtures(management, clock);
        String marker = SeriesFixtures.word();
        String secretary = account("publications-" + marker.toLowerCase(Locale.ROOT), Role.SECRETARIAT);
        String recipient = account("recipient-" + marker.toLowerCase(Locale.ROOT), Role.APPLICANT);
        String outsider = account("outsider-" + marker.toLowerCase(Locale.ROOT), Role.APPLICANT);
        UUID weekly = f.series("Weekly browser " + marker, SeriesKind.ADVISORY_REPORT_SERIES, Cadence.WEEKLY, AccessPolicy.PUBLIC,
                LocalDate.now(clock).minusWeeks(2), List.of(), List.of());
        f.published(weekly, 1, LocalDate.now(clock).minusWeeks(2), "First week " + marker);

        Page editor = person();
        signIn(editor, secretary);
        editor.navigate(url("/publications/manage/series/" + weekly + "/issues/new"));
        editor.locator("#number").fill("1");
        editor.locator("#date").fill(LocalDate.now(clock).toString());
        editor.locator("#title").fill("Forecast " + marker);
        editor.locator("section.issue-form form button[type=submit]").first().click();
        assertThat(editor.locator("#number-error")).containsText("already has an issue numbered 1");
        accessible(editor);
        editor.locator("#number").fill("2");
        editor.locator("section.issue-form form button[type=submit]").first().click();
        editor.waitForURL(address -> address.contains("/publications/manage/issues/"));

        Path file = Files.createTempFile("forecast", ".pdf");
        String english = SeriesFixtures.word(), chinese = IssueTextSearchTests.chinese(4);
        Files.write(file, pdf.render("publications/series/test-report", Map.of("title", "Forecast " + marker,
                "paragraphs", List.of("Weekly cases of " + english + " fell.", "本周" + chinese + "病例下降。")), Locale.ENGLISH));
        Path named = Files.move(file, file.resolveSibling("forecast-" + marker + ".pdf"));
        editor.locator("#file").setInputFiles(named);
        editor.locator("form[enctype] button[type=submit]").click();
        assertThat(editor.locator("ul.issue-files li")).hasCount(1);
        accessible(editor);
        editor.locator("form[action$='/publish'] button").click();
        assertThat(editor.locator("section.publication-issue")).hasAttribute("data-status", "PUBLISHED");

        // the Done-when of issue 21: on the front page, in its series' Atom feed, and found by words of its PDF
        Page visitor = person();
        visitor.navigate(url("/"));
        assertThat(visitor.locator("#publications")).containsText("Forecast " + marker);
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(new java.io.ByteArrayInputStream(
                visitor.request().get(url("/publications/series/" + weekly + "/feed.atom")).body())));
        org.assertj.core.api.Assertions.assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).anyMatch(t -> t.contains("Forecast " + marker));
        assertThat(search(visitor, english)).containsText("Forecast " + marker);
        assertThat(search(visitor, chinese)).containsText("Forecast " + marker);
        visitor.navigate(url("/publications"));
        assertThat(visitor.locator("ul.issue-list")).containsText("Forecast " + marker);
        accessible(visitor);
        visitor.navigate(url("/publications/series/" + weekly));
        accessible(visitor);
        visitor.locator("ul.issue-list a", new Page.LocatorOptions().setHasText("Forecast " + marker)).click();
        assertThat(visitor.locator("ul.issue-files a")).hasCount(1);
        assertThat(visitor.locator("p.citation")).containsText("Forecast " + marker);
        accessible(visitor);
        editor.navigate(url("/publications/manage"));
        accessible(editor);
        editor.navigate(url("/publications/manage/series/" + weekly));
        accessible(editor);
        editor.navigate(url("/publications/manage/series/" + weekly + "/edit"));
        accessible(editor);

        UUID restricted = f.series("Restricted browser " + marker, SeriesKind.ADVISORY_REPORT_SERIES, Cadence.IRREGULAR,
                AccessPolicy.RESTRICTED, null, List.of(), List.of(people.idOf(recipient).orElseThrow()));
        UUID report = f.published(restricted, 1, LocalDate.now(clock), "Confidential " + marker);
        Page reader = person();
        signIn(reader, recipient);
        reader.navigate(url("/publications/issues/" + report));
        assertThat(reader.locator("h1")).containsText("Confidential " + marker);
        assertThat(search(reader, marker)).containsText("Confidential " + marker);
        Page other = person();
        signIn(other, outsider);
        org.assertj.core.api.Assertions.assertThat(other.navigate(url("/publications/issues/" + report)).status()).isEqualTo(404);
        other.navigate(url("/search?q=" + marker));
        assertThat(other.locator("section.search")).not().containsText("Confidential " + marker);
        Page anonymous = person();
        anonymous.navigate(url("/search?q=" + marker));
        assertThat(anonymous.locator("section.search")).not().containsText("Confidential " + marker);
        other.navigate(url("/publications/series/" + restricted));
        assertThat(other.locator("section.publication-series")).not().containsText("Confidential " + marker);
    }

    /**
     * The hits of the header's search box for the words, asked again until they come: search indexes a published
     * issue after its transaction, so the first answer may come before it.
     */
    private com.microsoft.playwright.Locator search(Page page, String words) {
        for (int attempt = 0; attempt < 40; attempt++) {
            page.navigate(url("/"));
            page.locator("form.front-search input[name=q]").fill(words);
            page.locator("form.front-search button[type=submit]").click();
            page.waitForURL(address -> address.contains("/search"));
            if (page.locator("ol.hits li").count() > 0) {
                break;
            }
            page.waitForTimeout(250);
        }
        return page.locator("ol.hits");
    }

    /** axe-core finds no WCAG 2.2 A/AA violation on the page as it stands. */
    private static void accessible(Page page) {
        var results = new com.deque.html.axecore.playwright.AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).setLegacyMode(true).analyze();
        org.assertj.core.api.Assertions.assertThat(results.getViolations()).as(page.url())
                .extracting(rule -> rule.getId() + " " + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .isEmpty();
    }

    private Page person() {
        return chromium.newContext(new Browser.NewContextOptions().setLocale("en-GB")).newPage();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(Page page, String email) {
        page.navigate(url("/login"));
        page.locator("#email").fill(email);
        page.locator("#password").fill(PASSWORD);
        page.locator("form button[type=submit]").click();
        page.waitForURL(address -> !address.contains("/login"));
    }

    private String account(String name, Role role) {
        String email = name + "@example.net";
        accounts.createActive(email, name, PASSWORD, EnumSet.of(role));
        return email;
    }
}
