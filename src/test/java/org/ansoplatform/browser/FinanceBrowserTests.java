package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.finance.FundKind;
import org.ansoplatform.finance.MovementKind;
import org.ansoplatform.finance.funds.FundManagement;
import org.ansoplatform.finance.plans.BudgetPlanManagement;
import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.SessionCommand;
import org.ansoplatform.governance.SessionManagement;
import org.ansoplatform.governance.SessionMode;
import org.ansoplatform.governance.SessionStatus;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19's path in the browser: finance staff put a budget plan before the Board, the Secretariat records the
 * Board's decision that approves it and finance staff can no longer edit it; finance staff import a ledger CSV and the
 * chart and table of budget against actual change; an actual opens the ledger lines behind it; a file that would
 * spend the endowment's principal is refused line by line and changes nothing; an applicant and a visitor see
 * nothing of finance. axe-core checks every page.
 */
class FinanceBrowserTests extends BrowserTest {

    static final String PASSWORD = "a sturdy finance passphrase";
    // a year of its own: the demo's are 2021 and 2022, the ledger tests' 2010 to 2019, other tests' 2040 and later
    static final int YEAR = 2008;

    @Autowired AccountManagement accounts;
    @Autowired BudgetPlanManagement plans;
    @Autowired FundManagement funds;
    @Autowired SessionManagement sessions;

    @Test
    void aPlanApprovedByTheBoardAnImportThatMovesTheChartItsLinesAndARefusedSpendingOfPrincipal() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String financeEmail = account("finance-" + marker, Role.FINANCE);
        String secretaryEmail = account("secretary-" + marker, Role.SECRETARIAT);
        String applicantEmail = account("applicant-" + marker, Role.APPLICANT);
        String endowment = "endowment-" + marker;
        funds.create(endowment, LocalizedText.of("Endowment " + marker, "基金 " + marker), FundKind.ENDOWMENT, null,
                LocalizedText.of("Its principal is never spent.", "本金不得动用。"));
        funds.record(endowment, MovementKind.PRINCIPAL, new BigDecimal("1000000"), LocalDate.of(YEAR, 1, 5), "Initial capital");
        funds.record(endowment, MovementKind.INCOME, new BigDecimal("10000"), LocalDate.of(YEAR, 2, 1), "Earnings");
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        lines.put("scholarship", new BigDecimal("500000"));
        lines.put("training", new BigDecimal("100000"));
        UUID plan = plans.draft(YEAR, lines, "Plan of the year", false);
        UUID board = sessions.create(new SessionCommand(Body.BOARD, "Board written procedure " + marker,
                LocalDateTime.now(clock).plusDays(3).withNano(0), "UTC", SessionMode.ONLINE, null), SessionStatus.PLANNED,
                Actor.system(clock.instant()));

        // finance staff put the plan before the Board
        Page finance = person();
        signIn(finance, financeEmail, PASSWORD);
        finance.navigate(url("/finance/plans/" + plan));
        finance.locator("form[action$='/propose'] button").click();
        assertThat(finance.locator("section.finance-plan")).hasAttribute("data-status", "PROPOSED");

        // the Secretariat records the Board's decision about it
        Page secretariat = person();
        signIn(secretariat, secretaryEmail, PASSWORD);
        secretariat.navigate(url("/secretariat/governance/sessions/" + board));
        secretariat.locator("#decisionText").fill("The Board approves the budget plan of " + YEAR + ".");
        String subject = secretariat.locator("#decisionSubject option[value$='" + plan + "']").getAttribute("value");
        secretariat.locator("#decisionSubject").selectOption(subject);
        secretariat.locator("#outcome").selectOption("ADOPTED_BY_CONSENSUS");
        secretariat.locator("form.decision-form button[type=submit]").last().click();
        assertThat(secretariat.locator("ul.decisions")).containsText("The Board approves the budget plan of " + YEAR + ".");

