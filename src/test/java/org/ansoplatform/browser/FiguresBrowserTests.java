package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The Secretariat reads 2021's figures from the menu, opens the records behind one, and mistypes a year; axe-core checks each page. */
class FiguresBrowserTests extends BrowserTest {

    @Test
    void theSecretariatOpensTheFiguresOf2021AndTheRecordsBehindOne() {
        Page page = person();
        signIn(page, "secretariat@example.org", DEMO_PASSWORD);
        page.navigate(url("/secretariat/figures?year=2021"));
        assertThat(page.locator("h1")).hasText("Figures of 2021");
        assertThat(page.locator("h2#module-calls")).isVisible();
        assertThat(page.locator("h2#module-review")).isVisible();
        assertThat(page.locator("article[data-key='calls.calls'] .figure-value")).not().hasText("0");

        page.locator("article[data-key='calls.calls'] a[href*='/secretariat/figures/calls.calls']").click();
        assertThat(page.locator("h1")).containsText("Calls");
        assertThat(page.locator("ul.records a[href^='/calls/']").first()).isVisible();

        page.navigate(url("/secretariat/figures?year=2021"));
        page.locator("#year").fill("20x1");
        page.locator("form.filters button[type=submit]").click();
        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.locator("#year")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#year-error")).hasText("Enter a whole number.");
    }
}
