package org.ansoplatform.projects.core;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.projects.MemberRole;
import org.ansoplatform.projects.MilestoneKind;
import org.ansoplatform.projects.PartnerRole;
import org.ansoplatform.projects.ProjectStatus;
import org.ansoplatform.projects.ProjectTheme;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A project's own rows: the project with its SDGs and themes, its status history, its partners and their teams, and
 * the milestones an award brings. Read for writing only under the project's row lock ({@link #lock}).
 */
@Repository
public class ProjectStore {

    private final JdbcClient jdbc;

    ProjectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The project's status, its row locked until the transaction ends; empty when there is no such project. */
    public Optional<ProjectStatus> lock(UUID id) {
        return jdbc.sql("select status from projects.project where id = :id for update").param("id", id)
                .query((row, n) -> Rows.enumValue(row, "status", ProjectStatus.class)).optional();
    }

    public String code(UUID id) {
        return jdbc.sql("select code from projects.project where id = :id").param("id", id).query(String.class).single();
    }

    public boolean codeTaken(String code, UUID except) {
        return jdbc.sql("select exists (select 1 from projects.project where lower(code) = lower(:code) and id <> :except)")
                .param("code", code).param("except", except == null ? new UUID(0, 0) : except)
                .query(Boolean.class).single();
    }

    public Optional<UUID> byApplication(UUID applicationId) {
        return jdbc.sql("select id from projects.project where application_id = :application")
                .param("application", applicationId).query(UUID.class).optional();
    }

    public void insert(UUID id, CheckedProject p, UUID callId, UUID applicationId, Instant at) {
        jdbc.sql("""
                insert into projects.project (id, code, acronym, title, summary, status, start_date, end_date, call_id,
                    application_id, programme_code, granted_amount, currency, report_schedule, published, illustrative,
                    created_at, updated_at)
                values (:id, :code, :acronym, cast(:title as jsonb), cast(:summary as jsonb), :status, :start, :end, :call,
                    :application, :programme, :amount, :currency, :schedule, :published, :illustrative, :at, :at)""")
                .paramSource(params(id, p, at).addValue("status", p.status().name()).addValue("call", callId)
                        .addValue("application", applicationId))
                .update();
        writeChildren(id, p);
    }

    public void update(UUID id, CheckedProject p, Instant at) {
        jdbc.sql("""
                update projects.project set code = :code, acronym = :acronym, title = cast(:title as jsonb),
                    summary = cast(:summary as jsonb), start_date = :start, end_date = :end, programme_code = :programme,
                    granted_amount = :amount, currency = :currency, report_schedule = :schedule, published = :published,
                    illustrative = :illustrative, updated_at = :at, version = version + 1
                where id = :id""")
                .paramSource(params(id, p, at)).update();
        jdbc.sql("delete from projects.project_sdg where project_id = :id").param("id", id).update();
        jdbc.sql("delete from projects.project_theme where project_id = :id").param("id", id).update();
        writeChildren(id, p);
    }

    public void setStatus(UUID id, ProjectStatus status, Instant at) {
        jdbc.sql("update projects.project set status = :status, updated_at = :at, version = version + 1 where id = :id")
                .param("status", status.name()).param("at", Timestamp.from(at)).param("id", id).update();
    }

    public java.time.LocalDate endDate(UUID id) {
        return jdbc.sql("select end_date from projects.project where id = :id").param("id", id).query(java.time.LocalDate.class).single();
    }

    public void setEndDate(UUID id, java.time.LocalDate end, Instant at) {
        jdbc.sql("update projects.project set end_date = :end, updated_at = :at, version = version + 1 where id = :id")
                .param("end", end).param("at", Timestamp.from(at)).param("id", id).update();
    }

    public void appendStatus(UUID projectId, ProjectStatus from, ProjectStatus to, String reason, Actor actor) {
        jdbc.sql("""
                insert into projects.status_change (id, project_id, from_status, to_status, reason, actor_id, actor_name, changed_at)
                values (:id, :project, :from, :to, :reason, :actor, :name, :at)""")
                .param("id", UUID.randomUUID()).param("project", projectId).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("reason", reason).param("actor", actor.personId())
                .param("name", actor.name() == null ? "system" : actor.name()).param("at", Timestamp.from(actor.at()))
                .update();
    }

