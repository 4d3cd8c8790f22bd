package org.ansoplatform.datasets.deposit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.platform.security.RealCsrfRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.web.FilterChainProxy;

/**
 * The deposit in the browser: a depositor's wrong ORCID iD is refused next to its field, a creator row is added by its
 * button, two files are uploaded and the dataset submitted; a curator returns it with a comment the depositor reads,
 * then publishes the resubmitted version; a visitor reads its landing page with the citation and the DOI.
 */
class DatasetDepositBrowserTests extends IntegrationTest {

    static final String PASSWORD = "a sturdy datasets passphrase";

    static Playwright playwright;
    static Browser chromium;

    @LocalServerPort int port;
    @Autowired AccountManagement accounts;
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
    void aDepositorDepositsACuratorReturnsThenPublishesAndAVisitorCitesIt() throws Exception {
        String marker = Long.toString(System.nanoTime(), 36);
        String depositorEmail = account("depositor-" + marker, Role.APPLICANT);
        String curatorEmail = account("curator-" + marker, Role.DATA_CURATOR);
        String title = "Alpine lake temperatures " + marker;

        Page depositor = person();
        signIn(depositor, depositorEmail);
        depositor.navigate(url("/me/datasets/new"));
        depositor.locator("[id='titles0.text']").fill(title);
        depositor.locator("[id='creators0.familyName']").fill("Carberry");
        depositor.locator("[id='creators0.orcid']").fill("0000-0002-1825-0098");
        depositor.locator("#licence").selectOption("CC-BY-4.0");
        depositor.locator("button.save").click();
        assertThat(depositor.locator("[id='creators[0].orcid-error']")).containsText("not a valid ORCID iD");
        depositor.locator("[id='creators0.orcid']").fill(DepositFixtures.ORCID);
        depositor.locator("button[name=add][value=creators]").click();
        assertThat(depositor.locator("[id='creators1.familyName']")).isVisible();
        depositor.locator("[id='creators1.familyName']").fill("Nakamura");
        depositor.locator("button.save").click();
        depositor.waitForURL(address -> address.matches(".*/me/datasets/[0-9a-f-]{36}$"));
        String datasetPath = depositor.url().replaceAll(".*/me/datasets/", "/datasets/");

        for (String name : List.of("temperatures.csv", "stations.csv")) {
            Path file = Files.createTempDirectory("dataset").resolve(name);
            Files.writeString(file, "station,day,celsius\nLake " + marker + ",2021-07-01,14.5\n", StandardCharsets.UTF_8);
            depositor.locator("#file").setInputFiles(file);
            depositor.locator("form[enctype] button[type=submit]").click();
            assertThat(depositor.locator("body")).containsText(name);
        }
        depositor.locator("form[action$='/submit'] button").click();
        assertThat(depositor.locator("section.dataset-deposit span.badge").first()).containsText("Submitted");

        Page curator = person();
        signIn(curator, curatorEmail);
        curator.navigate(url("/curation/datasets"));
        curator.locator("a", new Page.LocatorOptions().setHasText(title)).click();
        curator.locator("form[action$='/take'] button").click();
        curator.locator("#comment").fill("Please name the second creator’s affiliation.");
        curator.locator("form[action$='/return'] button").click();
        assertThat(curator.locator("section.curation-version span.badge").first()).containsText("Returned");

        depositor.reload();
        assertThat(depositor.locator("ol.history")).containsText("Please name the second creator’s affiliation.");
        depositor.locator("form[action$='/submit'] button").click();
        curator.reload();
        curator.locator("form[action$='/take'] button").click();
        curator.locator("form[action$='/publish'] button").click();
        assertThat(curator.locator("section.curation-version span.badge").first()).containsText("Published");

        Page visitor = person();
        visitor.navigate(url(datasetPath));
        assertThat(visitor.locator("h1")).containsText(title);
        assertThat(visitor.locator("p.citation")).containsText("Carberry");
        assertThat(visitor.locator("p.doi")).containsText("10.");
        assertThat(visitor.locator("table a")).hasCount(2);
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
