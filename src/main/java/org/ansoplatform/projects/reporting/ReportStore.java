package org.ansoplatform.projects.reporting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.projects.BudgetCategory;
import org.ansoplatform.projects.ExpenseLine;
import org.ansoplatform.projects.MemberRole;
import org.ansoplatform.projects.ReportStatus;
import org.ansoplatform.projects.ReportStepView;
import org.ansoplatform.projects.ReportView;
import org.ansoplatform.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Progress reports, their history and the financial statement each brings (expenditure rows with its report_id). */
@Repository
public class ReportStore {

    private static final String COLUMNS = """
            id, project_id, period_start, period_end, milestone_id, due_on, status, narrative, indicators,
            submitted_at, decided_at, version""";

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the report unless the project already has one for this period (or this milestone). */
    public boolean plan(UUID projectId, ReportPlan.Period period) {
        return jdbc.sql("""
                insert into projects.report (id, project_id, period_start, period_end, milestone_id, due_on, status)
                values (:id, :project, :start, :end, :milestone, :due, :status) on conflict do nothing""")
                .param("id", UUID.randomUUID()).param("project", projectId).param("start", Date.valueOf(period.start()))
                .param("end", Date.valueOf(period.end())).param("milestone", period.milestoneId())
                .param("due", Date.valueOf(period.dueOn())).param("status", ReportStatus.DUE.name()).update() > 0;
    }

    /** A report due at a milestone follows the milestone's new date while nobody has submitted it yet. */
    public void follow(ReportPlan.Period period) {
        jdbc.sql("""
                update projects.report set period_start = :start, period_end = :end,
                    reminded_at = case when due_on = :due then reminded_at end, due_on = :due
                where milestone_id = :milestone and status = :due_status""")
                .param("start", Date.valueOf(period.start())).param("end", Date.valueOf(period.end()))
                .param("due", Date.valueOf(period.dueOn())).param("milestone", period.milestoneId())
                .param("due_status", ReportStatus.DUE.name()).update();
    }

    public List<ReportView> of(UUID projectId) {
        return jdbc.sql("select " + COLUMNS + " from projects.report where project_id = :project order by period_start, due_on")
                .param("project", projectId).query(ReportStore::view).list();
    }

    public Optional<ReportView> byId(UUID projectId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from projects.report where id = :id and project_id = :project")
                .param("id", id).param("project", projectId).query(ReportStore::view).optional();
    }

    /** The report locked for a change of its content or status, so two submissions never both pass the check. */
    public Optional<ReportView> lock(UUID projectId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from projects.report where id = :id and project_id = :project for update")
                .param("id", id).param("project", projectId).query(ReportStore::view).optional();
    }

    public void saveContent(UUID id, String narrative, List<ReportView.IndicatorValue> values) {
        jdbc.sql("""
                update projects.report set narrative = :narrative, indicators = cast(:values as jsonb), version = version + 1
                where id = :id""")
                .param("id", id).param("narrative", narrative).param("values", ReportingJson.write(values)).update();
    }

    public void submitted(UUID id, Actor actor) {
        jdbc.sql("""
                update projects.report set status = :status, submitted_at = :at, submitted_by = :by, version = version + 1
                where id = :id""")
                .param("id", id).param("status", ReportStatus.SUBMITTED.name()).param("at", Timestamp.from(actor.at()))
                .param("by", actor.personId()).update();
    }

    public void decided(UUID id, ReportStatus status, Actor actor) {
        jdbc.sql("""
                update projects.report set status = :status, decided_at = :at, decided_by = :by, version = version + 1
                where id = :id""")
                .param("id", id).param("status", status.name()).param("at", Timestamp.from(actor.at()))
                .param("by", actor.personId()).update();
    }

    public void step(UUID reportId, ReportStatus action, String comment, Actor actor) {
        jdbc.sql("""
                insert into projects.report_step (id, report_id, action, comment, actor_id, actor_name, at)
                values (:id, :report, :action, :comment, :actor, :name, :at)""")
                .param("id", UUID.randomUUID()).param("report", reportId).param("action", action.name())
                .param("comment", comment).param("actor", actor.personId()).param("name", actor.name())
                .param("at", Timestamp.from(actor.at())).update();
    }

