package org.ansoplatform.projects.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ansoplatform.projects.BudgetCategory;
import org.ansoplatform.projects.Gender;
import org.ansoplatform.projects.MemberRole;
import org.ansoplatform.projects.MilestoneKind;
import org.ansoplatform.projects.OutputKind;
import org.ansoplatform.projects.PartnerRole;
import org.ansoplatform.projects.ProjectStatus;
import org.ansoplatform.projects.ProjectTheme;
import org.ansoplatform.projects.ReportSchedule;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's projects written straight into the projects module's V1 tables, the rows entering a project directly
 * would write. It stands in for {@code ProjectManagement}, built in parallel (issue 18), until the demo can go
 * through it; nothing else writes through this store.
 */
@Repository
class ProjectDemoStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ProjectDemoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A project's row as entered directly (no call or application behind it). */
    record ProjectRow(UUID id, String code, String acronym, LocalizedText title, LocalizedText summary,
            ProjectStatus status, LocalDate start, LocalDate end, String programmeCode, BigDecimal granted,
            String currency, ReportSchedule schedule, boolean illustrative, Instant at) {
    }

    /** An output's row; {@code recordRef} names the meetings module's record it links, or null. */
    record OutputRow(UUID id, UUID projectId, OutputKind kind, LocalizedText title, LocalizedText description,
            LocalDate periodStart, LocalDate periodEnd, LocalDate occurredOn, String recordRef, Integer beneficiaries,
            Integer places, boolean illustrative, Instant at) {
    }

    boolean codeTaken(String code) {
        return jdbc.sql("select exists (select 1 from projects.project where code = :code)").param("code", code)
                .query(Boolean.class).single();
    }

    void insertProject(ProjectRow p) {
        jdbc.sql("""
                insert into projects.project (id, code, acronym, title, summary, status, start_date, end_date,
                    programme_code, granted_amount, currency, report_schedule, published, illustrative, created_at, updated_at)
                values (:id, :code, :acronym, cast(:title as jsonb), cast(:summary as jsonb), :status, :start, :end,
                    :programme, :granted, :currency, :schedule, true, :illustrative, :at, :at)""")
                .param("id", p.id()).param("code", p.code()).param("acronym", p.acronym())
                .param("title", json(p.title())).param("summary", json(p.summary())).param("status", p.status().name())
                .param("start", p.start()).param("end", p.end()).param("programme", p.programmeCode())
                .param("granted", p.granted()).param("currency", p.currency()).param("schedule", p.schedule().name())
                .param("illustrative", p.illustrative()).param("at", Timestamp.from(p.at()))
                .update();
    }

    void insertSdg(UUID projectId, int sdg) {
        jdbc.sql("insert into projects.project_sdg (project_id, sdg) values (:project, :sdg)")
                .param("project", projectId).param("sdg", sdg).update();
    }

    void insertTheme(UUID projectId, ProjectTheme theme) {
        jdbc.sql("insert into projects.project_theme (project_id, theme) values (:project, :theme)")
                .param("project", projectId).param("theme", theme.name()).update();
    }

    void insertStatusChange(UUID projectId, ProjectStatus from, ProjectStatus to, String reason, String actorName, Instant at) {
        jdbc.sql("""
                insert into projects.status_change (id, project_id, from_status, to_status, reason, actor_name, changed_at)
                values (:id, :project, :from, :to, :reason, :actor, :at)""")
                .param("id", UUID.randomUUID()).param("project", projectId).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("reason", reason).param("actor", actorName).param("at", Timestamp.from(at))
                .update();
    }

    UUID insertPartner(UUID projectId, int position, UUID organizationId, String name, String country, PartnerRole role) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into projects.partner (id, project_id, position, organization_id, name, country, role)
                values (:id, :project, :position, :organization, :name, :country, :role)""")
                .param("id", id).param("project", projectId).param("position", position).param("organization", organizationId)
                .param("name", name).param("country", country).param("role", role.name())
                .update();
        return id;
    }

    void insertMember(UUID projectId, UUID partnerId, String name, MemberRole role) {
        jdbc.sql("""
                insert into projects.member (id, project_id, partner_id, name, role)
                values (:id, :project, :partner, :name, :role)""")
                .param("id", UUID.randomUUID()).param("project", projectId).param("partner", partnerId)
                .param("name", name).param("role", role.name())
                .update();
    }

    void insertBudgetLine(UUID projectId, int year, BudgetCategory category, BigDecimal amount) {
        jdbc.sql("""
                insert into projects.budget_line (id, project_id, year, category, amount)
                values (:id, :project, :year, :category, :amount)""")
                .param("id", UUID.randomUUID()).param("project", projectId).param("year", year)
                .param("category", category.name()).param("amount", amount)
                .update();
    }

    void insertMilestone(UUID projectId, int position, MilestoneKind kind, String workPackage, LocalizedText title,
            LocalDate due, LocalDate achieved) {
        jdbc.sql("""
                insert into projects.milestone (id, project_id, position, kind, work_package, title, due_on, achieved_on)
                values (:id, :project, :position, :kind, :workPackage, cast(:title as jsonb), :due, :achieved)""")
                .param("id", UUID.randomUUID()).param("project", projectId).param("position", position)
                .param("kind", kind.name()).param("workPackage", workPackage).param("title", json(title))
                .param("due", due).param("achieved", achieved)
                .update();
    }

    void insertOutput(OutputRow o) {
        jdbc.sql("""
                insert into projects.output (id, project_id, kind, title, description, period_start, period_end, occurred_on,
                    record_ref, beneficiaries, places, published, illustrative, created_at)
                values (:id, :project, :kind, cast(:title as jsonb), cast(:description as jsonb), :periodStart, :periodEnd,
                    :occurredOn, :recordRef, :beneficiaries, :places, true, :illustrative, :at)""")
                .param("id", o.id()).param("project", o.projectId()).param("kind", o.kind().name())
                .param("title", json(o.title())).param("description", json(o.description()))
                .param("periodStart", o.periodStart()).param("periodEnd", o.periodEnd()).param("occurredOn", o.occurredOn())
                .param("recordRef", o.recordRef()).param("beneficiaries", o.beneficiaries()).param("places", o.places())
                .param("illustrative", o.illustrative()).param("at", Timestamp.from(o.at()))
                .update();
    }

    void insertTrainees(UUID outputId, String country, Gender gender, int count) {
        jdbc.sql("insert into projects.trainee_count (output_id, country, gender, count) values (:output, :country, :gender, :count)")
                .param("output", outputId).param("country", country).param("gender", gender.name()).param("count", count)
                .update();
    }

    void insertOutputCountry(UUID outputId, String country) {
        jdbc.sql("insert into projects.output_country (output_id, country) values (:output, :country)")
                .param("output", outputId).param("country", country).update();
    }

    private static String json(LocalizedText text) {
        return JSON.writeValueAsString(text == null ? java.util.Map.of() : text.values());
    }
}
