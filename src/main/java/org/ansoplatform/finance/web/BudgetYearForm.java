package org.ansoplatform.finance.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The year chooser of the finance overview and the budget API; no year means the current one. */
record BudgetYearForm(@Min(value = BudgetYearForm.FIRST, message = "{finance.budget.error.year}")
        @Max(value = BudgetYearForm.LAST, message = "{finance.budget.error.year}") Integer year) {

    /** The years budget_plan accepts. */
    static final int FIRST = 2000, LAST = 2100;

    int yearOr(int fallback) {
        return year == null ? fallback : year;
    }
}
