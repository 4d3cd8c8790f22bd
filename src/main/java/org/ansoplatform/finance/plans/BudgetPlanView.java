package org.ansoplatform.finance.plans;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.finance.PlanStatus;
import org.ansoplatform.shared.RecordRef;

/**
 * A budget plan of a year in the base currency: one amount per programme, its status, the plan it revises and the
 * Board's decision once decided. {@code version} is what an edit must name, so a stale tab never overwrites.
 */
public record BudgetPlanView(UUID id, int year, String currency, PlanStatus status, UUID revises, String note,
        UUID decisionId, LocalDate decidedOn, boolean illustrative, Instant updatedAt, int version, List<Line> lines) {

    public record Line(String programmeCode, BigDecimal amount) {
    }

    public BudgetPlanView {
        lines = List.copyOf(lines);
    }

    public BigDecimal total() {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean editable() {
        return status == PlanStatus.DRAFT;
    }

    public boolean open() {
        return status == PlanStatus.DRAFT || status == PlanStatus.PROPOSED;
    }

    public RecordRef ref() {
        return BudgetPlanQueries.ref(id);
    }
}
