package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.ansoplatform.Mail;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.selection.SelectionRuleBook;
import org.ansoplatform.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Secretariat builds a call’s rules without JSON, at desktop and phone width: an age limit with its own reason
 * for applicants, a cap of 30 % (after 120 % is refused next to its field), and next year’s call proposed with
 * what still names the year listed.
 */
class CallRulesBrowserTests extends BrowserTest {

    static final String PASSWORD = "a sturdy rules passphrase";

    @Autowired
    AccountManagement accounts;

    @Autowired
    CallManagement calls;

    @Autowired
    CallQueries callQueries;

    @Autowired
    SelectionRuleBook ruleBook;

    @Test
    void theSecretariatBuildsTheRulesAndProposesNextYearsCall() {
        String email = secretariat();
        int[][] viewports = {{1280, 800}, {390, 844}};
        for (int[] viewport : viewports) {
            String suffix = UUID.randomUUID().toString().substring(0, 6);
            CallDefinition base = CallTestDataAccess.call("rb", java.time.LocalDateTime.of(2030, 1, 1, 0, 0),
                    java.time.LocalDateTime.of(2030, 3, 1, 0, 0));
            UUID callId = calls.create(new CallDefinition(base.programmeCode(), "rb-" + suffix + "-2030", base.referencePrefix(),
                    LocalizedText.of("Rules call 2030 " + suffix, "规则征集 2030"),
                    LocalizedText.of(Map.of("en", "Scholarships for the year 2030. Enrolment in September 2030.")), base.zone(), base.opens(),
                    base.closes(), base.status(), base.refereeCount(), base.nominationQuota(), base.tracks(), base.hosts(), base.form(),
                    base.eligibility()));
            Page page = person(viewport[0], viewport[1], "Asia/Shanghai");
            signIn(page, email, PASSWORD);

            page.navigate(url("/secretariat/calls/" + callId + "/builder/eligibility"));
            page.locator("#add-kind").selectOption("age-limit");
            page.locator("form.add-rule button[type=submit]").click();
            page.locator("#rule-id").fill("young");
            page.locator("#maxAge").fill("30");
            page.locator("#referenceDate").fill("2030-09-01");
            page.locator("#reason-en").fill("Applicants must be 30 or younger on 1 September 2030.");
            page.locator("#rule-form button[name=action]").click();
            assertThat(page.locator("[data-rule=young]")).containsText("Applicants must be 30 or younger on 1 September 2030.");
            org.assertj.core.api.Assertions.assertThat(callQueries.any(callId).definition().eligibility()).contains("\"young\"")
                    .contains("\"reason\"");

            page.navigate(url("/secretariat/calls/" + callId + "/builder/selection"));
            page.locator("[name='caps[0].percent']").fill("120");
            page.locator("form.selection-builder button[type=submit]:not([name])").click();
            assertThat(page.locator("[id='caps[0].maxShare-error']")).containsText("At most 100 %");
            org.assertj.core.api.Assertions.assertThat(ruleBook.rules(callId).caps()).isEmpty();
            page.locator("[name='caps[0].percent']").fill("30");
            page.locator("form.selection-builder button[type=submit]:not([name])").click();
            assertThat(page.locator("[name='caps[0].percent']")).hasValue("30");
            org.assertj.core.api.Assertions.assertThat(ruleBook.rules(callId).caps()).singleElement()
                    .satisfies(cap -> org.assertj.core.api.Assertions.assertThat(cap.maxShare()).isEqualTo(0.3));

            page.navigate(url("/secretariat/calls"));
            page.locator("tr[data-call='rb-" + suffix + "-2030'] a[href$='/clone']").click();
            assertThat(page.locator("table.year-mentions")).containsText("Enrolment in September 2031.");
            assertThat(page.locator("#code")).hasValue("rb-" + suffix + "-2031");
            assertThat(page.locator("#title")).hasValue("Rules call 2031 " + suffix);
            page.locator("form.clone-form button[type=submit]").click();
            page.waitForURL(address -> address.matches(".*/secretariat/calls/[0-9a-f-]{36}$"));
            UUID copy = UUID.fromString(page.url().replaceFirst(".*/secretariat/calls/", ""));
            var next = callQueries.any(copy).definition();
            org.assertj.core.api.Assertions.assertThat(next.title().get("en")).isEqualTo("Rules call 2031 " + suffix);
            org.assertj.core.api.Assertions.assertThat(next.eligibility()).contains("2031-09-01").doesNotContain("2030-09-01");
        }
    }

    private String secretariat() {
        String email = "rules-" + UUID.randomUUID().toString().substring(0, 6) + "@example.net";
        UUID id = accounts.register(email, "Rosa Rules", PASSWORD, "en");
        String link = Mail.path(Mail.awaitBody(email, "Verify"));
        accounts.verifyEmail(URLDecoder.decode(link.replaceFirst(".*token=", ""), StandardCharsets.UTF_8));
        accounts.grant(id, Role.SECRETARIAT);
        return email;
    }
}
