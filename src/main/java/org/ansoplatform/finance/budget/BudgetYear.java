package org.ansoplatform.finance.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.finance.PlanStatus;
import org.ansoplatform.shared.LocalizedText;

/**
 * Budget against actual for a year, in the base currency: per programme grouped by area (the programmes' order), the
 * plan's amount, what the ledger holds for the year (reversals included), the variance (budget − actual) and the
 * share used. The plan is the approved one; without it, a proposed plan is shown and marked as not approved
 * ({@code plan.status}); without either, every budget is null.
 */
public record BudgetYear(int year, String currency, Plan plan, List<Group> groups, Row total, boolean illustrative) {

    /** The plan the budgets come from, or null when the year has none approved or proposed. */
    public record Plan(UUID id, PlanStatus status, boolean illustrative) {

        public boolean approved() {
            return status == PlanStatus.APPROVED;
        }
    }

    /**
     * One programme (or an area's subtotal): {@code budget} null without a plan; {@code lines} the ledger lines
     * counted in {@code actual}.
     */
    public record Row(String code, LocalizedText name, BigDecimal budget, BigDecimal actual, long lines) {

        /** What remains of the budget (negative: overspent); null without a budget. */
        public BigDecimal variance() {
            return budget == null ? null : budget.subtract(actual);
        }

        /** The percentage of the budget used, one decimal; null without a budget or with a budget of zero. */
        public BigDecimal share() {
            return budget == null || budget.signum() == 0 ? null
                    : actual.multiply(BigDecimal.valueOf(100)).divide(budget, 1, RoundingMode.HALF_UP);
        }

        Row plus(Row other) {
            BigDecimal sum = budget == null && other.budget == null ? null
                    : (budget == null ? BigDecimal.ZERO : budget).add(other.budget == null ? BigDecimal.ZERO : other.budget);
            return new Row(code, name, sum, actual.add(other.actual), lines + other.lines);
        }
    }

    /**
     * An area with its programmes and their subtotal ({@code subtotal} null for a programme that is its own area);
     * the area's own row comes first when the plan or the ledger names the area itself.
     */
    public record Group(String code, LocalizedText name, List<Row> rows, Row subtotal) {
    }

    /** Every programme row in order, without subtotals: what the chart draws. */
    public List<Row> rows() {
        return groups.stream().flatMap(group -> group.rows().stream()).toList();
    }
}
