package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import org.ansoplatform.Mail;
import org.junit.jupiter.api.Test;

/** What people do, in a real browser against the running platform. A failure leaves a screenshot in target/. */
class PlatformBrowserTests extends BrowserTest {

    @Test
    void personRegistersVerifiesSignsInSwitchesToChineseAndSeesARoleAnAdministratorGrants() {
        String email = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        Page page = person();

        page.navigate(url("/"));
        page.locator("header a[href='/register']").click();
        page.locator("#email").fill(email);
        page.locator("#displayName").fill("Fatima Zahra");
        page.locator("#password").fill("a sturdy browser passphrase");
        page.locator("#passwordConfirmation").fill("a sturdy browser passphrase");
        page.locator("form button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Check your email");

        page.navigate(Mail.link(Mail.awaitBody(email, "Verify")));
        page.getByText("Confirm my email").click();
        assertThat(page.locator(".flash.success")).containsText("verified");

        page.locator("#email").fill(email);
        page.locator("#password").fill("a sturdy browser passphrase");
        page.locator("form button[type=submit]").click();
        // sign-in lands on the dashboard (issue 25); the front page then greets the person
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/dashboard$"));
        page.navigate(url("/"));
        assertThat(page.locator("main")).containsText("Signed in as " + email);
        assertThat(page.locator("[data-menu=secretariat]")).hasCount(0);

        page.locator("[data-menu=language] summary").click();
        page.locator("a[data-lang=zh]").click();
        assertThat(page.locator("h1")).hasText("“一带一路”国际科学组织联盟（ANSO）"); // the front page (issue 21)
        assertThat(page.locator("html")).hasAttribute("lang", "zh");
        page.navigate(url("/"));
        assertThat(page.locator("h1")).hasText("“一带一路”国际科学组织联盟（ANSO）"); // the choice is remembered

        Page admin = person();
        signIn(admin, "admin@example.org", DEMO_PASSWORD);
        admin.navigate(url("/admin/people?q=" + email));
        admin.getByText("Fatima Zahra").click();
        admin.locator("tr[data-role=SECRETARIAT] button").click();
        assertThat(admin.locator(".flash.success")).containsText("granted");

        page.reload();
        assertThat(page.locator("[data-menu=secretariat] summary")).hasText("秘书处");
        page.locator("[data-menu=secretariat] summary").click();
        page.locator("[data-menu=secretariat] a[href='/secretariat/activity']").click();
        assertThat(page.locator("h1")).hasText("操作日志");
    }

    @Test
    void visitorFiltersTheDirectoryByCountry() {
        Page page = person();
        page.navigate(url("/directory"));
        int all = page.locator("#results tbody tr[data-country]").count();
        page.locator("select[name=country]").selectOption("PK");
        page.waitForURL(address -> address.contains("country=PK"));
        assertThat(page.locator("#results tbody tr[data-country]").first()).hasAttribute("data-country", "PK");
        page.locator("#results tbody tr[data-country]").all().forEach(row -> assertThat(row).hasAttribute("data-country", "PK"));
        org.assertj.core.api.Assertions.assertThat(page.locator("#results tbody tr[data-country]").count()).isLessThan(all);

        page.locator("[data-menu=language] summary").click();
        page.locator("a[data-lang=zh]").click();
        assertThat(page.locator("select[name=country]")).hasValue("PK");
    }
}
