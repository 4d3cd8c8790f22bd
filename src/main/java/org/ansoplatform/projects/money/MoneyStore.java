package org.ansoplatform.projects.money;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.projects.BudgetCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A project's budget lines, tranches and expenditure. Written only under the project's row lock. */
@Repository
class MoneyStore {

    /** What the checks of a money entry need to know of its project. */
    record Frame(String currency, BigDecimal granted, LocalDate start, LocalDate end) {
    }

    record Budget(int year, BudgetCategory category, BigDecimal amount) {
    }

    record Spent(UUID partnerId, String partnerName, int year, BudgetCategory category, BigDecimal amount) {
    }

    private final JdbcClient jdbc;

    MoneyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Frame frame(UUID projectId) {
        return jdbc.sql("select currency, granted_amount, start_date, end_date from projects.project where id = :id")
                .param("id", projectId)
                .query((row, n) -> new Frame(row.getString("currency"), row.getBigDecimal("granted_amount"),
                        Rows.date(row, "start_date"), Rows.date(row, "end_date")))
                .single();
    }

    /** The budget of every line but (year, category), which is about to be set. */
    BigDecimal budgetedExcept(UUID projectId, int year, BudgetCategory category) {
        return jdbc.sql("""
                select coalesce(sum(amount), 0) from projects.budget_line
                where project_id = :project and not (year = :year and category = :category)""")
                .param("project", projectId).param("year", year).param("category", category.name())
                .query(BigDecimal.class).single();
    }

    void setLine(UUID projectId, int year, BudgetCategory category, BigDecimal amount) {
        if (amount.signum() == 0) {
            jdbc.sql("delete from projects.budget_line where project_id = :project and year = :year and category = :category")
                    .param("project", projectId).param("year", year).param("category", category.name()).update();
            return;
        }
        jdbc.sql("""
                insert into projects.budget_line (id, project_id, year, category, amount) values (:id, :project, :year, :category, :amount)
                on conflict (project_id, year, category) do update set amount = excluded.amount""")
                .param("id", UUID.randomUUID()).param("project", projectId).param("year", year)
                .param("category", category.name()).param("amount", amount).update();
    }

    BigDecimal paid(UUID projectId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from projects.tranche where project_id = :project")
                .param("project", projectId).query(BigDecimal.class).single();
    }

    void addTranche(UUID projectId, LocalDate paidOn, BigDecimal amount, String reference, String note, UUID by, Instant at) {
        jdbc.sql("""
                insert into projects.tranche (id, project_id, paid_on, amount, reference, note, entered_at, entered_by)
                values (:id, :project, :paidOn, :amount, :reference, :note, :at, :by)""")
                .param("id", UUID.randomUUID()).param("project", projectId).param("paidOn", paidOn).param("amount", amount)
                .param("reference", reference).param("note", note).param("at", Timestamp.from(at)).param("by", by).update();
    }

    /** What the partner has spent on a line so far, corrections included. */
    BigDecimal spentBy(UUID partnerId, int year, BudgetCategory category) {
        return jdbc.sql("""
                select coalesce(sum(amount), 0) from projects.expenditure
                where partner_id = :partner and year = :year and category = :category""")
                .param("partner", partnerId).param("year", year).param("category", category.name())
                .query(BigDecimal.class).single();
    }

    void addExpenditure(UUID projectId, UUID partnerId, int year, BudgetCategory category, BigDecimal amount,
            String description, UUID by, Instant at) {
        jdbc.sql("""
                insert into projects.expenditure (id, project_id, partner_id, year, category, amount, description, entered_at, entered_by)
                values (:id, :project, :partner, :year, :category, :amount, :description, :at, :by)""")
                .param("id", UUID.randomUUID()).param("project", projectId).param("partner", partnerId).param("year", year)
                .param("category", category.name()).param("amount", amount).param("description", description)
                .param("at", Timestamp.from(at)).param("by", by).update();
    }

    List<Budget> lines(UUID projectId) {
        return jdbc.sql("select year, category, amount from projects.budget_line where project_id = :project order by year, category")
                .param("project", projectId)
                .query((row, n) -> new Budget(row.getInt("year"), Rows.enumValue(row, "category", BudgetCategory.class),
                        row.getBigDecimal("amount")))
                .list();
    }

    List<MoneyView.Tranche> tranches(UUID projectId, String currency) {
        return jdbc.sql("select id, paid_on, amount, reference, note from projects.tranche where project_id = :project order by paid_on, entered_at, id")
                .param("project", projectId)
                .query((row, n) -> new MoneyView.Tranche(Rows.uuid(row, "id"), Rows.date(row, "paid_on"),
                        new org.ansoplatform.shared.Money(row.getBigDecimal("amount"), currency), row.getString("reference"),
                        row.getString("note")))
                .list();
    }

    List<MoneyView.Expenditure> expenditures(UUID projectId, String currency) {
        return jdbc.sql("""
                select e.id, e.partner_id, p.name, e.year, e.category, e.amount, e.description, e.entered_at
                from projects.expenditure e join projects.partner p on p.id = e.partner_id
                where e.project_id = :project order by e.year, e.category, e.entered_at, e.id""")
                .param("project", projectId)
                .query((row, n) -> new MoneyView.Expenditure(Rows.uuid(row, "id"), Rows.uuid(row, "partner_id"),
                        row.getString("name"), row.getInt("year"), Rows.enumValue(row, "category", BudgetCategory.class),
                        new org.ansoplatform.shared.Money(row.getBigDecimal("amount"), currency), row.getString("description"),
                        Rows.instant(row, "entered_at")))
                .list();
    }

    boolean isPartner(UUID projectId, UUID partnerId) {
        return jdbc.sql("select exists (select 1 from projects.partner where id = :partner and project_id = :project)")
                .param("partner", partnerId).param("project", projectId).query(Boolean.class).single();
    }
}
