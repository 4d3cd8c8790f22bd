package org.ansoplatform.projects;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.ansoplatform.shared.Reader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads for the public project pages, the directory, the JSON API, figures and search. A project is everyone's
 * once published; before that only the Secretariat's and its own team's (members with an account); outputs and
 * reports are public when marked so and their project is readable.
 */
@Service
@Transactional(readOnly = true)
public class PublicProjectQueries {

    public static final String SECRETARIAT = "SECRETARIAT";

    /** The directory's filters; null leaves one out. {@code year} is a year the project runs in. */
    public record Filter(ProjectStatus status, String country, Integer sdg, ProjectTheme theme, Integer year) {

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() {
    };

    private static final String WHERE = """
            where (:all or p.published)
              and (cast(:status as varchar) is null or p.status = :status)
              and (cast(:country as varchar) is null
                   or exists (select 1 from projects.partner pa where pa.project_id = p.id and pa.country = :country)
                   or exists (select 1 from projects.output o join projects.output_country oc on oc.output_id = o.id
                              where o.project_id = p.id and o.published and oc.country = :country))
              and (cast(:sdg as integer) is null
                   or exists (select 1 from projects.project_sdg s where s.project_id = p.id and s.sdg = :sdg))
              and (cast(:theme as varchar) is null
                   or exists (select 1 from projects.project_theme t where t.project_id = p.id and t.theme = :theme))
              and (cast(:year as integer) is null
                   or (extract(year from p.start_date) <= :year and extract(year from p.end_date) >= :year))
            """;

    private static final String CARD = """
            select p.id, p.code, p.acronym, cast(p.title as text) as title, p.status, p.start_date, p.end_date,
                   p.published, p.illustrative,
                   (select pa.name from projects.partner pa where pa.project_id = p.id and pa.role = :lead) as lead,
                   array(select pa.country from projects.partner pa where pa.project_id = p.id
                         group by pa.country order by min(pa.position)) as countries,
                   array(select s.sdg from projects.project_sdg s where s.project_id = p.id order by s.sdg) as sdgs
            from projects.project p
            """;

    private final JdbcClient jdbc;
    private final OrganizationQueries organizations;

