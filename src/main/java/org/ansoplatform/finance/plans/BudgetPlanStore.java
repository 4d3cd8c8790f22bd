package org.ansoplatform.finance.plans;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.finance.PlanStatus;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BudgetPlanStore {

    private static final String COLUMNS = """
            select p.id, p.year, p.currency, p.status, p.revises, p.note, p.decision_id, p.decided_on, p.illustrative,
                   p.updated_at, p.version from finance.budget_plan p""";

    private final JdbcClient jdbc;

    BudgetPlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, int year, String currency, UUID revises, String note, boolean illustrative, UUID by, Instant at) {
        jdbc.sql("""
                insert into finance.budget_plan (id, year, currency, status, revises, note, illustrative, created_by, created_at, updated_at)
                values (:id, :year, :currency, :status, :revises, :note, :illustrative, :by, :at, :at)""")
                .param("id", id).param("year", year).param("currency", currency).param("status", PlanStatus.DRAFT.name())
                .param("revises", revises).param("note", note).param("illustrative", illustrative).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    void replaceLines(UUID id, Map<String, BigDecimal> lines) {
        jdbc.sql("delete from finance.budget_plan_line where plan_id = :id").param("id", id).update();
        lines.forEach((code, amount) -> jdbc.sql("""
                insert into finance.budget_plan_line (plan_id, programme_code, amount) values (:id, :code, :amount)""")
                .param("id", id).param("code", code).param("amount", amount).update());
    }

    void edited(UUID id, String note, Instant at) {
        jdbc.sql("update finance.budget_plan set note = :note, updated_at = :at, version = version + 1 where id = :id")
                .param("id", id).param("note", note).param("at", Timestamp.from(at)).update();
    }

    void status(UUID id, PlanStatus status, UUID decisionId, LocalDate decidedOn, Instant at) {
        jdbc.sql("""
                update finance.budget_plan set status = :status, decision_id = :decision, decided_on = :on,
                       updated_at = :at, version = version + 1 where id = :id""")
                .param("id", id).param("status", status.name()).param("decision", decisionId)
                .param("on", decidedOn == null ? null : Date.valueOf(decidedOn)).param("at", Timestamp.from(at)).update();
    }

    /** The year's approved plan becomes superseded, keeping its own decision. */
    void supersede(int year, Instant at) {
        jdbc.sql("""
                update finance.budget_plan set status = :superseded, updated_at = :at, version = version + 1
                where year = :year and status = :approved""")
                .param("superseded", PlanStatus.SUPERSEDED.name()).param("approved", PlanStatus.APPROVED.name())
                .param("year", year).param("at", Timestamp.from(at)).update();
    }

    /** Locks the plan's row until the transaction ends, so that two edits or decisions cannot interleave. */
    Optional<BudgetPlanView> lock(UUID id) {
        Optional<UUID> locked = jdbc.sql("select id from finance.budget_plan where id = :id for update").param("id", id)
                .query(UUID.class).optional();
        return locked.flatMap(this::find);
    }

    Optional<BudgetPlanView> find(UUID id) {
        return list(COLUMNS + " where p.id = :id", Map.of("id", id)).stream().findFirst();
    }

    List<BudgetPlanView> byStatus(Collection<PlanStatus> statuses) {
        return list(COLUMNS + " where p.status in (:statuses) order by p.year desc, p.created_at desc",
                Map.of("statuses", statuses.stream().map(Enum::name).toList()));
    }

    List<BudgetPlanView> all() {
        return list(COLUMNS + " order by p.year desc, p.created_at desc", Map.of());
    }

    List<BudgetPlanView> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list(COLUMNS + " where p.id in (:ids)", Map.of("ids", List.copyOf(ids)));
    }

    Optional<UUID> openOf(int year) {
        return jdbc.sql("select id from finance.budget_plan where year = :year and status in (:open)")
                .param("year", year).param("open", List.of(PlanStatus.DRAFT.name(), PlanStatus.PROPOSED.name()))
                .query(UUID.class).optional();
    }

    private List<BudgetPlanView> list(String sql, Map<String, ?> params) {
        List<Object[]> rows = jdbc.sql(sql).params(params).query((rs, n) -> row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<BudgetPlanView.Line>> lines = new HashMap<>();
        jdbc.sql("""
                select plan_id, programme_code, amount from finance.budget_plan_line where plan_id in (:ids)
                order by plan_id, programme_code""")
                .param("ids", rows.stream().map(r -> (UUID) r[0]).toList())
                .query((rs, n) -> {
                    lines.computeIfAbsent(Rows.uuid(rs, "plan_id"), k -> new ArrayList<>())
                            .add(new BudgetPlanView.Line(rs.getString("programme_code"), rs.getBigDecimal("amount")));
                    return null;
                }).list();
        return rows.stream().map(r -> new BudgetPlanView((UUID) r[0], (Integer) r[1], (String) r[2], (PlanStatus) r[3],
                (UUID) r[4], (String) r[5], (UUID) r[6], (LocalDate) r[7], (Boolean) r[8], (Instant) r[9], (Integer) r[10],
                lines.getOrDefault((UUID) r[0], List.of()))).toList();
    }

    private static Object[] row(ResultSet rs) throws SQLException {
        return new Object[] {Rows.uuid(rs, "id"), rs.getInt("year"), rs.getString("currency").strip(),
                Rows.enumValue(rs, "status", PlanStatus.class), Rows.uuid(rs, "revises"), rs.getString("note"),
                Rows.uuid(rs, "decision_id"), Rows.date(rs, "decided_on"), rs.getBoolean("illustrative"),
                Rows.instant(rs, "updated_at"), rs.getInt("version")};
    }
}
