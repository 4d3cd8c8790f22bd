package org.ansoplatform.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.Records;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.projects.reporting.MilestoneStore;
import org.ansoplatform.projects.reporting.OutputRow;
import org.ansoplatform.projects.reporting.OutputStore;
import org.ansoplatform.projects.reporting.ProjectFacts;
import org.ansoplatform.projects.reporting.ReportStore;
import org.ansoplatform.projects.reporting.ReportingProjectStore;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads of milestones, reports and outputs for the pages, and the figures of what projects produced
 * ({@link #figures}) for the public pages and the yearly figures. A linked output's title is its record's, as the
 * reader may see it ({@code platform.Records}).
 */
@Service
public class ReportQueries {

    /** Counted outputs (accepted with their report, or entered without one) of a project or all, in a year or ever. */
    private static final String COUNTED = """
            from projects.output o left join projects.report r on r.id = o.report_id
            where (o.report_id is null or r.status = :accepted)
              and (cast(:project as uuid) is null or o.project_id = cast(:project as uuid))
              and (cast(:year as int) is null or extract(year from coalesce(o.occurred_on, o.period_end)) = cast(:year as int))""";

    private final JdbcClient jdbc;
    private final ReportingProjectStore projects;
    private final MilestoneStore milestones;
    private final ReportStore reports;
    private final OutputStore outputs;
    private final Records records;
    private final Clock clock;

    ReportQueries(JdbcClient jdbc, ReportingProjectStore projects, MilestoneStore milestones, ReportStore reports,
            OutputStore outputs, Records records, Clock clock) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.milestones = milestones;
        this.reports = reports;
        this.outputs = outputs;
        this.records = records;
        this.clock = clock;
    }

    /** A project as reporting sees it, if it exists. */
    public Optional<ProjectFacts> project(UUID projectId) {
        return projects.facts(projectId);
    }

    /** The project, only for its principal investigator; for anyone else it does not exist. */
    public Optional<ProjectFacts> ledBy(UUID projectId, UUID personId) {
        return projects.facts(projectId).filter(p -> personId != null && personId.equals(p.piPersonId()));
    }

    /** A principal investigator's project with its reports and milestones. */
    public record LedProject(ProjectFacts project, List<ReportView> reports, List<MilestoneView> milestones) {
    }

    public List<LedProject> ledBy(UUID personId) {
        return projects.ledBy(personId).stream().map(id -> projects.facts(id).map(p -> new LedProject(p, reports.of(id),
                milestones.of(id)))).flatMap(Optional::stream).toList();
    }

    public List<MilestoneView> milestones(UUID projectId) {
        return milestones.of(projectId);
    }

    public List<ReportView> reports(UUID projectId) {
        return reports.of(projectId);
    }

    public Optional<ReportView> report(UUID projectId, UUID reportId) {
        return reports.byId(projectId, reportId);
    }

    public List<ReportStepView> steps(UUID reportId) {
        return reports.steps(reportId);
    }

    public List<ExpenseLine> expenses(UUID reportId) {
        return reports.expenses(reportId);
    }

    public List<OutputView> outputsOfReport(UUID reportId, Reader reader, Locale locale) {
        return views(outputs.ofReport(reportId), reader, locale);
    }

    public List<OutputView> outputsOfProject(UUID projectId, Reader reader, Locale locale) {
        return views(outputs.ofProject(projectId), reader, locale);
    }

    /** An open report or milestone past its due date, with its project's acronym. */
    public record Overdue(UUID projectId, String acronym, LocalDate dueOn, ReportView report, MilestoneView milestone) {
    }

    /** Reports not submitted (or sent back and not submitted again) and milestones not achieved, past their dates. */
    public List<Overdue> overdue() {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, String> acronyms = new java.util.HashMap<>();
        java.util.function.Function<UUID, String> acronym = id -> acronyms.computeIfAbsent(id,
                key -> projects.facts(key).map(ProjectFacts::acronym).orElse("?"));
        java.util.ArrayList<Overdue> all = new java.util.ArrayList<>();
        reports.overdue(today).forEach(r -> all.add(new Overdue(r.projectId(), acronym.apply(r.projectId()), r.dueOn(), r, null)));
        milestones.overdue(today).forEach(m -> all.add(new Overdue(m.projectId(), acronym.apply(m.projectId()), m.dueOn(), null, m)));
        all.sort(java.util.Comparator.comparing(Overdue::dueOn).thenComparing(Overdue::acronym));
        return all;
    }

    /** The figures of one project ({@code projectId}) or of all (null), in a year or in total (null). */
    public ReportFigures figures(UUID projectId, Integer year) {
        Map<OutputKind, Long> byKind = new EnumMap<>(OutputKind.class);
        jdbc.sql("select o.kind, count(*) as n " + COUNTED + " group by o.kind").params(params(projectId, year))
                .query((java.sql.ResultSet rs) -> {
                    byKind.put(Rows.enumValue(rs, "kind", OutputKind.class), rs.getLong("n"));
                });
        List<TraineeCount> trainees = jdbc.sql("select t.country, t.gender, sum(t.count) as n " + COUNTED.replace(
                "from projects.output o", "from projects.trainee_count t join projects.output o on o.id = t.output_id")
                + " group by t.country, t.gender order by n desc, t.country, t.gender").params(params(projectId, year))
                .query((rs, n) -> new TraineeCount(rs.getString("country").strip(), Rows.enumValue(rs, "gender", Gender.class),
                        rs.getInt("n"))).list();
        long[] beneficiaries = jdbc.sql("select coalesce(sum(o.beneficiaries), 0) as people, coalesce(sum(o.places), 0) as places "
                + COUNTED).params(params(projectId, year))
                .query((rs, n) -> new long[] {rs.getLong("people"), rs.getLong("places")}).single();
        List<String> countries = jdbc.sql("select country from (select t.country " + COUNTED.replace("from projects.output o",
                "from projects.trainee_count t join projects.output o on o.id = t.output_id") + " union select c.country "
                + COUNTED.replace("from projects.output o", "from projects.output_country c join projects.output o on o.id = c.output_id")
                + ") reached order by country").params(params(projectId, year))
                .query((rs, n) -> rs.getString("country").strip()).list();
        return new ReportFigures(byKind, trainees, beneficiaries[0], beneficiaries[1], countries);
    }

    private static Map<String, Object> params(UUID projectId, Integer year) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("accepted", ReportStatus.ACCEPTED.name());
        params.put("project", projectId);
        params.put("year", year);
        return params;
    }

    private List<OutputView> views(List<OutputRow> rows, Reader reader, Locale locale) {
        List<RecordRef> refs = rows.stream().map(OutputRow::recordRef).filter(r -> r != null && RecordRef.isValid(r))
                .map(RecordRef::parse).distinct().toList();
        Map<RecordRef, RecordView> linked = new java.util.HashMap<>();
        if (!refs.isEmpty()) {
            records.describe(refs, reader, locale).forEach(view -> linked.put(view.ref(), view));
        }
        return rows.stream().map(o -> {
            RecordView link = o.recordRef() == null ? null : linked.get(RecordRef.parse(o.recordRef()));
            String own = o.title().in(locale);
            String title = link != null && link.visible() && link.title() != null ? link.title() : own;
            return new OutputView(o.id(), o.projectId(), o.reportId(), o.kind(), title, o.description().in(locale),
                    o.periodStart(), o.periodEnd(), o.occurredOn(), link, o.doi(), o.url(), o.beneficiaries(), o.places(),
                    o.trainees(), o.countries(), o.published());
        }).toList();
    }
}
