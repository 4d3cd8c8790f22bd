package org.ansoplatform.projects;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the principal investigator saves in a report: the narrative, a value per indicator key, and the financial
 * statement's lines (a line left wholly blank is no line).
 */
public record ReportDraft(String narrative, Map<String, String> indicators, List<Expense> expenses) {

    /** A line as typed: the amount is a decimal text so that a mistyped one is refused with its reason. */
    public record Expense(UUID partnerId, Integer year, BudgetCategory category, String amount, String description) {

        public boolean blank() {
            return partnerId == null && year == null && category == null && (amount == null || amount.isBlank())
                    && (description == null || description.isBlank());
        }

        BigDecimal parsedAmount() {
            try {
                return amount == null || amount.isBlank() ? null : new BigDecimal(amount.strip());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
    }
}
