package org.ansoplatform.finance.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.finance.FinanceSettings;
import org.ansoplatform.finance.budget.BudgetChart;
import org.ansoplatform.finance.budget.BudgetQueries;
import org.ansoplatform.finance.budget.BudgetYear;
import org.ansoplatform.finance.funds.FundBalances;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.projects.ProjectQueries;
import org.ansoplatform.shared.Money;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Finance's overview for a year (default: the current one): budget against actual as a chart and the table beside it,
 * every actual linking to its ledger lines, the cooperation projects' grants and tranches paid beside the ledger (in
 * their own currencies), and the funds' balances. {@code /finance/budget} is the same page under the budget's own
 * address. A year that is not one answers 400 with the message next to the field, and nothing is read.
 */
@Controller
class FinanceOverviewController {

    /** The programme whose projects are shown beside the ledger (calls' code of the cooperation programme). */
    static final String PROJECTS_PROGRAMME = "cooperation";

    private final BudgetQueries budgets;
    private final FundBalances funds;
    private final ProjectQueries projects;
    private final FinanceSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    FinanceOverviewController(BudgetQueries budgets, FundBalances funds, ProjectQueries projects, FinanceSettings settings,
            MessageSource messages, Clock clock) {
        this.budgets = budgets;
        this.funds = funds;
        this.projects = projects;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    static int currentYear(Clock clock) {
        return clock.instant().atZone(ZoneOffset.UTC).getYear();
    }

    @GetMapping({FinanceWeb.PATH, FinanceWeb.PATH + "/budget"})
    String overview(@Valid @ModelAttribute("form") BudgetYearForm form, BindingResult result, Locale locale, Model model,
            HttpServletResponse response) {
        if (FormErrors.retarget(form, result, model).hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "finance/overview";
        }
        int year = form.yearOr(currentYear(clock));
        BudgetYear budget = budgets.year(year);
        model.addAttribute("form", new BudgetYearForm(year));
        model.addAttribute("year", year);
        model.addAttribute("budget", budget);
        model.addAttribute("rows", BudgetTexts.rows(budget, locale, text("finance.budget.total", locale),
                text("finance.budget.subtotal", locale)));
        model.addAttribute("chart", BudgetChart.svg("budget-chart", BudgetTexts.bars(budget, locale),
                messages.getMessage("finance.budget.chart.title", new Object[] {String.valueOf(year)}, locale),
                messages.getMessage("finance.budget.chart.description", new Object[] {String.valueOf(year), budget.currency()}, locale),
                text("finance.budget.budget", locale), text("finance.budget.actual", locale)));
        model.addAttribute("funds", funds.all().stream().map(b -> new FundText(b.code(), b.kind().name(),
                BudgetTexts.money(b.principal(), settings.baseCurrency(), locale),
                BudgetTexts.money(b.income(), settings.baseCurrency(), locale),
                BudgetTexts.money(b.spent(), settings.baseCurrency(), locale),
                BudgetTexts.money(b.available(), settings.baseCurrency(), locale))).toList());
        List<ProjectQueries.Grant> grants = projects.grants(PROJECTS_PROGRAMME, year);
        model.addAttribute("grants", grants.stream().map(g -> new GrantText(g.code(), g.acronym(),
                money(g.granted(), locale), money(g.paidInYear(), locale), !g.granted().currency().equals(settings.baseCurrency())))
                .toList());
        model.addAttribute("grantTotals", totals(grants, locale));
        model.addAttribute("projectsLedger", BudgetTexts.ledger(year, PROJECTS_PROGRAMME));
        return "finance/overview";
    }

    /** A fund's balance as the page writes it. */
    record FundText(String code, String kind, String principal, String income, String spent, String available) {
    }

    /** A project's grant and tranches of the year, in its currency; {@code foreign} when that is not the base currency. */
    record GrantText(String code, String acronym, String granted, String paid, boolean foreign) {
    }

    /** Totals per currency: sums in different currencies are never added together. */
    record TotalText(String currency, String granted, String paid) {
    }

    private static List<TotalText> totals(List<ProjectQueries.Grant> grants, Locale locale) {
        Map<String, BigDecimal[]> byCurrency = new TreeMap<>();
        for (ProjectQueries.Grant g : grants) {
            BigDecimal[] sums = byCurrency.computeIfAbsent(g.granted().currency(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(g.granted().amount());
            sums[1] = sums[1].add(g.paidInYear().amount());
        }
        return byCurrency.entrySet().stream().map(e -> new TotalText(e.getKey(), BudgetTexts.money(e.getValue()[0], e.getKey(), locale),
                BudgetTexts.money(e.getValue()[1], e.getKey(), locale))).toList();
    }

    private static String money(Money money, Locale locale) {
        return BudgetTexts.money(money.amount(), money.currency(), locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
