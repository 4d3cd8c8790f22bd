package org.ansoplatform.projects;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.projects.reporting.MilestoneStore;
import org.ansoplatform.projects.reporting.ProjectFacts;
import org.ansoplatform.projects.reporting.ReportPlan;
import org.ansoplatform.projects.reporting.ReportState;
import org.ansoplatform.projects.reporting.ReportStore;
import org.ansoplatform.projects.reporting.ReportingProjectStore;
import org.ansoplatform.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress reports: planned from the project's schedule, filled and submitted once by the principal investigator
 * (anyone else is told the report does not exist), accepted or sent back with comments by the Secretariat. Each
 * change locks the report's row first, so a second submission or a decision racing a submission finds the state
 * the first one left and is refused.
 */
@Service
public class ReportManagement {

    public static final int NARRATIVE_MAX = 50_000;
    public static final int COMMENT_MAX = 5_000;
    public static final int VALUE_MAX = 200;
    public static final int DESCRIPTION_MAX = 500;
    private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("100000000000000");

    private final ReportStore reports;
    private final MilestoneStore milestones;
    private final ReportingProjectStore projects;
    private final CurrentActor actor;
    private final Clock clock;

    ReportManagement(ReportStore reports, MilestoneStore milestones, ReportingProjectStore projects, CurrentActor actor,
            Clock clock) {
        this.reports = reports;
        this.milestones = milestones;
        this.projects = projects;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * Adds the reports the project's schedule makes due and it does not have yet; returns how many. A report due at a
     * milestone and not yet submitted follows the milestone when its date moved.
     */
    @Transactional
    public int plan(UUID projectId) {
        ProjectFacts project = project(projectId);
        int added = 0;
        for (ReportPlan.Period period : ReportPlan.periods(project.start(), project.end(), project.schedule(),
                milestones.of(projectId))) {
            if (period.milestoneId() != null) {
                reports.follow(period);
            }
            added += reports.plan(projectId, period) ? 1 : 0;
        }
        return added;
    }

    /** Plans the reports of every project that still reports (the reminders job runs it first). */
    @Transactional
    public int planAll() {
        return projects.reporting().stream().mapToInt(this::plan).sum();
    }

    @Transactional
    public void save(UUID projectId, UUID reportId, UUID personId, ReportDraft draft) {
        ProjectFacts project = ledBy(projectId, personId);
        ReportView report = reports.lock(projectId, reportId).orElseThrow(() -> new NotFoundException("report"));
        new ReportState(report.status()).edit();
        List<Violation> violations = new ArrayList<>();
        String narrative = TextInput.check(draft.narrative(), "narrative", NARRATIVE_MAX, false, violations);
        List<ReportView.IndicatorValue> values = new ArrayList<>();
        Map<String, String> given = draft.indicators() == null ? Map.of() : draft.indicators();
        given.forEach((key, value) -> {
            if (!project.hasIndicator(key)) {
                violations.add(new Violation("indicators", "projects.report.indicatorUnknown", key));
            } else {
                String text = TextInput.checkLine(value, "indicator." + key, VALUE_MAX, false, violations);
                if (text != null) {
                    values.add(new ReportView.IndicatorValue(key, text));
                }
            }
        });
        List<ExpenseLine> lines = expenses(project, draft.expenses() == null ? List.of() : draft.expenses(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        reports.saveContent(reportId, narrative == null ? "" : narrative, values);
        reports.replaceExpenses(projectId, reportId, lines, actor.get());
    }

    @Transactional
    public void submit(UUID projectId, UUID reportId, UUID personId) {
        ledBy(projectId, personId);
        ReportView report = reports.lock(projectId, reportId).orElseThrow(() -> new NotFoundException("report"));
        new ReportState(report.status()).submit();
        if (report.narrative().isBlank()) {
            throw new InvalidInputException("narrative", "projects.report.narrativeRequired");
        }
        Actor who = actor.get();
        reports.submitted(reportId, who);
        reports.step(reportId, ReportStatus.SUBMITTED, null, who);
    }

    @Transactional
    public void accept(UUID projectId, UUID reportId) {
        ReportView report = reports.lock(projectId, reportId).orElseThrow(() -> new NotFoundException("report"));
        new ReportState(report.status()).accept();
        Actor who = actor.get();
        reports.decided(reportId, ReportStatus.ACCEPTED, who);
        reports.step(reportId, ReportStatus.ACCEPTED, null, who);
    }

    @Transactional
    public void sendBack(UUID projectId, UUID reportId, String comment) {
        List<Violation> violations = new ArrayList<>();
        String text = TextInput.check(comment, "comment", COMMENT_MAX, true, violations);
        ReportView report = reports.lock(projectId, reportId).orElseThrow(() -> new NotFoundException("report"));
        new ReportState(report.status()).sendBack();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Actor who = actor.get();
        reports.decided(reportId, ReportStatus.RETURNED, who);
        reports.step(reportId, ReportStatus.RETURNED, text, who);
    }

    /** The project, if this person is its principal investigator; for anyone else it does not exist. */
    ProjectFacts ledBy(UUID projectId, UUID personId) {
        ProjectFacts project = project(projectId);
        if (personId == null || !personId.equals(project.piPersonId())) {
            throw new NotFoundException("project");
        }
        return project;
    }

    private ProjectFacts project(UUID projectId) {
        return projects.facts(projectId).orElseThrow(() -> new NotFoundException("project"));
    }

    private List<ExpenseLine> expenses(ProjectFacts project, List<ReportDraft.Expense> typed, List<Violation> violations) {
        List<ExpenseLine> lines = new ArrayList<>();
        for (ReportDraft.Expense line : typed) {
            if (line == null || line.blank()) {
                continue;
            }
            int before = violations.size();
            if (line.partnerId() == null || !project.hasPartner(line.partnerId())) {
                violations.add(new Violation("expenses", "projects.report.expensePartner"));
            }
            if (line.year() == null || line.year() < project.start().getYear() || line.year() > project.end().getYear()) {
                violations.add(new Violation("expenses", "projects.report.expenseYear", project.start().getYear(),
                        project.end().getYear()));
            }
            if (line.category() == null) {
                violations.add(new Violation("expenses", "projects.report.expenseCategory"));
            }
            BigDecimal amount = line.parsedAmount();
            if (amount == null || amount.scale() > 2 || amount.abs().compareTo(AMOUNT_LIMIT) >= 0) {
                violations.add(new Violation("expenses", "projects.report.expenseAmount", line.amount() == null ? "" : line.amount()));
            }
            String description = TextInput.checkLine(line.description(), "expenses", DESCRIPTION_MAX, false, violations);
            if (violations.size() == before) {
                lines.add(new ExpenseLine(line.partnerId(), null, line.year(), line.category(), amount, description));
            }
        }
        return lines;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