        // approved: finance staff can no longer edit it, only revise it by a new plan
        finance.reload();
        assertThat(finance.locator("section.finance-plan")).hasAttribute("data-status", "APPROVED");
        assertThat(finance.locator("form[action='/finance/plans/" + plan + "']")).hasCount(0);
        assertThat(finance.locator("form[action$='/revise'] button")).isVisible();

        // before the import: nothing spent on scholarships in the year
        finance.navigate(url("/finance?year=" + YEAR));
        assertThat(finance.locator("tr[data-programme=scholarship] .actual")).hasText("0.00 CNY");
        String barsBefore = finance.locator("svg.budget-chart g.programme[data-programme=scholarship]").innerHTML();

        finance.navigate(url("/finance/ledger/import"));
        finance.locator("#file").setInputFiles(csv("ledger-" + marker + ".csv", """
                date,amount,currency,programme,fund,project,call,meeting,voucher,description
                %1$d-03-02,120000.00,CNY,scholarship,,,,,V-%2$s-1,Stipends of March
                %1$d-04-02,30000.00,CNY,training,,,,,V-%2$s-2,"Venue, remote sensing course"
                %1$d-05-02,45000.00,CNY,scholarship,,,,,V-%2$s-3,Stipends of April
                """.formatted(YEAR, marker)));
        finance.locator("form[action='/finance/ledger/import'] button[type=submit]").click();
        assertThat(finance.locator("p.notice")).containsText("3");

        // the chart and the table changed; the actual opens the lines behind it, whose total is the figure
        finance.navigate(url("/finance?year=" + YEAR));
        assertThat(finance.locator("tr[data-programme=scholarship] .actual")).hasText("165,000.00 CNY");
        org.assertj.core.api.Assertions.assertThat(
                finance.locator("svg.budget-chart g.programme[data-programme=scholarship]").innerHTML()).isNotEqualTo(barsBefore);
        finance.locator("tr[data-programme=scholarship] a.actual").click();
        assertThat(finance.locator(".ledger-total")).hasText("165,000.00 CNY");
        assertThat(finance.locator("tr[data-line]")).hasCount(2);

        // charging the endowment more than its income would spend principal: refused with its line, nothing stored
        finance.navigate(url("/finance/ledger/import"));
        finance.locator("#file").setInputFiles(csv("endowment-" + marker + ".csv", """
                date,amount,currency,programme,fund,project,call,meeting,voucher,description
                %1$d-06-01,8000.00,CNY,training,%2$s,,,,V-%3$s-4,Course paid from earnings
                %1$d-06-02,5000.00,CNY,training,%2$s,,,,V-%3$s-5,More than the earnings left
                """.formatted(YEAR, endowment, marker)));
        finance.locator("form[action='/finance/ledger/import'] button[type=submit]").click();
        assertThat(finance.locator("#file-error")).containsText("3");
        assertThat(finance.locator("#file-error")).containsText("income only");
        finance.navigate(url("/finance/ledger?year=" + YEAR + "&fund=" + endowment));
        assertThat(finance.locator(".ledger-total")).hasText("0.00 CNY");

        // an applicant and a visitor see nothing of finance
        Page applicant = person();
        signIn(applicant, applicantEmail, PASSWORD);
        assertThat(applicant.locator("nav a[href='/finance']")).hasCount(0);
        int refused = applicant.navigate(url("/finance?year=" + YEAR)).status();
        org.assertj.core.api.Assertions.assertThat(refused).isEqualTo(403);
        assertThat(applicant.locator("main")).not().containsText("165,000.00");
        Page visitor = person();
        visitor.navigate(url("/finance/ledger?year=" + YEAR));
        visitor.waitForURL(address -> address.contains("/login"));
        assertThat(visitor.locator("main")).not().containsText("Stipends");
    }

    private static FilePayload csv(String name, String text) {
        return new FilePayload(name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private String account(String name, Role role) {
        String email = name + "@example.net";
        accounts.createActive(email, name, PASSWORD, EnumSet.of(role));
        return email;
    }
}
