package org.ansoplatform.projects;

import java.math.BigDecimal;
import java.util.UUID;

/** A line of a report's financial statement: what a partner spent in a year and budget category. */
public record ExpenseLine(UUID partnerId, String partnerName, int year, BudgetCategory category, BigDecimal amount,
        String description) {
}
