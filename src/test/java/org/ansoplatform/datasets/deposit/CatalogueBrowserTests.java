package org.ansoplatform.datasets.deposit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.ansoplatform.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The catalogue in the browser: a visitor looks for words, then narrows by a facet; htmx replaces the form's counts
 * and the results in place (no page load) and pushes the address, which opened again gives the same list.
 */
class CatalogueBrowserTests extends IntegrationTest {

    static Playwright playwright;
    static Browser chromium;

    @LocalServerPort int port;

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

    @Test
    void aVisitorSearchesAndNarrowsByAFacetInPlace() {
        Page page = chromium.newContext(new Browser.NewContextOptions().setLocale("en-GB")).newPage();
        page.navigate("http://localhost:" + port + "/datasets");
        assertThat(page.locator("h1")).hasText("Datasets");
        page.evaluate("() => { window.stayed = true; }");

        page.locator("#catalogue-q").fill("illustrative");
        page.locator("#catalogue-q").press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*q=illustrative.*"));
        assertThat(page.locator("#results")).containsText("CropWatch crop-condition bulletins");
        assertThat(page.locator("#results")).containsText("Field survey of agricultural and forestry pests");

        page.locator("#catalogue select[name=sdg]").selectOption("15");
        assertThat(page).hasURL(Pattern.compile(".*sdg=15.*"));
        assertThat(page.locator("#results")).not().containsText("CropWatch crop-condition bulletins");
        assertThat(page.locator("#results")).containsText("Ecological security indicators");
        assertThat(page.locator("#results")).containsText("Field survey of agricultural and forestry pests");
        assertThat(page.locator("#catalogue select[name=sdg] option:checked")).hasText(Pattern.compile("15 \\(\\d+\\)"));
        assertThat(page.locator("#catalogue select[name=subject] option")).containsText(new String[] {"Any",
                "Agriculture, forestry, and fisheries (1)", "Earth and related environmental sciences (1)"});
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.stayed === true")).isEqualTo(true);

        page.reload();
        assertThat(page.locator("#catalogue select[name=sdg] option:checked")).hasText(Pattern.compile("15 \\(\\d+\\)"));
        assertThat(page.locator("#results")).not().containsText("CropWatch crop-condition bulletins");
    }
}
