package org.ansoplatform.projects;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.projects.core.ProjectJson;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Money;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.ansoplatform.shared.RecordRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects as the Secretariat and the module's own parts read them, published or not. */
@Service
@Transactional(readOnly = true)
public class ProjectQueries {

    /**
     * What the Secretariat's list filters by; every part is optional. {@code q} matches code, acronym or a title in
     * any language; {@code year} a project running at some time in that year; {@code country} a partner's country.
     */
    public record Filter(String q, ProjectStatus status, String programme, Integer year, String country) {

        public Filter {
            q = q == null || q.isBlank() ? null : q.strip();
            programme = programme == null || programme.isBlank() ? null : programme.strip();
            country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        }

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** A project as a list row shows it. */
    public record Row(UUID id, String code, String acronym, LocalizedText title, ProjectStatus status, LocalDate startDate,
            LocalDate endDate, Money granted, String lead) {

        public String title(Locale locale) {
            return title.in(locale);
        }
    }

    private static final String COLUMNS = """
            p.id, p.code, p.acronym, cast(p.title as text) as title, cast(p.summary as text) as summary, p.status,
            p.start_date, p.end_date, p.call_id, p.application_id, p.programme_code, p.granted_amount, p.currency,
            p.report_schedule, p.published, p.illustrative, p.created_at, p.updated_at, p.version,
            array(select s.sdg::text from projects.project_sdg s where s.project_id = p.id order by s.sdg) as sdgs,
            array(select t.theme from projects.project_theme t where t.project_id = p.id order by t.theme) as themes""";

    private final JdbcClient jdbc;

    ProjectQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How a project is named to search, identifiers and other modules' links. */
    public static RecordRef ref(UUID id) {
        return RecordRef.of("projects", "project", id);
    }

    public Optional<ProjectView> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from projects.project p where p.id = :id").param("id", id)
                .query(ProjectQueries::view).optional();
    }

    public Optional<ProjectView> byApplication(UUID applicationId) {
        return jdbc.sql("select " + COLUMNS + " from projects.project p where p.application_id = :application")
                .param("application", applicationId).query(ProjectQueries::view).optional();
    }

