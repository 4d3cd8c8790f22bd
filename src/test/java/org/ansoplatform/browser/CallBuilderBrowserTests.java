package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ansoplatform.Mail;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.selection.SelectionRuleBook;
import org.ansoplatform.calls.CallStatus;
import org.ansoplatform.calls.FormField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Secretariat builds a call without JSON, at desktop and phone width: the call’s facts, then in the form
 * builder a section, the track question and a question required only for one track, a selection cap in the
 * selection builder; the preview shows the new
 * question with its mark; the call is opened and its public page answers.
 */
class CallBuilderBrowserTests extends BrowserTest {

    static final String PASSWORD = "a sturdy builder passphrase";
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    AccountManagement accounts;

    @Autowired
    CallQueries callQueries;

    @Autowired
    SelectionRuleBook ruleBook;

    @Test
    void theSecretariatBuildsPreviewsAndOpensACallAtDesktopWidth() {
        buildPreviewAndOpen(person(1280, 800, "Asia/Shanghai"));
    }

    @Test
    void theSecretariatBuildsPreviewsAndOpensACallOnAPhone() {
        buildPreviewAndOpen(person(390, 844, "Asia/Shanghai"));
    }

    private void buildPreviewAndOpen(Page page) {
        signIn(page, secretariat(), PASSWORD);
        String code = "builder-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);

        page.navigate(url("/secretariat/calls/new"));
        page.locator("#programmeCode").fill("builder-programme");
        page.locator("#code").fill(code);
        page.locator("#referencePrefix").fill("BLD");
        page.locator("#title").fill("Builder call " + code);
        page.locator("#opens").fill(now.minusDays(1).format(LOCAL));
        page.locator("#closes").fill(now.plusDays(30).format(LOCAL));
        page.locator("input[name='tracks[0].code']").fill("PHD");
        page.locator("input[name='tracks[0].name[en]']").fill("PhD");
        page.locator("input[name='tracks[0].number']").fill("3");
        page.locator("form[action$='/secretariat/calls/new'] button[type=submit]").click();
        page.waitForURL(address -> address.matches(".*/secretariat/calls/[0-9a-f-]{36}$"));
        UUID callId = UUID.fromString(page.url().replaceFirst(".*/secretariat/calls/", ""));

        page.locator("nav.call-builders a[href$='/builder/form']").click();
        page.waitForURL(address -> address.endsWith("/builder/form"));
        page.locator("#sectionKey").fill("main");
        page.locator("#sectionTitle").fill("Your plans");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the section")).click();
        assertThat(page.locator("#section-main h2")).hasText("Your plans");

        addQuestion(page, "track", "SINGLE_CHOICE", "Track", "PHD = PhD");
        page.locator("a[href$='/builder/form#field-track']").first().click();
        addQuestion(page, "thesis", "LONG_TEXT", "Thesis plan", "");
        page.locator("#fieldsthesis\\.requiredIf").selectOption("track");
        page.locator("#fieldsthesis\\.requiredIfValues").fill("PHD");
        page.locator("#fieldsthesis\\.maxWords").fill("300");
        page.locator("form.field-editor button[type=submit]").click();
        page.waitForURL(address -> address.endsWith("/builder/form#field-thesis"));
        assertThat(page.locator("#field-thesis .required-if")).containsText("PhD");

        FormField thesis = callQueries.any(callId).definition().form().field("thesis").orElseThrow();
        org.assertj.core.api.Assertions.assertThat(thesis.requiredIf()).isEqualTo(new FormField.Condition("track", java.util.List.of("PHD")));

        // a selection cap in the selection builder: no country may take more than a quarter of the awards
        page.navigate(url("/secretariat/calls/" + callId + "/builder/selection"));
        page.locator("[name='caps[0].percent']").fill("25");
        page.locator("form.selection-builder button[type=submit]:not([name])").click();
        assertThat(page.locator("[name='caps[0].percent']")).hasValue("25");
        org.assertj.core.api.Assertions.assertThat(ruleBook.rules(callId).caps()).singleElement()
                .satisfies(cap -> org.assertj.core.api.Assertions.assertThat(cap.maxShare()).isEqualTo(0.25));

        page.navigate(url("/secretariat/calls/" + callId + "/builder/form"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Preview").setExact(true)).first().click();
        assertThat(page.locator(".preview-banner")).containsText("nothing is saved");
        assertThat(page.locator("[data-question='thesis'] label")).containsText("Thesis plan");
        assertThat(page.locator("[data-question='thesis'] .required-if")).containsText("required if “Track” is “PhD”");
        assertThat(page.locator("#q-thesis")).isDisabled();

        page.navigate(url("/secretariat/calls/" + callId));
        page.locator("#status").selectOption("OPEN");
        page.locator("form[action$='/secretariat/calls/" + callId + "'] button[type=submit]").click();
        page.waitForURL(address -> address.endsWith("/secretariat/calls/" + callId));
        org.assertj.core.api.Assertions.assertThat(callQueries.any(callId).definition().status()).isEqualTo(CallStatus.OPEN);
        org.assertj.core.api.Assertions.assertThat(callQueries.any(callId).definition().form().field("thesis")).isPresent();

        Page visitor = person();
        org.assertj.core.api.Assertions.assertThat(visitor.navigate(url("/calls/" + callId)).status()).isEqualTo(200);
        assertThat(visitor.locator("h1")).containsText("Builder call " + code);
    }

    /** A question through the “Add a question” form, then its editor. */
    private void addQuestion(Page page, String key, String type, String label, String options) {
        page.locator("#newField\\.key").fill(key);
        page.locator("#newField\\.type").selectOption(type);
        page.locator("#newField\\.label").fill(label);
        page.locator("#newField\\.options").fill(options);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the question")).click();
        page.waitForURL(address -> address.endsWith("/builder/form/fields/" + key));
        assertThat(page.locator("#fields" + key + "\\.key")).hasValue(key);
    }

    private String secretariat() {
        String email = "builder-" + UUID.randomUUID().toString().substring(0, 6) + "@example.net";
        UUID id = accounts.register(email, "Builder Secretariat", PASSWORD, "en");
        String link = Mail.path(Mail.awaitBody(email, "Verify"));
        accounts.verifyEmail(URLDecoder.decode(link.replaceFirst(".*token=", ""), StandardCharsets.UTF_8));
        accounts.grant(id, Role.SECRETARIAT);
        return email;
    }
}
