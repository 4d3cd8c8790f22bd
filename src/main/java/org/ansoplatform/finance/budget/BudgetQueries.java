package org.ansoplatform.finance.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ansoplatform.shared.Programme;
import org.ansoplatform.calls.ProgrammeQueries;
import org.ansoplatform.finance.FinanceSettings;
import org.ansoplatform.finance.PlanStatus;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget against actual for a year in two statements whatever the number of programmes or lines: the approved (or
 * else proposed) plan's lines, and the ledger's sums per programme over the year's dates (the index on
 * {@code (programme_code, entry_date)} / {@code entry_date} serves it). Programmes come from calls; a code the ledger
 * holds that calls no longer knows is shown by its code at the end rather than dropped, so totals always add up.
 */
@Service
@Transactional(readOnly = true)
public class BudgetQueries {

    private final JdbcClient jdbc;
    private final ProgrammeQueries programmes;
    private final FinanceSettings settings;

    BudgetQueries(JdbcClient jdbc, ProgrammeQueries programmes, FinanceSettings settings) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.settings = settings;
    }

    private record PlanLine(BudgetYear.Plan plan, String programme, BigDecimal amount) {
    }

    record Actual(BigDecimal amount, long lines, boolean illustrative) {
    }

    public BudgetYear year(int year) {
        BudgetYear.Plan plan = null;
        Map<String, BigDecimal> budgets = new HashMap<>();
        // the approved plan wins over a proposed one; rows come ordered so the first plan seen is the one used
        List<PlanLine> lines = jdbc.sql("""
                select p.id, p.status, p.illustrative, l.programme_code, l.amount
                from finance.budget_plan p left join finance.budget_plan_line l on l.plan_id = p.id
                where p.year = :year and p.status in (:approved, :proposed)
                order by case when p.status = :approved then 0 else 1 end, p.created_at desc, p.id""")
                .param("year", year).param("approved", PlanStatus.APPROVED.name()).param("proposed", PlanStatus.PROPOSED.name())
                .query((rs, n) -> new PlanLine(new BudgetYear.Plan(Rows.uuid(rs, "id"), Rows.enumValue(rs, "status", PlanStatus.class),
                        rs.getBoolean("illustrative")), rs.getString("programme_code"), rs.getBigDecimal("amount")))
                .list();
        for (PlanLine line : lines) {
            if (plan == null) {
                plan = line.plan();
            }
            if (plan.equals(line.plan()) && line.programme() != null) {
                budgets.put(line.programme(), line.amount());
            }
        }
        Map<String, Actual> actuals = new LinkedHashMap<>();
        jdbc.sql("""
                select programme_code, sum(base_amount) as actual, count(*) as lines, bool_or(illustrative) as illustrative
                from finance.ledger_line where entry_date >= :from and entry_date < :to
                group by programme_code order by programme_code""")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> actuals.put(rs.getString("programme_code"), new Actual(rs.getBigDecimal("actual"),
                        rs.getLong("lines"), rs.getBoolean("illustrative"))))
                .list();
        boolean illustrative = (plan != null && plan.illustrative()) || actuals.values().stream().anyMatch(Actual::illustrative);
        List<BudgetYear.Group> groups = groups(programmes.all(), budgets, actuals, plan != null);
        BudgetYear.Row total = groups.stream().map(g -> g.subtotal() == null ? g.rows().get(0) : g.subtotal())
                .reduce(new BudgetYear.Row("", null, plan == null ? null : BigDecimal.ZERO, BigDecimal.ZERO, 0),
                        BudgetYear.Row::plus);
        return new BudgetYear(year, settings.baseCurrency(), plan, groups, total, illustrative);
    }

    static List<BudgetYear.Group> groups(List<Programme> all, Map<String, BigDecimal> budgets, Map<String, Actual> actuals,
            boolean planned) {
        Map<String, List<Programme>> children = new LinkedHashMap<>();
        all.stream().filter(p -> p.area() != null).forEach(p -> children.computeIfAbsent(p.area(), k -> new ArrayList<>()).add(p));
        Map<String, Boolean> shown = new HashMap<>();
        List<BudgetYear.Group> groups = new ArrayList<>();
        for (Programme head : all) {
            if (head.area() != null && all.stream().anyMatch(p -> p.code().equals(head.area()))) {
                continue;
            }
            List<Programme> own = children.getOrDefault(head.code(), List.of());
            List<BudgetYear.Row> rows = new ArrayList<>();
            if (own.isEmpty() || budgets.containsKey(head.code()) || actuals.containsKey(head.code())) {
                rows.add(row(head.code(), head.name(), budgets, actuals, planned));
            }
            own.forEach(p -> rows.add(row(p.code(), p.name(), budgets, actuals, planned)));
            rows.forEach(r -> shown.put(r.code(), true));
            BudgetYear.Row subtotal = own.isEmpty() ? null : rows.stream().reduce(
                    new BudgetYear.Row(head.code(), head.name(), planned ? BigDecimal.ZERO : null, BigDecimal.ZERO, 0),
                    BudgetYear.Row::plus);
            groups.add(new BudgetYear.Group(head.code(), head.name(), List.copyOf(rows), subtotal));
        }
        // codes in the plan or the ledger that calls does not know (any more): shown by their code, never dropped
        java.util.Set<String> unknown = new java.util.TreeSet<>(budgets.keySet());
        unknown.addAll(actuals.keySet());
        all.forEach(p -> unknown.remove(p.code()));
        for (String code : unknown) {
            LocalizedText name = LocalizedText.of(Map.of("en", code));
            groups.add(new BudgetYear.Group(code, name, List.of(row(code, name, budgets, actuals, planned)), null));
        }
        return List.copyOf(groups);
    }

    private static BudgetYear.Row row(String code, LocalizedText name, Map<String, BigDecimal> budgets,
            Map<String, Actual> actuals, boolean planned) {
        Actual actual = actuals.getOrDefault(code, new Actual(BigDecimal.ZERO, 0, false));
        BigDecimal budget = planned ? budgets.getOrDefault(code, BigDecimal.ZERO) : null;
        return new BudgetYear.Row(code, name, budget, actual.amount(), actual.lines());
    }
}
