package org.ansoplatform.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordChanged;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test-only rows of the projects schema (V1), written directly because {@code ProjectManagement} (P3's, issue 18)
 * is built in parallel and not in this branch; when it is merged, fixtures should go through it. {@link #changed}
 * publishes {@code shared.RecordChanged} as the module's commands will.
 */
public class ProjectFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    public ProjectFixtures(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
    }

    public UUID project(String code, String acronym, LocalizedText title, LocalizedText summary, ProjectStatus status,
            LocalDate start, LocalDate end, boolean published) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into projects.project (id, code, acronym, title, summary, status, start_date, end_date,
                            programme_code, granted_amount, currency, published, created_at, updated_at)
                        values (:id, :code, :acronym, cast(:title as jsonb), cast(:summary as jsonb), :status, :start, :end,
                            'COOPERATION', 100000, 'USD', :published, :now, :now)""")
                .param("id", id).param("code", code).param("acronym", acronym)
                .param("title", JSON.writeValueAsString(title.values()))
                .param("summary", JSON.writeValueAsString(summary.values()))
                .param("status", status.name()).param("start", start).param("end", end).param("published", published)
                .param("now", java.sql.Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("""
                        insert into projects.status_change (id, project_id, from_status, to_status, reason, actor_name, changed_at)
                        values (:id, :project, null, :status, 'entered directly', 'test', :now)""")
                .param("id", UUID.randomUUID()).param("project", id).param("status", status.name())
                .param("now", java.sql.Timestamp.from(Instant.now())).update();
        return id;
    }

    public void terminate(UUID project, Instant at) {
        jdbc.sql("update projects.project set status = :status where id = :id")
                .param("status", ProjectStatus.TERMINATED.name()).param("id", project).update();
        jdbc.sql("""
                        insert into projects.status_change (id, project_id, from_status, to_status, reason, actor_name, changed_at)
                        values (:id, :project, 'ACTIVE', :status, 'stopped', 'test', :at)""")
                .param("id", UUID.randomUUID()).param("project", project).param("status", ProjectStatus.TERMINATED.name())
                .param("at", java.sql.Timestamp.from(at)).update();
    }

    public UUID partner(UUID project, int position, UUID organizationId, String name, String country, PartnerRole role) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into projects.partner (id, project_id, position, organization_id, name, country, role)
                        values (:id, :project, :position, :organization, :name, :country, :role)""")
                .param("id", id).param("project", project).param("position", position).param("organization", organizationId)
                .param("name", name).param("country", country).param("role", role.name()).update();
        return id;
    }

    public void member(UUID project, UUID partner, UUID personId, String name, String email, String orcid, MemberRole role) {
        jdbc.sql("""
                        insert into projects.member (id, project_id, partner_id, person_id, name, email, orcid, role)
                        values (:id, :project, :partner, :person, :name, :email, :orcid, :role)""")
                .param("id", UUID.randomUUID()).param("project", project).param("partner", partner).param("person", personId)
                .param("name", name).param("email", email).param("orcid", orcid).param("role", role.name()).update();
    }

    public void sdgs(UUID project, int... goals) {
        for (int goal : goals) {
            jdbc.sql("insert into projects.project_sdg (project_id, sdg) values (:project, :sdg)")
                    .param("project", project).param("sdg", goal).update();
        }
    }

    public void themes(UUID project, ProjectTheme... themes) {
        for (ProjectTheme theme : themes) {
            jdbc.sql("insert into projects.project_theme (project_id, theme) values (:project, :theme)")
                    .param("project", project).param("theme", theme.name()).update();
        }
    }

    public UUID output(UUID project, OutputKind kind, String title, LocalDate occurredOn, String recordRef,
            Integer beneficiaries, Integer places, boolean published, List<String> countries) {
        UUID id = UUID.randomUUID();
        LocalDate day = occurredOn == null ? LocalDate.of(2021, 12, 31) : occurredOn;
        jdbc.sql("""
                        insert into projects.output (id, project_id, kind, title, period_start, period_end, occurred_on,
                            record_ref, beneficiaries, places, published, created_at)
                        values (:id, :project, :kind, cast(:title as jsonb), :from, :to, :on, :ref, :beneficiaries, :places,
                            :published, :now)""")
                .param("id", id).param("project", project).param("kind", kind.name())
                .param("title", JSON.writeValueAsString(Map.of("en", title)))
                .param("from", LocalDate.of(day.getYear(), 1, 1)).param("to", LocalDate.of(day.getYear(), 12, 31))
                .param("on", occurredOn).param("ref", recordRef).param("beneficiaries", beneficiaries)
                .param("places", places).param("published", published)
                .param("now", java.sql.Timestamp.from(Instant.now())).update();
        for (String country : countries) {
            jdbc.sql("insert into projects.output_country (output_id, country) values (:id, :country)")
                    .param("id", id).param("country", country).update();
        }
        return id;
    }

    public void trainees(UUID output, String country, Gender gender, int count) {
        jdbc.sql("insert into projects.trainee_count (output_id, country, gender, count) values (:id, :country, :gender, :count)")
                .param("id", output).param("country", country).param("gender", gender.name()).param("count", count).update();
    }

    public UUID report(UUID project, LocalDate from, LocalDate to, ReportStatus status, String narrative, boolean published) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into projects.report (id, project_id, period_start, period_end, due_on, status, narrative, published)
                        values (:id, :project, :from, :to, :to, :status, :narrative, :published)""")
                .param("id", id).param("project", project).param("from", from).param("to", to)
                .param("status", status.name()).param("narrative", narrative).param("published", published).update();
        return id;
    }

    public void publish(UUID project, boolean published) {
        jdbc.sql("update projects.project set published = :published where id = :id")
                .param("published", published).param("id", project).update();
    }

    /** Announces a change of the project as its module does, in a transaction, so listeners run after commit. */
    public void changed(UUID project) {
        transactions.executeWithoutResult(status -> events.publishEvent(new RecordChanged(RecordRef.of("projects", "project", project))));
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
