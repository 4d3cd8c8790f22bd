package org.ansoplatform.finance.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.ansoplatform.finance.budget.BudgetQueries;
import org.ansoplatform.finance.budget.BudgetYear;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Finance", description = "Budget against actual per programme (finance staff, the Secretariat, the Board)")
class BudgetApi {

    private final BudgetQueries budgets;
    private final Clock clock;

    BudgetApi(BudgetQueries budgets, Clock clock) {
        this.budgets = budgets;
        this.clock = clock;
    }

    /**
     * @param planStatus APPROVED, or PROPOSED when the year's plan is not approved yet; null without a plan (and then
     *                   every budget is null)
     */
    record Budget(int year, String currency, UUID planId, String planStatus, boolean illustrative, List<Line> programmes,
            Line total) {
    }

    /** One programme, or an area's subtotal ({@code area} true); {@code ledger} the address of the lines behind actual
     * (null for the lines charged to an area itself, which the area's subtotal includes). */
    record Line(String programme, String name, boolean area, BigDecimal budget, BigDecimal actual, BigDecimal variance,
            BigDecimal share, long lines, String ledger) {
    }

    @GetMapping("/api/v1/finance/budget")
    @Operation(operationId = "getBudget", summary = "Budget against actual per programme for a year (default: the current year), in the base currency")
    Budget budget(@Valid @ModelAttribute BudgetYearForm form, Locale locale) {
        BudgetYear year = budgets.year(form.yearOr(FinanceOverviewController.currentYear(clock)));
        List<Line> lines = new java.util.ArrayList<>();
        for (BudgetYear.Group group : year.groups()) {
            for (BudgetYear.Row row : group.rows()) {
                Line line = line(row, row.name().in(locale), false, year.year());
                // an area's own lines have no filter of their own: the area's code filters all its programmes
                lines.add(group.subtotal() != null && row.code().equals(group.code()) ? new Line(line.programme(), line.name(), false,
                        line.budget(), line.actual(), line.variance(), line.share(), line.lines(), null) : line);
            }
            if (group.subtotal() != null) {
                lines.add(line(group.subtotal(), group.name().in(locale), true, year.year()));
            }
        }
        return new Budget(year.year(), year.currency(), year.plan() == null ? null : year.plan().id(),
                year.plan() == null ? null : year.plan().status().name(), year.illustrative(), lines,
                line(year.total(), null, false, year.year()));
    }

    private static Line line(BudgetYear.Row row, String name, boolean area, int year) {
        return new Line(row.code().isEmpty() ? null : row.code(), name, area, row.budget(), row.actual(), row.variance(), row.share(),
                row.lines(), BudgetTexts.ledger(year, row.code().isEmpty() ? null : row.code()));
    }
}
