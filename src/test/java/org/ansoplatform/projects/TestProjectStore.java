package org.ansoplatform.projects;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Projects for reporting's tests, written straight into the V1 tables while projects' core
 * ({@code ProjectManagement}, built alongside) is not on this branch: a project with a lead and a partner
 * institution and a principal investigator. The merger switches these fixtures to {@code ProjectManagement}.
 */
public final class TestProjectStore {

    /** A project as reporting's tests need it. */
    public record TestProject(UUID id, String acronym, UUID lead, UUID partner, LocalDate start, LocalDate end) {
    }

    private final JdbcClient jdbc;

    public TestProjectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A running project with indicators {@code stations} and {@code trainees}, led by {@code piPersonId} (null: none with an account). */
    public TestProject create(LocalDate start, LocalDate end, ReportSchedule schedule, UUID piPersonId) {
        UUID id = UUID.randomUUID();
        String acronym = "T" + id.toString().substring(0, 6).toUpperCase();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into projects.project (id, code, acronym, title, summary, status, start_date, end_date, programme_code,
                    granted_amount, currency, report_schedule, indicators, created_at, updated_at)
                values (:id, :code, :acronym, cast(:title as jsonb), '{}', :status, :start, :end, 'TEST', 100000, 'USD',
                    :schedule, cast(:indicators as jsonb), :now, :now)""")
                .param("id", id).param("code", "TEST-" + acronym).param("acronym", acronym)
                .param("title", "{\"en\": \"Water stations for " + acronym + "\"}").param("status", ProjectStatus.ACTIVE.name())
                .param("start", Date.valueOf(start)).param("end", Date.valueOf(end)).param("schedule", schedule.name())
                .param("indicators", "[{\"key\": \"stations\", \"label\": {\"en\": \"Water stations\"}, \"unit\": \"stations\", \"target\": 4},"
                        + " {\"key\": \"trainees\", \"label\": {\"en\": \"People trained\"}, \"unit\": \"people\", \"target\": 120}]")
                .param("now", now).update();
        UUID lead = partner(id, 1, "Lead Institute " + acronym, "CN", PartnerRole.LEAD);
        UUID partner = partner(id, 2, "Partner University " + acronym, "KG", PartnerRole.PARTNER);
        jdbc.sql("""
                insert into projects.member (id, project_id, partner_id, person_id, name, role)
                values (:id, :project, :partner, :person, 'Principal Investigator', :role)""")
                .param("id", UUID.randomUUID()).param("project", id).param("partner", lead).param("person", piPersonId)
                .param("role", MemberRole.PRINCIPAL_INVESTIGATOR.name()).update();
        return new TestProject(id, acronym, lead, partner, start, end);
    }

    private UUID partner(UUID project, int position, String name, String country, PartnerRole role) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into projects.partner (id, project_id, position, organization_id, name, country, role)
                values (:id, :project, :position, :organization, :name, :country, :role)""")
                .param("id", id).param("project", project).param("position", position).param("organization", UUID.randomUUID())
                .param("name", name).param("country", country).param("role", role.name()).update();
        return id;
    }

    /** How many expenditure rows a report's financial statement wrote. */
    public int expenditureRows(UUID reportId) {
        return jdbc.sql("select count(*) from projects.expenditure where report_id = :report").param("report", reportId)
                .query(Integer.class).single();
    }

    public Instant milestoneRemindedAt(UUID milestoneId) {
        return jdbc.sql("select reminded_at from projects.milestone where id = :id").param("id", milestoneId)
                .query((rs, n) -> rs.getTimestamp("reminded_at") == null ? null : rs.getTimestamp("reminded_at").toInstant())
                .single();
    }
}
