package org.ansoplatform.finance.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.finance.FundKind;
import org.ansoplatform.finance.MovementKind;
import org.ansoplatform.finance.PlanStatus;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What finance's yearly figures read: the year's ledger lines, its approved plan, the endowments' receipts to date. */
@Repository
class FinanceFigureQueries {

    record Spent(UUID id, String programme, BigDecimal baseAmount) {
    }

    record PlanLine(UUID planId, String programme, BigDecimal amount) {
    }

    record Endowment(BigDecimal principal, BigDecimal income) {
    }

    private final JdbcClient jdbc;

    FinanceFigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every ledger line dated in the year (reversals included), in the base currency. */
    List<Spent> spent(int year) {
        return jdbc.sql("""
                select id, programme_code, base_amount from finance.ledger_line
                where entry_date >= :from and entry_date < :to order by programme_code, entry_date, id""")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> new Spent(Rows.uuid(rs, "id"), rs.getString("programme_code"), rs.getBigDecimal("base_amount")))
                .list();
    }

    /** The lines of the year's approved plan (none when the year has no approved plan). */
    List<PlanLine> approvedPlan(int year) {
        return jdbc.sql("""
                select p.id, l.programme_code, l.amount from finance.budget_plan p
                join finance.budget_plan_line l on l.plan_id = p.id
                where p.year = :year and p.status = :approved order by l.programme_code""")
                .param("year", year).param("approved", PlanStatus.APPROVED.name())
                .query((rs, n) -> new PlanLine(Rows.uuid(rs, "id"), rs.getString("programme_code"), rs.getBigDecimal("amount")))
                .list();
    }

    /** The approved plan's id, also when it has no lines. */
    Optional<UUID> approvedPlanId(int year) {
        return jdbc.sql("select id from finance.budget_plan where year = :year and status = :approved")
                .param("year", year).param("approved", PlanStatus.APPROVED.name()).query(UUID.class).optional();
    }

    /** The endowments' principal and income received up to the end of the year (cumulative), in the base currency. */
    Endowment endowment(int year) {
        return jdbc.sql("""
                select coalesce(sum(m.amount) filter (where m.kind = :principal), 0) as principal,
                       coalesce(sum(m.amount) filter (where m.kind = :income), 0) as income
                from finance.fund_movement m join finance.fund f on f.code = m.fund_code
                where f.kind = :endowment and m.on_date < :to""")
                .param("principal", MovementKind.PRINCIPAL.name()).param("income", MovementKind.INCOME.name())
                .param("endowment", FundKind.ENDOWMENT.name()).param("to", LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> new Endowment(rs.getBigDecimal("principal"), rs.getBigDecimal("income"))).single();
    }
}