    public PageResult<Row> search(Filter filter, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        long total = jdbc.sql("select count(*) from projects.project p " + where).params(parameters).query(Long.class).single();
        parameters.put("limit", page.size());
        parameters.put("offset", page.offset());
        List<Row> rows = jdbc.sql("""
                select p.id, p.code, p.acronym, cast(p.title as text) as title, p.status, p.start_date, p.end_date,
                    p.granted_amount, p.currency,
                    (select l.name from projects.partner l where l.project_id = p.id and l.role = :lead) as lead
                from projects.project p""" + " " + where + " order by p.start_date desc, p.code, p.id limit :limit offset :offset")
                .params(parameters).param("lead", PartnerRole.LEAD.name())
                .query((row, n) -> new Row(Rows.uuid(row, "id"), row.getString("code"), row.getString("acronym"),
                        ProjectJson.text(row.getString("title")), Rows.enumValue(row, "status", ProjectStatus.class),
                        Rows.date(row, "start_date"), Rows.date(row, "end_date"),
                        new Money(row.getBigDecimal("granted_amount"), row.getString("currency")), row.getString("lead")))
                .list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** The projects an organization of the directory takes part in, as lead or partner, latest first (partnerships). */
    public List<Row> ofOrganization(UUID organizationId) {
        return jdbc.sql("""
                select p.id, p.code, p.acronym, cast(p.title as text) as title, p.status, p.start_date, p.end_date,
                    p.granted_amount, p.currency,
                    (select l.name from projects.partner l where l.project_id = p.id and l.role = :lead) as lead
                from projects.project p
                where exists (select 1 from projects.partner o where o.project_id = p.id and o.organization_id = :organization)
                order by p.start_date desc, p.code, p.id limit 100""")
                .param("organization", organizationId).param("lead", PartnerRole.LEAD.name())
                .query((row, n) -> new Row(Rows.uuid(row, "id"), row.getString("code"), row.getString("acronym"),
                        ProjectJson.text(row.getString("title")), Rows.enumValue(row, "status", ProjectStatus.class),
                        Rows.date(row, "start_date"), Rows.date(row, "end_date"),
                        new Money(row.getBigDecimal("granted_amount"), row.getString("currency")), row.getString("lead")))
                .list();
    }

    /** The programmes projects belong to, for the list's filter. */
    public List<String> programmes() {
        return jdbc.sql("select distinct programme_code from projects.project order by programme_code").query(String.class).list();
    }

    /** A project as finance shows it beside its ledger: granted, and paid in tranches within a year, in its own currency. */
    public record Grant(UUID id, String code, String acronym, Money granted, Money paidInYear) {
    }

    /**
     * The programme's projects that ran during the year or were paid in it, each with the tranches paid in that year;
     * amounts stay in each project's currency (never converted here).
     */
    public List<Grant> grants(String programme, int year) {
        return jdbc.sql("""
                select p.id, p.code, p.acronym, p.granted_amount, p.currency,
                    coalesce((select sum(t.amount) from projects.tranche t where t.project_id = p.id
                        and t.paid_on >= :from and t.paid_on < :to), 0) as paid
                from projects.project p where p.programme_code = :programme
                    and ((p.start_date < :to and p.end_date >= :from) or exists (select 1 from projects.tranche t
                        where t.project_id = p.id and t.paid_on >= :from and t.paid_on < :to))
                order by p.code""")
                .param("programme", programme).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .query((row, n) -> new Grant(Rows.uuid(row, "id"), row.getString("code"), row.getString("acronym"),
                        new Money(row.getBigDecimal("granted_amount"), row.getString("currency")),
                        new Money(row.getBigDecimal("paid"), row.getString("currency"))))
                .list();
    }

    /** The project's partners in their order, each with its team (principal investigator first). */
    public List<ProjectView.Partner> partners(UUID projectId) {
        Map<UUID, List<ProjectView.Member>> members = new LinkedHashMap<>();
        jdbc.sql("""
                select id, partner_id, person_id, name, email, orcid, role from projects.member where project_id = :project
                order by case when role = :pi then 0 else 1 end, name, id""")
                .param("project", projectId).param("pi", MemberRole.PRINCIPAL_INVESTIGATOR.name())
                .query((row, n) -> new ProjectView.Member(Rows.uuid(row, "id"), Rows.uuid(row, "partner_id"),
                        Rows.uuid(row, "person_id"), row.getString("name"), row.getString("email"), row.getString("orcid"),
                        Rows.enumValue(row, "role", MemberRole.class)))
                .list().forEach(m -> members.computeIfAbsent(m.partnerId(), k -> new ArrayList<>()).add(m));
        return jdbc.sql("""
                select id, position, organization_id, name, country, role from projects.partner where project_id = :project
                order by case when role = :lead then 0 else 1 end, position""")
                .param("project", projectId).param("lead", PartnerRole.LEAD.name())
                .query((row, n) -> new ProjectView.Partner(Rows.uuid(row, "id"), row.getInt("position"),
                        Rows.uuid(row, "organization_id"), row.getString("name"), row.getString("country"),
                        Rows.enumValue(row, "role", PartnerRole.class),
                        List.copyOf(members.getOrDefault(Rows.uuid(row, "id"), List.of()))))
                .list();
    }

    /** Every status the project had, oldest first. */
    public List<ProjectView.StatusChange> history(UUID projectId) {
        return jdbc.sql("""
                select from_status, to_status, reason, actor_name, changed_at from projects.status_change
                where project_id = :project order by changed_at, id""")
                .param("project", projectId)
                .query((row, n) -> new ProjectView.StatusChange(Rows.enumValue(row, "from_status", ProjectStatus.class),
                        Rows.enumValue(row, "to_status", ProjectStatus.class), row.getString("reason"),
                        row.getString("actor_name"), Rows.instant(row, "changed_at")))
                .list();
    }

    private static String where(Filter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("where true");
        if (filter.q() != null) {
            where.append(" and (p.code ilike :q or p.acronym ilike :q or exists (select 1 from jsonb_each_text(p.title) t where t.value ilike :q))");
            parameters.put("q", "%" + filter.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.programme() != null) {
            where.append(" and p.programme_code = :programme");
            parameters.put("programme", filter.programme());
        }
        if (filter.year() != null) {
            where.append(" and extract(year from p.start_date) <= :year and extract(year from p.end_date) >= :year");
            parameters.put("year", filter.year());
        }
        if (filter.country() != null) {
            where.append(" and exists (select 1 from projects.partner c where c.project_id = p.id and c.country = :country)");
            parameters.put("country", filter.country());
        }
        return where.toString();
    }

    private static ProjectView view(ResultSet row, int n) throws SQLException {
        return new ProjectView(Rows.uuid(row, "id"), row.getString("code"), row.getString("acronym"),
                ProjectJson.text(row.getString("title")), ProjectJson.text(row.getString("summary")),
                Rows.enumValue(row, "status", ProjectStatus.class), Rows.date(row, "start_date"), Rows.date(row, "end_date"),
                Rows.uuid(row, "call_id"), Rows.uuid(row, "application_id"), row.getString("programme_code"),
                new Money(row.getBigDecimal("granted_amount"), row.getString("currency")),
                Rows.enumValue(row, "report_schedule", ReportSchedule.class), row.getBoolean("published"),
                row.getBoolean("illustrative"), Rows.strings(row, "sdgs").stream().map(Integer::valueOf).toList(),
                Rows.strings(row, "themes").stream().map(ProjectTheme::valueOf).toList(), Rows.instant(row, "created_at"),
                Rows.instant(row, "updated_at"), row.getInt("version"));
    }
}