    PublicProjectQueries(JdbcClient jdbc, OrganizationQueries organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /** The directory: published projects (every project for the Secretariat), latest start first. */
    public PageResult<PublicProject.Card> search(Filter filter, Reader reader, PageRequest page) {
        Filter f = filter == null ? Filter.none() : filter;
        boolean all = reader.hasRole(SECRETARIAT);
        long total = params(jdbc.sql("select count(*) from projects.project p " + WHERE), f, all).query(Long.class).single();
        List<PublicProject.Card> items = params(jdbc.sql(CARD + WHERE
                        + " order by p.start_date desc, p.code limit :limit offset :offset"), f, all)
                .param("lead", PartnerRole.LEAD.name())
                .param("limit", page.size()).param("offset", page.offset())
                .query(PublicProjectQueries::card).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Every project the filter selects, for the search index and figures (unpublished ones included). */
    public List<UUID> ids(Filter filter) {
        return params(jdbc.sql("select p.id from projects.project p " + WHERE + " order by p.start_date, p.code"),
                filter == null ? Filter.none() : filter, true).query(UUID.class).list();
    }

    /** The project if the reader may read it: published, or the reader is the Secretariat or one of its team. */
    public Optional<PublicProject> readable(UUID id, Reader reader) {
        return byId(id).filter(project -> mayRead(project, reader));
    }

    public boolean mayRead(PublicProject project, Reader reader) {
        return project.published() || reader.hasRole(SECRETARIAT)
                || reader.signedIn() && teamAccounts(project.id()).contains(reader.personId());
    }

    /** Whoever reads a project, unpublished ones included, is shown everything only when of the Secretariat. */
    public static boolean seesEverything(Reader reader) {
        return reader.hasRole(SECRETARIAT);
    }

    /** The project whatever its publication, for the module's own use (search, figures, DataCite). */
    public Optional<PublicProject> byId(UUID id) {
        Optional<Row> row = jdbc.sql("""
                        select id, code, acronym, cast(title as text) as title, cast(summary as text) as summary, status,
                               start_date, end_date, call_id, programme_code, published, illustrative, updated_at,
                               array(select s.sdg from projects.project_sdg s where s.project_id = p.id order by s.sdg) as sdgs,
                               array(select t.theme from projects.project_theme t where t.project_id = p.id order by t.theme) as themes
                        from projects.project p where id = :id""")
                .param("id", id).query((rs, n) -> new Row(rs)).optional();
        return row.map(r -> r.project(partners(id)));
    }

    /** The accounts of the project's team, who may read it before it is published. */
    public List<UUID> teamAccounts(UUID projectId) {
        return jdbc.sql("select person_id from projects.member where project_id = :id and person_id is not null")
                .param("id", projectId).query(UUID.class).list();
    }

    public List<PublicProject.Output> outputs(UUID projectId, boolean all) {
        return outputs("o.project_id = :id and (:all or o.published)", Map.of("id", projectId, "all", all));
    }

    public Optional<PublicProject.Output> output(UUID outputId) {
        return outputs("o.id = :id", Map.of("id", outputId)).stream().findFirst();
    }

    public List<PublicProject.Report> reports(UUID projectId, boolean all) {
        return jdbc.sql("""
                        select id, project_id, period_start, period_end, due_on, status, narrative, published, decided_at
                        from projects.report where project_id = :id and (:all or published) order by period_start, due_on""")
                .param("id", projectId).param("all", all)
                .query((rs, n) -> new PublicProject.Report(Rows.uuid(rs, "id"), Rows.uuid(rs, "project_id"),
                        Rows.date(rs, "period_start"), Rows.date(rs, "period_end"), Rows.date(rs, "due_on"),
                        Rows.enumValue(rs, "status", ReportStatus.class), rs.getString("narrative"),
                        rs.getBoolean("published"), Rows.instant(rs, "decided_at")))
                .list();
    }

    /** The project and publication flag of each report, for describing references. */
    public Map<UUID, UUID> reportProjects(Collection<UUID> reportIds, boolean publishedOnly) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, UUID> projects = new LinkedHashMap<>();
        jdbc.sql("select id, project_id from projects.report where id in (:ids) and (not :publishedOnly or published)")
                .param("ids", List.copyOf(reportIds)).param("publishedOnly", publishedOnly)
                .query((rs, n) -> projects.put(Rows.uuid(rs, "id"), Rows.uuid(rs, "project_id"))).list();
        return projects;
    }

    /** Years in which published projects run, latest first, for the directory's filter. */
    public List<Integer> years() {
        return jdbc.sql("""
                        select distinct cast(y as integer) from projects.project p,
                               generate_series(extract(year from p.start_date), extract(year from p.end_date)) as y
                        where p.published order by 1 desc""")
                .query(Integer.class).list();
    }

    /** Countries of the partners of published projects, for the directory's filter. */
    public List<String> countries() {
        return jdbc.sql("""
                        select distinct pa.country from projects.partner pa join projects.project p on p.id = pa.project_id
                        where p.published order by 1""")
                .query((rs, n) -> rs.getString(1).strip()).list();
    }

    private List<PublicProject.Output> outputs(String condition, Map<String, Object> params) {
        Map<UUID, List<PublicProject.Trainees>> trainees = new LinkedHashMap<>();
        Map<UUID, List<String>> countries = new LinkedHashMap<>();
        List<PublicProject.Output> rows = jdbc.sql("""
                        select o.id, o.project_id, o.kind, cast(o.title as text) as title,
                               cast(o.description as text) as description, o.period_start, o.period_end, o.occurred_on,
                               o.record_ref, o.doi, o.url, o.beneficiaries, o.places, o.published, o.illustrative
                        from projects.output o where""" + " " + condition + " order by coalesce(o.occurred_on, o.period_end), o.created_at")
                .params(params)
                .query((rs, n) -> new PublicProject.Output(Rows.uuid(rs, "id"), Rows.uuid(rs, "project_id"),
                        Rows.enumValue(rs, "kind", OutputKind.class), text(rs.getString("title")),
                        text(rs.getString("description")), Rows.date(rs, "period_start"), Rows.date(rs, "period_end"),
                        Rows.date(rs, "occurred_on"), rs.getString("record_ref"), rs.getString("doi"), rs.getString("url"),
                        Rows.integer(rs, "beneficiaries"), Rows.integer(rs, "places"), rs.getBoolean("published"),
                        rs.getBoolean("illustrative"), List.of(), List.of()))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        List<UUID> ids = rows.stream().map(PublicProject.Output::id).toList();
        jdbc.sql("select output_id, country, gender, count from projects.trainee_count where output_id in (:ids) order by country, gender")
                .param("ids", ids)
                .query((rs, n) -> trainees.computeIfAbsent(Rows.uuid(rs, "output_id"), k -> new ArrayList<>())
                        .add(new PublicProject.Trainees(rs.getString("country").strip(),
                                Rows.enumValue(rs, "gender", Gender.class), rs.getInt("count"))))
                .list();
        jdbc.sql("select output_id, country from projects.output_country where output_id in (:ids) order by country")
                .param("ids", ids)
                .query((rs, n) -> countries.computeIfAbsent(Rows.uuid(rs, "output_id"), k -> new ArrayList<>())
                        .add(rs.getString("country").strip()))
                .list();
        return rows.stream().map(o -> new PublicProject.Output(o.id(), o.projectId(), o.kind(), o.title(), o.description(),
                o.periodStart(), o.periodEnd(), o.occurredOn(), o.recordRef(), o.doi(), o.url(), o.beneficiaries(),
                o.places(), o.published(), o.illustrative(), trainees.getOrDefault(o.id(), List.of()),
                countries.getOrDefault(o.id(), List.of()))).toList();
    }

    private List<PublicProject.Partner> partners(UUID projectId) {
        Map<UUID, List<PublicProject.Member>> members = new LinkedHashMap<>();
        jdbc.sql("""
                        select partner_id, name, orcid, role from projects.member where project_id = :id
                        order by case when role = :pi then 0 else 1 end, name""")
                .param("id", projectId).param("pi", MemberRole.PRINCIPAL_INVESTIGATOR.name())
                .query((rs, n) -> members.computeIfAbsent(Rows.uuid(rs, "partner_id"), k -> new ArrayList<>())
                        .add(new PublicProject.Member(rs.getString("name"), rs.getString("orcid"),
                                Rows.enumValue(rs, "role", MemberRole.class))))
                .list();
        return jdbc.sql("select id, organization_id, name, country, role from projects.partner where project_id = :id order by position")
                .param("id", projectId)
                .query((rs, n) -> {
                    UUID organizationId = Rows.uuid(rs, "organization_id");
                    String ror = organizations.byId(organizationId).map(OrganizationView::rorId).orElse(null);
                    return new PublicProject.Partner(Rows.uuid(rs, "id"), organizationId, rs.getString("name"),
                            rs.getString("country").strip(), Rows.enumValue(rs, "role", PartnerRole.class), ror,
                            List.copyOf(members.getOrDefault(Rows.uuid(rs, "id"), List.of())));
                })
                .list();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, Filter f, boolean all) {
        return sql.param("all", all)
                .param("status", f.status() == null ? null : f.status().name())
                .param("country", f.country())
                .param("sdg", f.sdg())
                .param("theme", f.theme() == null ? null : f.theme().name())
                .param("year", f.year());
    }

    private static PublicProject.Card card(ResultSet rs, int n) throws SQLException {
        return new PublicProject.Card(Rows.uuid(rs, "id"), rs.getString("code"), rs.getString("acronym"),
                text(rs.getString("title")), Rows.enumValue(rs, "status", ProjectStatus.class),
                Rows.date(rs, "start_date"), Rows.date(rs, "end_date"), rs.getString("lead"),
                Rows.strings(rs, "countries").stream().map(String::strip).toList(), integers(rs, "sdgs"),
                rs.getBoolean("published"), rs.getBoolean("illustrative"));
    }

    static LocalizedText text(String json) {
        return json == null ? new LocalizedText(null) : new LocalizedText(JSON.readValue(json, TEXT));
    }

    private static List<Integer> integers(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        List<Integer> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(((Number) value).intValue());
        }
        return List.copyOf(values);
    }

    /** One project row before its partners are read. */
    private static final class Row {
        final PublicProject partial;

        Row(ResultSet rs) throws SQLException {
            partial = new PublicProject(Rows.uuid(rs, "id"), rs.getString("code"), rs.getString("acronym"),
                    text(rs.getString("title")), text(rs.getString("summary")),
                    Rows.enumValue(rs, "status", ProjectStatus.class), Rows.date(rs, "start_date"),
                    Rows.date(rs, "end_date"), Rows.uuid(rs, "call_id"), rs.getString("programme_code"),
                    rs.getBoolean("published"), rs.getBoolean("illustrative"), integers(rs, "sdgs"),
                    Rows.strings(rs, "themes").stream().map(ProjectTheme::valueOf).toList(), List.of(),
                    Rows.instant(rs, "updated_at"));
        }

        PublicProject project(List<PublicProject.Partner> partners) {
            PublicProject p = partial;
            return new PublicProject(p.id(), p.code(), p.acronym(), p.title(), p.summary(), p.status(), p.startDate(),
                    p.endDate(), p.callId(), p.programmeCode(), p.published(), p.illustrative(), p.sdgs(), p.themes(),
                    partners, p.updatedAt());
        }
    }
}
