package org.ansoplatform.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.projects.core.ProjectTeams;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordChanged;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Projects for the tests, entered through the module's own commands as the Secretariat would enter them
 * ({@link ProjectManagement}, {@link ProjectTeams}): each checked, in the status history and the activity log, and
 * announced as {@code shared.RecordChanged}. Outputs, trainees and reports have no command yet (issue 18's
 * reports, P4), so {@link #output}, {@link #trainees} and {@link #report} still write V1 rows directly, and
 * {@link #changed} announces what they change. A component of the test classpath (like review's
 * ReviewingTestData), so the shared test context stays one.
 */
@Component
public class ProjectFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProjectManagement management;
    private final ProjectTeams teams;
    private final ProjectQueries queries;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    ProjectFixtures(ProjectManagement management, ProjectTeams teams, ProjectQueries queries, JdbcClient jdbc,
            TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.management = management;
        this.teams = teams;
        this.queries = queries;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
    }

    /** A project entered directly with the status given, granted 100 000 US dollars. */
    public UUID project(String code, String acronym, LocalizedText title, LocalizedText summary, ProjectStatus status,
            LocalDate start, LocalDate end, boolean published) {
        return management.create(new ProjectCommand(code, acronym, title, summary, start, end, "cooperation",
                new BigDecimal("100000.00"), "USD", status, List.of(), List.of(), ReportSchedule.ANNUAL, published, false));
    }

    /** Terminates a running project, as decided at {@code at}. */
    public void terminate(UUID project, Instant at) {
        management.changeStatus(project, ProjectStatus.TERMINATED, "stopped", Actor.system(at));
    }

    /** Adds the directory's organization as a partner; its name and country are the directory's. */
    public UUID partner(UUID project, UUID organizationId, PartnerRole role) {
        return teams.addPartner(project, new ProjectTeams.PartnerCommand(organizationId, null, role));
    }

    public UUID member(UUID project, UUID partner, UUID personId, String name, String email, String orcid, MemberRole role) {
        return teams.addMember(project, new ProjectTeams.MemberCommand(partner, name, email, orcid, role, personId));
    }

    public void sdgs(UUID project, int... goals) {
        ProjectView p = queries.byId(project).orElseThrow();
        List<Integer> sdgs = new ArrayList<>(p.sdgs());
        for (int goal : goals) {
            sdgs.add(goal);
        }
        update(p, sdgs, p.themes(), p.published());
    }

    public void themes(UUID project, ProjectTheme... themes) {
        ProjectView p = queries.byId(project).orElseThrow();
        List<ProjectTheme> all = new ArrayList<>(p.themes());
        all.addAll(List.of(themes));
        update(p, p.sdgs(), all, p.published());
    }

    public void publish(UUID project, boolean published) {
        ProjectView p = queries.byId(project).orElseThrow();
        update(p, p.sdgs(), p.themes(), published);
    }

    private void update(ProjectView p, List<Integer> sdgs, List<ProjectTheme> themes, boolean published) {
        management.update(p.id(), new ProjectCommand(p.code(), p.acronym(), p.title(), p.summary(), p.startDate(), p.endDate(),
                p.programmeCode(), p.granted().amount(), p.granted().currency(), p.status(), sdgs, themes, p.reportSchedule(),
                published, p.illustrative()));
    }

    // written directly until P4's commands for outputs and reports are merged

    /** Puts the output in a report of its year in that status (outputs of a report count once it is accepted). */
    public UUID inReport(UUID output, ReportStatus status) {
        UUID report = UUID.randomUUID();
        jdbc.sql("""
                insert into projects.report (id, project_id, period_start, period_end, due_on, status)
                select :id, o.project_id, o.period_start, o.period_end, o.period_end, :status from projects.output o where o.id = :output""")
                .param("id", report).param("status", status.name()).param("output", output).update();
        jdbc.sql("update projects.output set report_id = :report where id = :output").param("report", report).param("output", output)
                .update();
        return report;
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

    /** Announces a change of the project as its module does, in a transaction, so listeners run after commit. */
    public void changed(UUID project) {
        transactions.executeWithoutResult(status -> events.publishEvent(new RecordChanged(RecordRef.of("projects", "project", project))));
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
