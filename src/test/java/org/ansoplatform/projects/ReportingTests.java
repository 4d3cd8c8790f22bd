package org.ansoplatform.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.projects.TestProjectStore.TestProject;
import org.ansoplatform.projects.reporting.ReportingReminders;
import org.ansoplatform.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Milestones, the plan of reports, submitting once, sending back and accepting, the statement, reminders, overdue. */
class ReportingTests extends IntegrationTest {

    @Autowired
    MilestoneManagement milestones;
    @Autowired
    ReportManagement reports;
    @Autowired
    ReportQueries queries;
    @Autowired
    ReportingReminders reminders;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcClient jdbc;

    TestProjectStore projects;
    Someone pi;

    @BeforeEach
    void project() {
        projects = new TestProjectStore(jdbc);
        pi = Someone.register(accounts, "Aigul Reporting");
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    TestProject running(ReportSchedule schedule) {
        return projects.create(today().minusMonths(14), today().plusMonths(22), schedule, pi.id());
    }

    static MilestoneCommand milestone(String title, LocalDate due) {
        return new MilestoneCommand(MilestoneKind.DELIVERABLE, "WP1", LocalizedText.of(Map.of("en", title)), due);
    }

    static String key(InvalidInputException refusal) {
        return refusal.violations().get(0).messageKey();
    }

    @Test
    void aMilestoneDueBeforeTheProjectStartsOrAfterItEndsIsRefused() {
        TestProject p = running(ReportSchedule.ANNUAL);
        assertThatThrownBy(() -> milestones.add(p.id(), milestone("Too early", p.start().minusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(key(e)).isEqualTo("projects.milestone.dueOutsideProject"));
        assertThatThrownBy(() -> milestones.add(p.id(), milestone("Too late", p.end().plusDays(1))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(queries.milestones(p.id())).isEmpty();
    }

    @Test
    void theSecretariatAddsEditsAndMarksAMilestoneAchievedButNotOnADayToCome() {
        TestProject p = running(ReportSchedule.ANNUAL);
        UUID id = milestones.add(p.id(), milestone("Stations installed", p.start().plusMonths(6)));
        milestones.update(p.id(), id, milestone("Four stations installed", p.start().plusMonths(7)));
        assertThatThrownBy(() -> milestones.achieved(p.id(), id, today().plusDays(1), false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(key(e)).isEqualTo("projects.milestone.achievedInFuture"));
        milestones.achieved(p.id(), id, today().minusDays(2), false);

        MilestoneView saved = queries.milestones(p.id()).get(0);
        assertThat(saved.title().get("en")).isEqualTo("Four stations installed");
        assertThat(saved.dueOn()).isEqualTo(p.start().plusMonths(7));
        assertThat(saved.achievedOn()).isEqualTo(today().minusDays(2));
        assertThatThrownBy(() -> milestones.update(p.id(), UUID.randomUUID(), milestone("x", p.start())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void reportsFallDueForEachYearOrHalfYearOfTheProjectAndPlanningTwiceAddsNothing() {
        TestProject annual = projects.create(LocalDate.of(2025, 3, 1), LocalDate.of(2027, 8, 31), ReportSchedule.ANNUAL, pi.id());
        reports.plan(annual.id());
        assertThat(reports.plan(annual.id())).isZero();
        List<ReportView> planned = queries.reports(annual.id());
        assertThat(planned).extracting(ReportView::periodStart)
                .containsExactly(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1));
        assertThat(planned).extracting(ReportView::periodEnd)
                .containsExactly(LocalDate.of(2026, 2, 28), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 8, 31));
        assertThat(planned.get(0).dueOn()).isEqualTo(LocalDate.of(2026, 3, 28));
        assertThat(planned).extracting(ReportView::status).containsOnly(ReportStatus.DUE);

        TestProject semiannual = projects.create(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), ReportSchedule.SEMIANNUAL, pi.id());
        reports.plan(semiannual.id());
        assertThat(queries.reports(semiannual.id())).extracting(ReportView::periodEnd)
                .containsExactly(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31));
    }

    @Test
    void whereReportsFallDueAtMilestonesEachNewMilestoneBringsItsReport() {
        TestProject p = projects.create(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), ReportSchedule.MILESTONE, pi.id());
        UUID first = milestones.add(p.id(), milestone("Survey done", LocalDate.of(2025, 6, 30)));
        milestones.add(p.id(), milestone("Stations installed", LocalDate.of(2026, 3, 31)));
        List<ReportView> planned = queries.reports(p.id());
        assertThat(planned).hasSize(2);
        assertThat(planned.get(0).milestoneId()).isEqualTo(first);
        assertThat(planned.get(0).periodStart()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(planned.get(1).periodStart()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(planned.get(1).periodEnd()).isEqualTo(LocalDate.of(2026, 3, 31));

        milestones.update(p.id(), first, milestone("Survey done", LocalDate.of(2025, 8, 31)));
        List<ReportView> moved = queries.reports(p.id());
        assertThat(moved).as("the unsubmitted reports follow the milestone").hasSize(2);
        assertThat(moved.get(0).periodEnd()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(moved.get(0).dueOn()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(moved.get(1).periodStart()).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    ReportView firstReport(TestProject p) {
        reports.plan(p.id());
        return queries.reports(p.id()).get(0);
    }

    ReportDraft draft(TestProject p, String narrative, String amount) {
        return new ReportDraft(narrative, Map.of("stations", "3"), List.of(
                new ReportDraft.Expense(p.lead(), p.start().getYear(), BudgetCategory.TRAVEL, amount, "Field trips"),
                new ReportDraft.Expense(p.partner(), p.start().getYear(), BudgetCategory.EQUIPMENT, "8000", "Sensors")));
    }

    @Test
    void theInvestigatorSubmitsOnceAndASecondSubmissionOrOneAfterAcceptanceIsRefusedChangingNothing() {
        TestProject p = running(ReportSchedule.ANNUAL);
        ReportView report = firstReport(p);
        reports.save(p.id(), report.id(), pi.id(), draft(p, "We installed three stations.", "1250.50"));
        assertThat(projects.expenditureRows(report.id())).isEqualTo(2);
        reports.save(p.id(), report.id(), pi.id(), draft(p, "We installed three stations in Naryn.", "1300"));
        assertThat(projects.expenditureRows(report.id())).as("the draft's statement replaced, not added to").isEqualTo(2);

        reports.submit(p.id(), report.id(), pi.id());
        ReportView submitted = queries.report(p.id(), report.id()).orElseThrow();
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThatThrownBy(() -> reports.submit(p.id(), report.id(), pi.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("projects.report.alreadySubmitted"));
        assertThatThrownBy(() -> reports.save(p.id(), report.id(), pi.id(), draft(p, "Changed after", "1")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(queries.report(p.id(), report.id()).orElseThrow()).isEqualTo(submitted);

        reports.accept(p.id(), report.id());
        assertThatThrownBy(() -> reports.submit(p.id(), report.id(), pi.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("projects.report.alreadyAccepted"));
        assertThatThrownBy(() -> reports.accept(p.id(), report.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("projects.report.alreadyAccepted"));
        assertThat(queries.report(p.id(), report.id()).orElseThrow().status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(queries.expenses(report.id())).extracting(ExpenseLine::amount)
                .containsExactlyInAnyOrder(new java.math.BigDecimal("1300.00"), new java.math.BigDecimal("8000.00"));
        assertThat(queries.report(p.id(), report.id()).orElseThrow().value("stations")).isEqualTo("3");
    }

    @Test
    void aReportSentBackWithCommentsIsEditedAndSubmittedAgain() {
        TestProject p = running(ReportSchedule.ANNUAL);
        ReportView report = firstReport(p);
        assertThatThrownBy(() -> reports.submit(p.id(), report.id(), pi.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("projects.report.narrativeRequired"));
        assertThatThrownBy(() -> reports.accept(p.id(), report.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("projects.report.notSubmitted"));
        reports.save(p.id(), report.id(), pi.id(), draft(p, "First version.", "100"));
        reports.submit(p.id(), report.id(), pi.id());
        assertThatThrownBy(() -> reports.sendBack(p.id(), report.id(), "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("validation.required"));
        assertThat(queries.report(p.id(), report.id()).orElseThrow().status()).isEqualTo(ReportStatus.SUBMITTED);

        reports.sendBack(p.id(), report.id(), "Please split the equipment by partner.");
        assertThat(queries.report(p.id(), report.id()).orElseThrow().status()).isEqualTo(ReportStatus.RETURNED);
        reports.save(p.id(), report.id(), pi.id(), draft(p, "Second version.", "100"));
        reports.submit(p.id(), report.id(), pi.id());
        reports.accept(p.id(), report.id());

        assertThat(queries.steps(report.id())).extracting(ReportStepView::action).containsExactly(ReportStatus.SUBMITTED,
                ReportStatus.RETURNED, ReportStatus.SUBMITTED, ReportStatus.ACCEPTED);
        assertThat(queries.steps(report.id()).get(1).comment()).isEqualTo("Please split the equipment by partner.");
        assertThat(queries.report(p.id(), report.id()).orElseThrow().narrative()).isEqualTo("Second version.");
    }

    @Test
    void anyoneButThePrincipalInvestigatorIsToldTheReportDoesNotExist() {
        TestProject p = running(ReportSchedule.ANNUAL);
        ReportView report = firstReport(p);
        Someone other = Someone.register(accounts, "Not The Investigator");
        assertThatThrownBy(() -> reports.save(p.id(), report.id(), other.id(), draft(p, "Mine now", "1")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.submit(p.id(), report.id(), null)).isInstanceOf(NotFoundException.class);
        assertThat(queries.report(p.id(), report.id()).orElseThrow().narrative()).isEmpty();
    }

    @Test
    void aStatementWithAnUnknownPartnerAYearOutsideTheProjectOrABadAmountIsRefusedAndChangesNothing() {
        TestProject p = running(ReportSchedule.ANNUAL);
        ReportView report = firstReport(p);
        ReportDraft bad = new ReportDraft("Text", Map.of("stations", "2", "nonsense", "1"), List.of(
                new ReportDraft.Expense(UUID.randomUUID(), p.start().getYear(), BudgetCategory.TRAVEL, "10", null),
                new ReportDraft.Expense(p.lead(), 1999, BudgetCategory.TRAVEL, "10", null),
                new ReportDraft.Expense(p.lead(), p.start().getYear(), null, "12,5.0", null)));
        assertThatThrownBy(() -> reports.save(p.id(), report.id(), pi.id(), bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::messageKey)
                        .contains("projects.report.indicatorUnknown", "projects.report.expensePartner",
                                "projects.report.expenseYear", "projects.report.expenseCategory", "projects.report.expenseAmount"));
        assertThat(projects.expenditureRows(report.id())).isZero();
        assertThat(queries.report(p.id(), report.id()).orElseThrow().narrative()).isEmpty();
    }

    @Test
    void thePrincipalInvestigatorIsRemindedOnceOfAMilestoneAndAReportFallingDue() {
        TestProject p = projects.create(today().minusMonths(11).minusDays(25), today().plusMonths(12), ReportSchedule.ANNUAL, pi.id());
        UUID soon = milestones.add(p.id(), milestone("Stations commissioned", today().plusDays(3)));
        milestones.add(p.id(), milestone("Final workshop", today().plusMonths(6)));
        reminders.scheduled();

        String milestoneMail = Mail.awaitBody(pi.email(), "a milestone falls due");
        assertThat(milestoneMail).contains("Stations commissioned").contains("/projects/mine");
        assertThat(projects.milestoneRemindedAt(soon)).isNotNull();
        clock.advance(Duration.ofDays(1));
        assertThat(reminders.remind()).as("nothing is reminded twice").isZero();

        clock.advance(Duration.ofDays(30));
        assertThat(reminders.remind()).as("the first year's report falls due a month after the year").isEqualTo(1);
        ReportView report = queries.reports(p.id()).get(0);
        assertThat(Mail.awaitBody(pi.email(), "a progress report is due")).contains("/projects/" + p.id() + "/reports/" + report.id());
    }

    @Test
    void overdueReportsAndMilestonesAreListedForTheSecretariatUntilSubmittedOrAchieved() {
        TestProject p = projects.create(today().minusYears(2), today().plusMonths(3), ReportSchedule.ANNUAL, pi.id());
        UUID late = milestones.add(p.id(), milestone("Late deliverable", today().minusDays(10)));
        reports.plan(p.id());
        List<ReportQueries.Overdue> overdue = queries.overdue().stream().filter(o -> o.projectId().equals(p.id())).toList();
        assertThat(overdue).as("the first year's report, a month past its year, and the milestone").hasSize(2);
        assertThat(overdue).filteredOn(o -> o.milestone() != null).hasSize(1);

        ReportView first = queries.reports(p.id()).get(0);
        reports.save(p.id(), first.id(), pi.id(), draft(p, "Done.", "1"));
        reports.submit(p.id(), first.id(), pi.id());
        milestones.achieved(p.id(), late, null, false);
        assertThat(queries.overdue()).filteredOn(o -> o.projectId().equals(p.id())).isEmpty();
        reports.sendBack(p.id(), first.id(), "Add the budget.");
        assertThat(queries.overdue()).as("a report sent back is open again").filteredOn(o -> o.projectId().equals(p.id())).hasSize(1);
    }
}
