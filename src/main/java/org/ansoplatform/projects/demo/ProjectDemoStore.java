package org.ansoplatform.projects.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ansoplatform.projects.Gender;
import org.ansoplatform.projects.MilestoneKind;
import org.ansoplatform.projects.OutputKind;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the demo writes that the projects module has no command for yet: milestones with the day they were achieved
 * and outputs with their trainees and countries (issue 18's reports and outputs, P4, build those commands; the demo
 * moves onto them once they are merged). Everything else goes through {@code ProjectManagement},
 * {@code ProjectTeams} and {@code ProjectMoney}. Nothing else writes through this store.
 */
@Repository
class ProjectDemoStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ProjectDemoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An output's row; {@code recordRef} names the meetings module's record it links, or null. */
    record OutputRow(UUID id, UUID projectId, OutputKind kind, LocalizedText title, LocalizedText description,
            LocalDate periodStart, LocalDate periodEnd, LocalDate occurredOn, String recordRef, Integer beneficiaries,
            Integer places, boolean illustrative, Instant at) {
    }

    /** A project has the code, in any case (as a project's codes are told apart). */
    boolean codeTaken(String code) {
        return jdbc.sql("select exists (select 1 from projects.project where lower(code) = lower(:code))").param("code", code)
                .query(Boolean.class).single();
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
