package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** A keyboard and screen-reader user's way through the platform (issue 16, items 7 and 8); axe-core checks each page too. */
class AccessibilityBrowserTests extends BrowserTest {

    @Test
    void aKeyboardUserSkipsToTheContentAndHearsTheMessagesOfARefusedFormFirst() {
        Page page = person();
        page.navigate(url("/register"));

        page.keyboard().press("Tab");
        assertThat(page.locator("a.skip-link")).isFocused();
        assertThat(page.locator("a.skip-link")).isVisible();
        page.keyboard().press("Enter");
        assertThat(page.locator("main#content")).isFocused();

        page.locator("form button[type=submit]").click();
        assertThat(page.locator("[data-error-summary]")).isFocused();
        assertThat(page.locator("[data-error-summary] a[href='#email']")).isVisible();
        assertThat(page.locator("#email")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#email")).hasAttribute("aria-describedby", "email-error");
        page.locator("[data-error-summary] a[href='#email']").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#email$"));
    }

    @Test
    void fileInputsAndButtonsShowAClearFocusRing() {
        Page page = person();
        signIn(page, "applicant@example.org", DEMO_PASSWORD);
        page.navigate(url("/membership/apply"));

        page.locator("#motivation").focus();
        page.keyboard().press("Tab");
        assertThat(page.locator("#documents")).isFocused();
        assertThat(page.locator("#documents")).hasCSS("outline-style", "solid");
        assertThat(page.locator("#documents")).hasCSS("outline-width", "3px");
        page.keyboard().press("Tab");
        assertThat(page.locator("form.application-form button[type=submit]")).isFocused();
        assertThat(page.locator("form.application-form button[type=submit]")).hasCSS("outline-width", "3px");
    }
}
