package org.ansoplatform.projects.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Duration;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ansoplatform.projects.MilestoneView;
import org.ansoplatform.projects.ReportManagement;
import org.ansoplatform.projects.ReportView;
import org.ansoplatform.projects.ReportingReminderDue;
import org.ansoplatform.projects.ReportingPaths;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/**
 * Plans the reports of every project that still reports, then reminds each principal investigator once,
 * {@code anso.projects.reminder-before} (a week) before a milestone or a report falls due. The statement that
 * selects a milestone or report marks it ({@code reminded_at}), so two nodes or two runs never remind twice;
 * ShedLock keeps the job to one node at a time besides.
 */
@Component
public class ReportingReminders {

    private final ReportManagement management;
    private final MilestoneStore milestones;
    private final ReportStore reports;
    private final ReportingProjectStore projects;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Duration before;

    ReportingReminders(ReportManagement management, MilestoneStore milestones, ReportStore reports,
            ReportingProjectStore projects, ApplicationEventPublisher events, Clock clock, TransactionTemplate transactions,
            @Value("${anso.projects.reminder-before:P7D}") Duration before) {
        this.management = management;
        this.milestones = milestones;
        this.reports = reports;
        this.projects = projects;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
        this.before = before;
    }

    @Scheduled(fixedDelayString = "${anso.projects.reminder-interval:PT1H}", initialDelayString = "PT6M")
    @SchedulerLock(name = "project-reminders")
    public void scheduled() {
        management.planAll();
        remind();
    }

    /** Reminds of every milestone and report due a reminder now, in one transaction; returns how many. */
    public int remind() {
        Integer reminded = transactions.execute(status -> {
            Instant now = clock.instant();
            LocalDate today = LocalDate.now(clock);
            LocalDate until = today.plusDays(before.toDays());
            int count = 0;
            for (UUID id : milestones.markRemindersDue(today, until, now)) {
                MilestoneView milestone = milestones.byId(id).orElseThrow();
                ProjectFacts project = projects.facts(milestone.projectId()).orElseThrow();
                events.publishEvent(new ReportingReminderDue(project.piPersonId(), ReportingReminderDue.Kind.MILESTONE,
                        project.acronym(), milestone.title(), milestone.dueOn(), ReportingPaths.MINE));
                count++;
            }
            for (UUID id : reports.markRemindersDue(today, until, now)) {
                ReportView report = reports.byId(id).orElseThrow();
                ProjectFacts project = projects.facts(report.projectId()).orElseThrow();
                events.publishEvent(new ReportingReminderDue(project.piPersonId(), ReportingReminderDue.Kind.REPORT,
                        project.acronym(), project.title(), report.dueOn(),
                        ReportingPaths.report(project.id(), report.id())));
                count++;
            }
            return count;
        });
        return reminded == null ? 0 : reminded;
    }
}
