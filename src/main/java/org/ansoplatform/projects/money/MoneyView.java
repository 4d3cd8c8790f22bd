package org.ansoplatform.projects.money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.projects.BudgetCategory;
import org.ansoplatform.shared.Money;

/**
 * A project's money in its currency: the granted amount, the budget lines with what was spent on each and the
 * variance (budget − spent), the tranches paid, and every expenditure line as reported (corrections are lines of
 * their own, negative).
 */
public record MoneyView(Money granted, List<Line> lines, Money budgeted, Money spent, Money variance, Money unplanned,
        List<Tranche> tranches, Money paid, List<Expenditure> expenditures, List<PartnerSpending> byPartner) {

    /** A year and category: its budget (zero where only expenditure exists), what was spent, and the difference. */
    public record Line(int year, BudgetCategory category, Money budget, Money spent, Money variance) {

        public boolean overspent() {
            return variance.isNegative();
        }
    }

    public record Tranche(UUID id, LocalDate paidOn, Money amount, String reference, String note) {
    }

    public record Expenditure(UUID id, UUID partnerId, String partnerName, int year, BudgetCategory category, Money amount,
            String description, Instant enteredAt) {
    }

    public record PartnerSpending(UUID partnerId, String partnerName, Money spent) {
    }
}
