package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Secretariat signs in and lands on the dashboard, on a desktop and on a phone: each chart of an open call is drawn
 * (Chart.js knows its canvas) above its table, which stays visible with the expected rows.
 */
class DashboardBrowserTests extends BrowserTest {

    @Autowired
    CallManagement calls;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    AccountManagement accounts;

    @Test
    void theSecretariatLandsOnTheDashboardAndSeesEachChartWithItsTableOnADesktopAndAPhone() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        UUID callId = calls.create(CallTestDataAccess.call("dashb", now.minusDays(1), now.plusDays(20)));
        CallTestDataAccess.submitted(applications, callId, Someone.register(accounts, "Chart Kenyan", "APPLICANT"), "KE");
        CallTestDataAccess.submitted(applications, callId, Someone.register(accounts, "Chart Second Kenyan", "APPLICANT"), "KE");
        CallTestDataAccess.submitted(applications, callId, Someone.register(accounts, "Chart Ghanaian", "APPLICANT"), "GH");
        applications.start(callId, Someone.register(accounts, "Chart Drafter", "APPLICANT"));

        for (Page page : new Page[] {person(1280, 800, "Europe/Berlin"), person(390, 844, "Asia/Shanghai")}) {
            signIn(page, "secretariat@example.org", DEMO_PASSWORD);
            assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
            Locator card = page.locator("article.open-call[data-call='" + callId + "']");
            for (String part : new String[] {"per-day", "countries", "funnel"}) {
                Locator figure = card.locator("figure[data-part=" + part + "]");
                Locator canvas = figure.locator("canvas[role=img]");
                assertThat(canvas).hasCount(1);
                assertThat(canvas).hasAttribute("aria-label", Pattern.compile(".+"));
                assertThat((Boolean) canvas.evaluate("c => Chart.getChart(c) !== undefined")).as(part).isTrue();
                assertThat(figure.locator("table")).isVisible();
            }
            Locator countries = card.locator("figure[data-part=countries] tbody tr");
            assertThat(countries).hasCount(3);
            assertThat(countries.first()).hasAttribute("data-country", "KE");
            assertThat(countries.first()).containsText("Kenya");
            assertThat(countries.first().locator("td").first()).hasText("2");
            assertThat(card.locator("figure[data-part=per-day] tbody tr")).hasCount(1);
            assertThat(card.locator("figure[data-part=per-day] tbody tr td").nth(0)).hasText("4");
            assertThat(card.locator("figure[data-part=per-day] tbody tr td").nth(1)).hasText("3");
            assertThat(card.locator("figure[data-part=funnel] tr[data-stage=started] td").last()).hasText("4");
            assertThat(card.locator("figure[data-part=funnel] tr[data-stage=applications] td").last()).hasText("3");
            assertThat((Number) card.locator("figure[data-part=countries] canvas")
                    .evaluate("c => Chart.getChart(c).data.datasets[0].data.length")).isEqualTo(3);
        }
    }
}
