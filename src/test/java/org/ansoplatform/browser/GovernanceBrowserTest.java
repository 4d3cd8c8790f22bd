package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

/** The steps the governance browser tests share: a demo account signed in, a session created, a decision recorded. */
abstract class GovernanceBrowserTest extends BrowserTest {

    Page signIn(String email) {
        Page page = person();
        signIn(page, email, DEMO_PASSWORD);
        assertThat(page.locator("main")).containsText(email);
        return page;
    }

    String createSession(Page secretariat, String body, String title) {
        secretariat.navigate(url("/secretariat/governance/sessions"));
        secretariat.locator("#body").selectOption(body);
        secretariat.locator("#title").fill(title);
        secretariat.locator("#startsAt").fill("2026-11-20T10:00");
        secretariat.locator("#zone").fill("Asia/Shanghai");
        secretariat.locator("#mode").selectOption("ONLINE");
        secretariat.locator(".session-form button[type=submit]").click();
        assertThat(secretariat.locator("h1")).hasText(title);
        return secretariat.url();
    }

    void decide(Page secretariat, String text, String subjectStartsWith, String outcome, String motionTitle) {
        Locator subject = secretariat.locator("#decisionSubject option").filter(new Locator.FilterOptions().setHasText(subjectStartsWith));
        secretariat.locator("#decisionSubject").selectOption(subject.first().getAttribute("value"));
        secretariat.locator("#decisionText").fill(text);
        secretariat.locator("#outcome").selectOption(outcome);
        if (motionTitle != null) {
            secretariat.locator("#motionId").selectOption(new SelectOption().setLabel(motionTitle));
        }
        secretariat.locator(".decision-form button[type=submit]").click();
        assertThat(secretariat.locator(".flash.success")).containsText("decision is recorded");
    }
}
