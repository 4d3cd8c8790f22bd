package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.ansoplatform.Mail;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CooperationCall;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A researcher fills the cooperation call's groups (issue 18): the lead and a partner chosen by searching the
 * directory, a second partner row added and named with its country because the directory lacks it, two budget
 * lines and their total; the submitted proposal shows the partners as a table with the ROR link. Axe checks every
 * page and swap (every column input has a label).
 */
class CooperationFormBrowserTests extends BrowserTest {

    static final String PASSWORD = "a sturdy browser passphrase";

    @Autowired
    AccountManagement accounts;

    @Autowired
    CallManagement calls;

    @Autowired
    OrganizationManagement organizations;

    @Test
    void aResearcherAddsTwoPartnerRowsChoosesOrganizationsAndABudgetThatAddsUp() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        UUID callId = calls.create(CooperationCall.call(now.minusDays(1), now.plusDays(20)));
        String marker = UUID.randomUUID().toString().substring(0, 6);
        UUID lead = organizations.create(new OrganizationCommand("Xinjiang Institute of Ecology " + marker, null, "CN",
                OrganizationType.RESEARCH_INSTITUTE, OrganizationStatus.PARTNER, LocalDate.of(2018, 11, 4), null, "034t30j35"));
        UUID partner = organizations.create(new OrganizationCommand("Kyrgyz Academy " + marker, null, "KG", OrganizationType.ACADEMY,
                OrganizationStatus.PARTNER, LocalDate.of(2018, 11, 4), null, null));
        Page page = person();
        signIn(page, applicant("Aigul Sydykova"), PASSWORD);
        page.navigate(url("/calls/" + callId));
        page.getByText("Start an application").click();
        page.waitForURL(address -> address.contains("/applications/"));

        page.locator("#q-title").fill("Water purification stations");
        page.locator("#q-abstract").fill("Distributed stations and trained operators.");
        page.locator("#q-pi").fill("Aigul Sydykova");
        page.locator("[id='q-pi.orcid']").fill("0000-0002-1825-0097");
        choose(page, "lead", "Ecology " + marker, lead);
        choose(page, "partners[0].organization", "Academy " + marker, partner);
        saved(page, () -> page.locator("[id='q-partners0.role']").selectOption("PARTNER"));

        page.locator("button[name=addRow][value=partners]").click();
        assertThat(page.locator("#q-partners [data-row='1']")).isVisible();
        page.locator("[id='q-partners1.organization.name']").fill("Naryn Village Water Board");
        saved(page, () -> page.locator("[id='q-partners1.organization.country']").selectOption("KG"));
        saved(page, () -> page.locator("[id='q-partners1.role']").selectOption("ASSOCIATE"));

        budgetLine(page, 0, "2021", "EQUIPMENT", "7000");
        page.locator("button[name=addRow][value=budget]").click();
        assertThat(page.locator("#q-budget [data-row='1']")).isVisible();
        budgetLine(page, 1, "2022", "TRAINING", "5000");
        page.locator("#q-budgetTotal").fill("12000");
        saved(page, () -> page.locator("[id='q-budgetTotal.currency']").selectOption("USD"));
        assertThat(page.locator("#save-status")).containsText("Saved at");

        page.getByText("Submit the application").click();
        page.locator("form.confirm button").click();
        assertThat(page.locator(".badge.standing")).hasAttribute("data-standing", "SUBMITTED");
        assertThat(page.locator("[data-answer='partners'] table.answer-rows tbody tr")).hasCount(2);
        assertThat(page.locator("[data-answer='partners']")).containsText("Naryn Village Water Board (Kyrgyzstan) — not in the directory yet");
        assertThat(page.locator("[data-answer='lead'] a[href='https://ror.org/034t30j35']")).isVisible();
        assertThat(page.locator("[data-answer='budgetTotal']")).containsText("12,000.00 USD");
    }

    /** Searches the directory from the organization at {@code path} and chooses the match. */
    private void choose(Page page, String path, String text, UUID organization) {
        String id = "q-" + path.replace("[", "").replace("]", "");
        page.locator("[id='" + id + ".q']").fill(text);
        page.locator("button[name=find][value='" + path + "']").click();
        assertThat(page.locator("[id='" + id + "'] option[value='" + organization + "']")).hasCount(1);
        saved(page, () -> page.locator("[id='" + id + "']").selectOption(organization.toString()));
    }

    /** Does what changes an answer and waits for its autosave, as a person's pace does before the next button. */
    private void saved(Page page, Runnable change) {
        page.waitForResponse(response -> response.url().endsWith("/draft"), change);
    }

    private void budgetLine(Page page, int row, String year, String category, String amount) {
        page.locator("[id='q-budget" + row + ".year']").fill(year);
        saved(page, () -> page.locator("[id='q-budget" + row + ".category']").selectOption(category));
        page.locator("[id='q-budget" + row + ".amount']").fill(amount);
        saved(page, () -> page.locator("[id='q-budget" + row + ".amount.currency']").selectOption("USD"));
    }

    /** A verified applicant, through the platform's own registration; returns their email. */
    private String applicant(String name) {
        String email = name.toLowerCase().replaceAll("[^a-z]+", "-") + UUID.randomUUID().toString().substring(0, 6) + "@example.net";
        UUID id = accounts.register(email, name, PASSWORD, "en");
        String link = Mail.path(Mail.awaitBody(email, "Verify"));
        accounts.verifyEmail(URLDecoder.decode(link.replaceFirst(".*token=", ""), StandardCharsets.UTF_8));
        accounts.grant(id, Role.APPLICANT);
        return email;
    }
}
