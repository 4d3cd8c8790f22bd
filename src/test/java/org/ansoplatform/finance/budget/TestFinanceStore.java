package org.ansoplatform.finance.budget;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.finance.FundKind;
import org.ansoplatform.finance.MovementKind;
import org.ansoplatform.finance.PlanStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ledger lines, plans, funds and projects for finance's budget tests, written straight into the tables while the
 * ledger import (F1) and the plans' commands (F2) are built alongside; the merger switches these fixtures to them.
 * Each test uses its own year, since ledger lines are never removed.
 */
final class TestFinanceStore {

    private final JdbcClient jdbc;

    TestFinanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A ledger line at {@code rate} units of base currency per unit; its base amount is amount × rate. */
    UUID line(LocalDate date, String programme, String amount, String currency, String rate) {
        UUID id = UUID.randomUUID();
        BigDecimal value = new BigDecimal(amount);
        jdbc.sql("""
                insert into finance.ledger_line (id, entry_date, amount, currency, rate, base_amount, programme_code,
                    description, created_at)
                values (:id, :date, :amount, :currency, :rate, :base, :programme, 'test line', :now)""")
                .param("id", id).param("date", Date.valueOf(date)).param("amount", value).param("currency", currency)
                .param("rate", new BigDecimal(rate)).param("base", value.multiply(new BigDecimal(rate)))
                .param("programme", programme).param("now", Timestamp.from(Instant.now())).update();
        return id;
    }

    UUID line(LocalDate date, String programme, String amount) {
        return line(date, programme, amount, "CNY", "1");
    }

    /** A line the demo would mark illustrative. */
    UUID illustrativeLine(LocalDate date, String programme, String amount) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into finance.ledger_line (id, entry_date, amount, currency, rate, base_amount, programme_code,
                    description, illustrative, created_at)
                values (:id, :date, :amount, 'CNY', 1, :amount, :programme, 'illustrative test line', true, :now)""")
                .param("id", id).param("date", Date.valueOf(date)).param("amount", new BigDecimal(amount))
                .param("programme", programme).param("now", Timestamp.from(Instant.now())).update();
        return id;
    }

    /** The reversing line of {@code original}, dated {@code date}: the opposite amounts, with a reason. */
    UUID reverse(UUID original, LocalDate date) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into finance.ledger_line (id, entry_date, amount, currency, rate, base_amount, programme_code,
                    description, reverses, reason, created_at)
                select :id, :date, -amount, currency, rate, -base_amount, programme_code, 'reversal', id, 'entered twice', :now
                from finance.ledger_line where id = :original""")
                .param("id", id).param("date", Date.valueOf(date)).param("original", original)
                .param("now", Timestamp.from(Instant.now())).update();
        return id;
    }

    /** A plan of the year with its lines, then put in {@code status} (a decided status with a decision's id). */
    UUID plan(int year, PlanStatus status, Map<String, String> lines) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into finance.budget_plan (id, year, currency, status, created_at, updated_at)
                values (:id, :year, 'CNY', :draft, :now, :now)""")
                .param("id", id).param("year", year).param("draft", PlanStatus.DRAFT.name()).param("now", now).update();
        lines.forEach((programme, amount) -> jdbc.sql("""
                insert into finance.budget_plan_line (plan_id, programme_code, amount) values (:plan, :programme, :amount)""")
                .param("plan", id).param("programme", programme).param("amount", new BigDecimal(amount)).update());
        boolean decided = status != PlanStatus.DRAFT && status != PlanStatus.PROPOSED;
        jdbc.sql("update finance.budget_plan set status = :status, decision_id = :decision where id = :id")
                .param("status", status.name()).param("decision", decided ? UUID.randomUUID() : null).param("id", id).update();
        return id;
    }

    void fund(String code, FundKind kind) {
        jdbc.sql("""
                insert into finance.fund (code, name, kind, currency, created_at)
                values (:code, cast(:name as jsonb), :kind, 'CNY', :now)""")
                .param("code", code).param("name", "{\"en\": \"Fund " + code + "\"}").param("kind", kind.name())
                .param("now", Timestamp.from(Instant.now())).update();
    }

    void movement(String fund, MovementKind kind, String amount, LocalDate date) {
        jdbc.sql("""
                insert into finance.fund_movement (id, fund_code, kind, amount, currency, on_date, entered_at)
                values (:id, :fund, :kind, :amount, 'CNY', :date, :now)""")
                .param("id", UUID.randomUUID()).param("fund", fund).param("kind", kind.name()).param("amount", new BigDecimal(amount))
                .param("date", Date.valueOf(date)).param("now", Timestamp.from(Instant.now())).update();
    }

    /** What the ledger page's filter (contracts19: {@code year}, {@code programme}, an area meaning its programmes) adds up. */
    BigDecimal ledgerTotal(int year, String programme) {
        return jdbc.sql("""
                select coalesce(sum(base_amount), 0) from finance.ledger_line
                where extract(year from entry_date) = :year and (cast(:programme as varchar) is null or programme_code = :programme
                    or programme_code in (select code from calls.programme where area = :programme))""")
                .param("year", year).param("programme", programme).query(BigDecimal.class).single();
    }

    /** A cooperation project in {@code currency} running through the year, with a tranche paid in it. */
    String project(int year, String currency, String granted, String paid) {
        UUID id = UUID.randomUUID();
        String code = "FIN-" + id.toString().substring(0, 8).toUpperCase();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into projects.project (id, code, acronym, title, summary, status, start_date, end_date, programme_code,
                    granted_amount, currency, created_at, updated_at)
                values (:id, :code, :code, cast('{"en": "Finance test project"}' as jsonb), '{}', :status, :start, :end,
                    'cooperation', :granted, :currency, :now, :now)""")
                .param("id", id).param("code", code).param("status", org.ansoplatform.projects.ProjectStatus.ACTIVE.name()).param("start", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("end", Date.valueOf(LocalDate.of(year + 1, 12, 31))).param("granted", new BigDecimal(granted))
                .param("currency", currency).param("now", now).update();
        jdbc.sql("""
                insert into projects.tranche (id, project_id, paid_on, amount, entered_at)
                values (:id, :project, :paid, :amount, :now)""")
                .param("id", UUID.randomUUID()).param("project", id).param("paid", Date.valueOf(LocalDate.of(year, 6, 1)))
                .param("amount", new BigDecimal(paid)).param("now", now).update();
        return code;
    }

}
