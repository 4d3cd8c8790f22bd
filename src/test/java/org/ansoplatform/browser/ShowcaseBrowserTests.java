package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.ansoplatform.files.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * A data curator writes a showcase with a screenshot and publishes it; a visitor finds it on its theme's page and
 * opens it; the demo's CropWatch Cloud is on the list. Axe checks every page reached.
 */
class ShowcaseBrowserTests extends BrowserTest {

    @Test
    void aCuratorPublishesAShowcaseThatAVisitorFindsByItsTheme() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Page curator = person();
        signIn(curator, "curator@example.org", DEMO_PASSWORD);
        curator.navigate(url("/curation/showcases"));
        curator.locator("section.showcase-manage a[role=button]").click();
        curator.locator("#title").fill("Flood Early Warning " + run);
        curator.locator("#description").fill("River level forecasts for the Mekong basin, updated daily.");
        curator.locator("#kind").selectOption("MODEL");
        curator.locator("#theme").selectOption("DISASTERS");
        curator.locator("#link").fill("javascript:alert(1)");
        curator.locator("section.showcase-form form button[type=submit]").first().click();
        assertThat(curator.locator("#link-error")).isVisible();
        curator.locator("#link").fill("https://flood.example.org/");
        curator.locator("section.showcase-form form button[type=submit]").first().click();
        assertThat(curator).hasURL(Pattern.compile(".*/curation/showcases/[0-9a-f-]{36}$"));

        Path png = Files.createTempFile("screenshot", ".png");
        Files.write(png, TestFiles.png());
        curator.locator("#image").setInputFiles(png);
        curator.locator("#alt").fill("Forecast map of the Mekong basin");
        curator.locator("form[enctype='multipart/form-data'] button[type=submit]").click();
        assertThat(curator.locator("figure.showcase-screenshot img")).hasAttribute("alt", "Forecast map of the Mekong basin");
        curator.locator("form[action$='/publish'] button").click();
        assertThat(curator.locator("section.showcase-form .badge")).hasText("Published");

        Page visitor = person();
        visitor.navigate(url("/showcases"));
        assertThat(visitor.locator("section.showcase-list article", new Page.LocatorOptions().setHasText("CropWatch Cloud"))).isVisible();
        visitor.locator("nav.showcase-themes a", new Page.LocatorOptions().setHasText("Disasters")).click();
        assertThat(visitor).hasURL(Pattern.compile(".*/showcases/themes/disasters$"));
        visitor.locator("article.showcase-card h2 a", new Page.LocatorOptions().setHasText("Flood Early Warning " + run)).click();
        assertThat(visitor.locator("h1")).hasText("Flood Early Warning " + run);
        assertThat(visitor.locator("a.showcase-link")).hasAttribute("href", "https://flood.example.org/");
        assertThat(visitor.locator("figure.showcase-screenshot img")).hasAttribute("alt", "Forecast map of the Mekong basin");
        Files.deleteIfExists(png);
    }
}
