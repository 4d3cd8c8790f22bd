package org.ansoplatform.projects.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.projects.OutputKind;
import org.ansoplatform.projects.ProjectStatus;
import org.ansoplatform.shared.FigureSource;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the projects' figures count and what their links show. Every project and output is counted, published or
 * not, except outputs of a report the Secretariat has not accepted yet; who may open which is decided by
 * {@link ProjectRecords}. An output belongs to the year it happened in, or
 * to the year its reporting period ends when no date is recorded.
 */
@Service
@Transactional(readOnly = true)
class ProjectFigureQueries {

    /** A project whose dates touch the year, with its partners' countries and its goals. */
    record Running(UUID id, ProjectStatus status, LocalDate start, LocalDate end, Instant terminatedAt,
            List<String> countries, List<Integer> sdgs) {
    }

    record Produced(UUID id, UUID projectId, OutputKind kind, Integer beneficiaries, List<String> countries) {
    }

    record Trained(UUID outputId, UUID projectId, String country, long count) {
    }

    /** A project a figure may be narrowed to, by its code, and its programme. */
    record Coded(UUID id, String code, LocalizedText title, String programme) {
    }

    /** A record as a list shows it; projects and outputs also give their day, their project's code and the illustrative mark. */
    record Title(UUID id, UUID projectId, LocalizedText title, boolean published, boolean projectPublished, LocalDate date,
            String code, boolean illustrative) {

        Title(UUID id, UUID projectId, LocalizedText title, boolean published, boolean projectPublished) {
            this(id, projectId, title, published, projectPublished, null, null, false);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() {
    };
    /** The outputs ReportQueries counts too: entered directly, or in a report the Secretariat accepted. */
    private static final String OUTPUT_YEAR = "extract(year from coalesce(o.occurred_on, o.period_end)) = :year"
            + " and (o.report_id is null or exists (select 1 from projects.report r where r.id = o.report_id and r.status = '"
            + org.ansoplatform.projects.ReportStatus.ACCEPTED.name() + "'))";

    private final JdbcClient jdbc;

    ProjectFigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Running> running(int year) {
        return jdbc.sql("""
                        select p.id, p.status, p.start_date, p.end_date,
                               (select max(c.changed_at) from projects.status_change c
                                where c.project_id = p.id and c.to_status = :terminated) as terminated_at,
                               array(select pa.country from projects.partner pa where pa.project_id = p.id
                                     group by pa.country order by pa.country) as countries,
                               array(select cast(s.sdg as varchar) from projects.project_sdg s where s.project_id = p.id
                                     order by s.sdg) as sdgs
                        from projects.project p
                        where p.start_date < :next and p.end_date >= :first
                        order by p.start_date, p.code""")
                .param("terminated", ProjectStatus.TERMINATED.name())
                .param("first", LocalDate.of(year, 1, 1)).param("next", LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> new Running(Rows.uuid(rs, "id"), Rows.enumValue(rs, "status", ProjectStatus.class),
                        Rows.date(rs, "start_date"), Rows.date(rs, "end_date"), Rows.instant(rs, "terminated_at"),
                        Rows.strings(rs, "countries").stream().map(String::strip).toList(),
                        Rows.strings(rs, "sdgs").stream().map(Integer::valueOf).toList()))
                .list();
    }

    /** Outputs of the year with the countries they reached: their own and their trainees'. */
    List<Produced> produced(int year) {
        return jdbc.sql("""
                        select o.id, o.project_id, o.kind, o.beneficiaries,
                               array(select c.country from projects.output_country c where c.output_id = o.id
                                     union select t.country from projects.trainee_count t where t.output_id = o.id
                                     order by 1) as countries
                        from projects.output o where""" + " " + OUTPUT_YEAR + " order by o.created_at, o.id")
                .param("year", year)
                .query((rs, n) -> new Produced(Rows.uuid(rs, "id"), Rows.uuid(rs, "project_id"), Rows.enumValue(rs, "kind", OutputKind.class),
                        Rows.integer(rs, "beneficiaries"),
                        Rows.strings(rs, "countries").stream().map(String::strip).toList()))
                .list();
    }

    List<Trained> trained(int year) {
        return jdbc.sql("""
                        select t.output_id, o.project_id, t.country, sum(t.count) as people from projects.trainee_count t
                        join projects.output o on o.id = t.output_id
                        where""" + " " + OUTPUT_YEAR + " group by t.output_id, o.project_id, t.country order by t.country")
                .param("year", year)
                .query((rs, n) -> new Trained(Rows.uuid(rs, "output_id"), Rows.uuid(rs, "project_id"), rs.getString("country").strip(),
                        rs.getLong("people")))
                .list();
    }

    /** Projects by code, or those of a programme (by its code); null where the filter narrows nothing. */
    List<Coded> coded(String code, String programme) {
        return jdbc.sql("""
                        select id, code, cast(title as text) as title, programme_code from projects.project
                        where (cast(:code as varchar) is null or code = :code)
                          and (cast(:programme as varchar) is null or programme_code = :programme)
                        order by code""")
                .param("code", code).param("programme", programme)
                .query((rs, n) -> new Coded(Rows.uuid(rs, "id"), rs.getString("code"), text(rs.getString("title")),
                        rs.getString("programme_code")))
                .list();
    }

    List<Title> projects(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, cast(title as text) as title, published, start_date, code, illustrative
                        from projects.project where id in (:ids)""")
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> new Title(Rows.uuid(rs, "id"), Rows.uuid(rs, "id"), text(rs.getString("title")),
                        rs.getBoolean("published"), rs.getBoolean("published"), Rows.date(rs, "start_date"), rs.getString("code"),
                        rs.getBoolean("illustrative")))
                .list();
    }

    List<Title> outputs(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select o.id, o.project_id, cast(o.title as text) as title, o.published, p.published as project_published,
                               coalesce(o.occurred_on, o.period_end) as day, p.code, o.illustrative
                        from projects.output o join projects.project p on p.id = o.project_id where o.id in (:ids)""")
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> new Title(Rows.uuid(rs, "id"), Rows.uuid(rs, "project_id"), text(rs.getString("title")),
                        rs.getBoolean("published"), rs.getBoolean("project_published"), Rows.date(rs, "day"), rs.getString("code"),
                        rs.getBoolean("illustrative")))
                .list();
    }

