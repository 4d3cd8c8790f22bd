package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The header at 1280 px stays within two rows for the Secretariat and a member representative; on a phone the menu
 * is folded behind its button, which opens and closes it; the page names its favicon.
 */
class HeaderBrowserTests extends BrowserTest {

    /** The distinct tops of the header's top-level items (not those inside a drop-down). */
    private static final String TOPS = """
            () => [...new Set([...document.querySelectorAll('header nav li')].filter(li => !li.parentElement.closest('details'))
                .filter(li => li.offsetParent !== null).map(li => Math.round(li.getBoundingClientRect().top)))]""";

    @Test
    void atDesktopWidthTheHeaderKeepsToTwoRowsForTheSecretariatAndARepresentative() {
        for (String email : List.of("secretariat@example.org", "representative@example.org")) {
            Page page = person(1280, 800, "Asia/Shanghai");
            signIn(page, email, DEMO_PASSWORD);
            List<?> tops = (List<?>) page.evaluate(TOPS);
            assertThat(tops).as(email + " rows of the header").hasSizeBetween(1, 2);
            Number height = (Number) page.evaluate("() => document.querySelector('header').getBoundingClientRect().height");
            assertThat(height.doubleValue()).as(email + " header height").isLessThan(120);
            assertThat(page.locator(".menu-toggle")).isHidden();
            // the personal links moved into the account drop-down; the language switch is a drop-down of its own
            page.locator("[data-menu=account] summary").click();
            assertThat(page.locator("[data-menu=account] a[href='/dashboard']")).isVisible();
            // Pico closes an open drop-down on the next click anywhere (its summary's overlay takes that click)
            page.locator("[data-menu=account] summary").click();
            assertThat(page.locator("[data-menu=account] a[href='/dashboard']")).isHidden();
            page.locator("[data-menu=language] summary").click();
            assertThat(page.locator("[data-menu=language] a[data-lang=zh]")).isVisible();
        }
    }

    @Test
    void onAPhoneTheMenuFoldsBehindItsButtonWhichOpensAndClosesIt() {
        Page phone = person(390, 844, "Asia/Shanghai");
        signIn(phone, "representative@example.org", DEMO_PASSWORD);
        Locator toggle = phone.locator("button.menu-toggle");
        Locator menu = phone.locator("#site-menu");
        assertThat(toggle).isVisible();
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        assertThat(toggle).hasAttribute("aria-controls", "site-menu");
        assertThat(menu).isHidden();
        assertThat(phone.locator("#header-q")).isVisible();

        toggle.click();
        assertThat(toggle).hasAttribute("aria-expanded", "true");
        assertThat(menu).isVisible();
        assertThat(phone.locator("#site-menu a[href='/calls']")).isVisible();

        toggle.click();
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        assertThat(menu).isHidden();
        assertThat(phone.locator("link[rel=icon][href='/favicon.ico']")).hasCount(1);
        assertThat(phone.request().get(url("/favicon.ico")).status()).isEqualTo(200);
        assertThat(phone.request().get(url("/images/favicon.svg")).status()).isEqualTo(200);
    }
}