    public List<ReportStepView> steps(UUID reportId) {
        return jdbc.sql("select action, comment, actor_name, at from projects.report_step where report_id = :report order by at, id")
                .param("report", reportId)
                .query((rs, n) -> new ReportStepView(Rows.enumValue(rs, "action", ReportStatus.class), rs.getString("comment"),
                        rs.getString("actor_name"), Rows.instant(rs, "at")))
                .list();
    }

    /** The statement as a whole is replaced while the report is still a draft: its lines are not yet reported. */
    public void replaceExpenses(UUID projectId, UUID reportId, List<ExpenseLine> lines, Actor actor) {
        jdbc.sql("delete from projects.expenditure where report_id = :report").param("report", reportId).update();
        for (ExpenseLine line : lines) {
            jdbc.sql("""
                    insert into projects.expenditure (id, project_id, partner_id, year, category, amount, description,
                        report_id, entered_at, entered_by)
                    values (:id, :project, :partner, :year, :category, :amount, :description, :report, :at, :by)""")
                    .param("id", UUID.randomUUID()).param("project", projectId).param("partner", line.partnerId())
                    .param("year", line.year()).param("category", line.category().name()).param("amount", line.amount())
                    .param("description", line.description()).param("report", reportId)
                    .param("at", Timestamp.from(actor.at())).param("by", actor.personId()).update();
        }
    }

    public List<ExpenseLine> expenses(UUID reportId) {
        return jdbc.sql("""
                select e.partner_id, p.name, e.year, e.category, e.amount, e.description
                from projects.expenditure e join projects.partner p on p.id = e.partner_id
                where e.report_id = :report order by p.position, e.year, e.category""")
                .param("report", reportId)
                .query((rs, n) -> new ExpenseLine(Rows.uuid(rs, "partner_id"), rs.getString("name"), rs.getInt("year"),
                        Rows.enumValue(rs, "category", BudgetCategory.class), rs.getBigDecimal("amount"),
                        rs.getString("description")))
                .list();
    }

    /** Reports still open (due or sent back) whose due date has passed, across projects. */
    public List<ReportView> overdue(LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " from projects.report where status in (:open) and due_on < :today order by due_on")
                .param("open", List.of(ReportStatus.DUE.name(), ReportStatus.RETURNED.name()))
                .param("today", Date.valueOf(today)).query(ReportStore::view).list();
    }

    /** Marks and returns the open reports due by {@code until} whose project has a principal investigator with an account. */
    public List<UUID> markRemindersDue(LocalDate today, LocalDate until, Instant now) {
        return jdbc.sql("""
                update projects.report r set reminded_at = :now
                where r.status in (:open) and r.reminded_at is null and r.due_on between :today and :until
                  and exists (select 1 from projects.member m where m.project_id = r.project_id and m.role = :pi
                              and m.person_id is not null)
                returning r.id""")
                .param("now", Timestamp.from(now)).param("today", Date.valueOf(today)).param("until", Date.valueOf(until))
                .param("open", List.of(ReportStatus.DUE.name(), ReportStatus.RETURNED.name()))
                .param("pi", MemberRole.PRINCIPAL_INVESTIGATOR.name())
                .query((rs, n) -> Rows.uuid(rs, "id")).list();
    }

    public Optional<ReportView> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from projects.report where id = :id")
                .param("id", id).query(ReportStore::view).optional();
    }

    static ReportView view(ResultSet rs, int row) throws SQLException {
        return new ReportView(Rows.uuid(rs, "id"), Rows.uuid(rs, "project_id"), Rows.date(rs, "period_start"),
                Rows.date(rs, "period_end"), Rows.uuid(rs, "milestone_id"), Rows.date(rs, "due_on"),
                Rows.enumValue(rs, "status", ReportStatus.class), rs.getString("narrative"),
                ReportingJson.values(rs.getString("indicators")), Rows.instant(rs, "submitted_at"),
                Rows.instant(rs, "decided_at"), rs.getInt("version"));
    }
}