    List<Title> reports(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Title> titles = new ArrayList<>();
        jdbc.sql("""
                        select r.id, r.project_id, cast(p.title as text) as title, r.period_start, r.period_end,
                               r.published, p.published as project_published
                        from projects.report r join projects.project p on p.id = r.project_id where r.id in (:ids)""")
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> titles.add(new Title(Rows.uuid(rs, "id"), Rows.uuid(rs, "project_id"),
                        withPeriod(text(rs.getString("title")), Rows.date(rs, "period_start"), Rows.date(rs, "period_end")),
                        rs.getBoolean("published"), rs.getBoolean("project_published"))))
                .list();
        return titles;
    }

    /** The team's accounts of each project, who may open it before it is published. */
    Map<UUID, List<UUID>> teams(Collection<UUID> projectIds) {
        Map<UUID, List<UUID>> teams = new LinkedHashMap<>();
        if (projectIds.isEmpty()) {
            return teams;
        }
        jdbc.sql("select project_id, person_id from projects.member where project_id in (:ids) and person_id is not null")
                .param("ids", List.copyOf(projectIds))
                .query((rs, n) -> teams.computeIfAbsent(Rows.uuid(rs, "project_id"), k -> new ArrayList<>())
                        .add(Rows.uuid(rs, "person_id")))
                .list();
        return teams;
    }

    static Instant startOf(int year) {
        return FigureSource.startOf(year);
    }

    private static LocalizedText withPeriod(LocalizedText title, LocalDate from, LocalDate to) {
        Map<String, String> values = new LinkedHashMap<>();
        title.values().forEach((language, text) -> values.put(language, text + " · " + from + " – " + to));
        return LocalizedText.of(values);
    }

    private static LocalizedText text(String json) {
        return json == null ? new LocalizedText(null) : new LocalizedText(JSON.readValue(json, TEXT));
    }
}
