package org.ansoplatform.projects.reporting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.projects.Gender;
import org.ansoplatform.projects.OutputKind;
import org.ansoplatform.projects.TraineeCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Outputs with the people they trained (by country and gender) and the countries they reached. */
@Repository
public class OutputStore {

    private final JdbcClient jdbc;

    OutputStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(OutputRow o, Instant at) {
        jdbc.sql("""
                insert into projects.output (id, project_id, report_id, kind, title, description, period_start, period_end,
                    occurred_on, record_ref, doi, url, beneficiaries, places, published, created_at)
                values (:id, :project, :report, :kind, cast(:title as jsonb), cast(:description as jsonb), :start, :end,
                    :occurred, :ref, :doi, :url, :beneficiaries, :places, :published, :at)""")
                .param("id", o.id()).param("project", o.projectId()).param("report", o.reportId())
                .param("kind", o.kind().name()).param("title", ReportingJson.write(o.title()))
                .param("description", ReportingJson.write(o.description()))
                .param("start", Date.valueOf(o.periodStart())).param("end", Date.valueOf(o.periodEnd()))
                .param("occurred", o.occurredOn() == null ? null : Date.valueOf(o.occurredOn()))
                .param("ref", o.recordRef()).param("doi", o.doi()).param("url", o.url())
                .param("beneficiaries", o.beneficiaries()).param("places", o.places()).param("published", o.published())
                .param("at", Timestamp.from(at)).update();
        for (TraineeCount t : o.trainees()) {
            jdbc.sql("insert into projects.trainee_count (output_id, country, gender, count) values (:output, :country, :gender, :count)")
                    .param("output", o.id()).param("country", t.country()).param("gender", t.gender().name())
                    .param("count", t.count()).update();
        }
        for (String country : o.countries()) {
            jdbc.sql("insert into projects.output_country (output_id, country) values (:output, :country) on conflict do nothing")
                    .param("output", o.id()).param("country", country).update();
        }
    }

    public int delete(UUID projectId, UUID reportId, UUID id) {
        return jdbc.sql("delete from projects.output where id = :id and project_id = :project and report_id = :report")
                .param("id", id).param("project", projectId).param("report", reportId).update();
    }

    public List<OutputRow> ofReport(UUID reportId) {
        return withDetails(jdbc.sql("select * from projects.output where report_id = :report order by created_at, id")
                .param("report", reportId).query(OutputStore::row).list());
    }

    public List<OutputRow> ofProject(UUID projectId) {
        return withDetails(jdbc.sql("select * from projects.output where project_id = :project order by period_start, created_at, id")
                .param("project", projectId).query(OutputStore::row).list());
    }

    private List<OutputRow> withDetails(List<OutputRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<UUID> ids = rows.stream().map(OutputRow::id).toList();
        Map<UUID, List<TraineeCount>> trainees = new HashMap<>();
        jdbc.sql("select output_id, country, gender, count from projects.trainee_count where output_id in (:ids) order by country, gender")
                .param("ids", ids).query((ResultSet rs) -> {
                    trainees.computeIfAbsent(Rows.uuid(rs, "output_id"), k -> new ArrayList<>()).add(new TraineeCount(
                            rs.getString("country").strip(), Rows.enumValue(rs, "gender", Gender.class), rs.getInt("count")));
                });
        Map<UUID, List<String>> countries = new HashMap<>();
        jdbc.sql("select output_id, country from projects.output_country where output_id in (:ids) order by country")
                .param("ids", ids).query((ResultSet rs) -> {
                    countries.computeIfAbsent(Rows.uuid(rs, "output_id"), k -> new ArrayList<>()).add(rs.getString("country").strip());
                });
        return rows.stream().map(o -> new OutputRow(o.id(), o.projectId(), o.reportId(), o.kind(), o.title(), o.description(),
                o.periodStart(), o.periodEnd(), o.occurredOn(), o.recordRef(), o.doi(), o.url(), o.beneficiaries(),
                o.places(), List.copyOf(trainees.getOrDefault(o.id(), List.of())),
                List.copyOf(countries.getOrDefault(o.id(), List.of())), o.published())).toList();
    }

    static OutputRow row(ResultSet rs, int n) throws SQLException {
        return new OutputRow(Rows.uuid(rs, "id"), Rows.uuid(rs, "project_id"), Rows.uuid(rs, "report_id"),
                Rows.enumValue(rs, "kind", OutputKind.class), ReportingJson.text(rs.getString("title")),
                ReportingJson.text(rs.getString("description")), Rows.date(rs, "period_start"), Rows.date(rs, "period_end"),
                Rows.date(rs, "occurred_on"), rs.getString("record_ref"), rs.getString("doi"), rs.getString("url"),
                Rows.integer(rs, "beneficiaries"), Rows.integer(rs, "places"), List.of(), List.of(), rs.getBoolean("published"));
    }
}