    public void touch(UUID id, Instant at) {
        jdbc.sql("update projects.project set updated_at = :at, version = version + 1 where id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    /** What the project's money already holds that a change of its details must respect. */
    public record MoneyBounds(String currency, java.math.BigDecimal budgetTotal, Integer firstYear, Integer lastYear,
            boolean anyEntry) {
    }

    public MoneyBounds moneyBounds(UUID id) {
        return jdbc.sql("""
                select p.currency, coalesce((select sum(amount) from projects.budget_line b where b.project_id = p.id), 0) as total,
                    least((select min(year) from projects.budget_line b where b.project_id = p.id),
                          (select min(year) from projects.expenditure e where e.project_id = p.id)) as first_year,
                    greatest((select max(year) from projects.budget_line b where b.project_id = p.id),
                          (select max(year) from projects.expenditure e where e.project_id = p.id)) as last_year,
                    exists (select 1 from projects.budget_line b where b.project_id = p.id)
                        or exists (select 1 from projects.tranche t where t.project_id = p.id)
                        or exists (select 1 from projects.expenditure e where e.project_id = p.id) as any_entry
                from projects.project p where p.id = :id""")
                .param("id", id)
                .query((row, n) -> new MoneyBounds(row.getString("currency"), row.getBigDecimal("total"),
                        Rows.integer(row, "first_year"), Rows.integer(row, "last_year"), row.getBoolean("any_entry")))
                .single();
    }

    // partners and teams

    public boolean hasPartner(UUID projectId, UUID organizationId) {
        return jdbc.sql("select exists (select 1 from projects.partner where project_id = :project and organization_id = :organization)")
                .param("project", projectId).param("organization", organizationId).query(Boolean.class).single();
    }

    public boolean hasLead(UUID projectId) {
        return jdbc.sql("select exists (select 1 from projects.partner where project_id = :project and role = :lead)")
                .param("project", projectId).param("lead", PartnerRole.LEAD.name()).query(Boolean.class).single();
    }

    public UUID insertPartner(UUID projectId, UUID organizationId, String name, String country, PartnerRole role) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into projects.partner (id, project_id, position, organization_id, name, country, role)
                values (:id, :project, (select coalesce(max(position), -1) + 1 from projects.partner where project_id = :project),
                    :organization, :name, :country, :role)""")
                .param("id", id).param("project", projectId).param("organization", organizationId).param("name", name)
                .param("country", country).param("role", role.name()).update();
        return id;
    }

    /** The partner's name, when it belongs to the project. */
    public Optional<String> partnerName(UUID projectId, UUID partnerId) {
        return jdbc.sql("select name from projects.partner where id = :id and project_id = :project")
                .param("id", partnerId).param("project", projectId).query(String.class).optional();
    }

    public boolean partnerHasExpenditure(UUID partnerId) {
        return jdbc.sql("select exists (select 1 from projects.expenditure where partner_id = :partner)")
                .param("partner", partnerId).query(Boolean.class).single();
    }

    public void deletePartner(UUID partnerId) {
        jdbc.sql("delete from projects.partner where id = :id").param("id", partnerId).update();
    }

    public boolean hasPrincipalInvestigator(UUID projectId) {
        return jdbc.sql("select exists (select 1 from projects.member where project_id = :project and role = :pi)")
                .param("project", projectId).param("pi", MemberRole.PRINCIPAL_INVESTIGATOR.name()).query(Boolean.class).single();
    }

    public UUID insertMember(UUID projectId, UUID partnerId, UUID personId, String name, String email, String orcid,
            MemberRole role) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into projects.member (id, project_id, partner_id, person_id, name, email, orcid, role)
                values (:id, :project, :partner, :person, :name, :email, :orcid, :role)""")
                .param("id", id).param("project", projectId).param("partner", partnerId).param("person", personId)
                .param("name", name).param("email", email).param("orcid", orcid).param("role", role.name()).update();
        return id;
    }

    public Optional<String> memberName(UUID projectId, UUID memberId) {
        return jdbc.sql("select name from projects.member where id = :id and project_id = :project")
                .param("id", memberId).param("project", projectId).query(String.class).optional();
    }

    public void deleteMember(UUID memberId) {
        jdbc.sql("delete from projects.member where id = :id").param("id", memberId).update();
    }

    /** A milestone of the award's plan, after the project's others. */
    public void insertMilestone(UUID projectId, MilestoneKind kind, String workPackage, LocalizedText title, LocalDate due) {
        jdbc.sql("""
                insert into projects.milestone (id, project_id, position, kind, work_package, title, due_on)
                values (:id, :project, (select coalesce(max(position), -1) + 1 from projects.milestone where project_id = :project),
                    :kind, :workPackage, cast(:title as jsonb), :due)""")
                .param("id", UUID.randomUUID()).param("project", projectId).param("kind", kind.name())
                .param("workPackage", workPackage).param("title", ProjectJson.write(title.values())).param("due", due)
                .update();
    }

    private void writeChildren(UUID id, CheckedProject p) {
        for (Integer sdg : new LinkedHashSet<>(p.sdgs())) {
            jdbc.sql("insert into projects.project_sdg (project_id, sdg) values (:project, :sdg)")
                    .param("project", id).param("sdg", sdg).update();
        }
        for (ProjectTheme theme : new LinkedHashSet<>(p.themes())) {
            jdbc.sql("insert into projects.project_theme (project_id, theme) values (:project, :theme)")
                    .param("project", id).param("theme", theme.name()).update();
        }
    }

    private static MapSqlParameterSource params(UUID id, CheckedProject p, Instant at) {
        return new MapSqlParameterSource().addValue("id", id).addValue("code", p.code()).addValue("acronym", p.acronym())
                .addValue("title", ProjectJson.write(p.title().values()))
                .addValue("summary", ProjectJson.write(p.summary().values())).addValue("start", p.startDate())
                .addValue("end", p.endDate()).addValue("programme", p.programmeCode())
                .addValue("amount", p.granted().amount()).addValue("currency", p.granted().currency())
                .addValue("schedule", p.reportSchedule().name()).addValue("published", p.published())
                .addValue("illustrative", p.illustrative()).addValue("at", Timestamp.from(at));
    }
}
