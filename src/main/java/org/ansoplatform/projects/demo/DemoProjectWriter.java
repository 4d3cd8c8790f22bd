package org.ansoplatform.projects.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.projects.ProjectStatus;
import org.ansoplatform.projects.demo.DemoProjectsFile.BudgetLine;
import org.ansoplatform.projects.demo.DemoProjectsFile.MeetingRef;
import org.ansoplatform.projects.demo.DemoProjectsFile.Member;
import org.ansoplatform.projects.demo.DemoProjectsFile.Milestone;
import org.ansoplatform.projects.demo.DemoProjectsFile.Output;
import org.ansoplatform.projects.demo.DemoProjectsFile.Partner;
import org.ansoplatform.projects.demo.DemoProjectsFile.Project;
import org.ansoplatform.projects.demo.DemoProjectsFile.Step;
import org.ansoplatform.projects.demo.DemoProjectsFile.Trainees;
import org.ansoplatform.projects.demo.ProjectDemoStore.OutputRow;
import org.ansoplatform.projects.demo.ProjectDemoStore.ProjectRow;
import org.ansoplatform.shared.Money;
import org.ansoplatform.shared.RecordChanged;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes one demo project with everything it has: its status history, partners and their teams, budget lines (the
 * granted amount is their sum, so no line can exceed it), milestones and outputs with their trainees and countries.
 */
@Component
class DemoProjectWriter {

    /** Who the status history names: the platform, recording the seeds. */
    static final String RECORDER = "system";

    private final ProjectDemoStore store;
    private final ApplicationEventPublisher events;

    DemoProjectWriter(ProjectDemoStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    boolean exists(String code) {
        return store.codeTaken(code);
    }

    /**
     * @param institutions the directory's entry for a partner's name (every partner has one)
     * @param meetings the record reference of a linked meeting, when the catalogue has it
     */
    UUID write(Project p, Function<String, OrganizationView> institutions, Function<MeetingRef, Optional<String>> meetings) {
        // the same id from the same code: a project written again after it was removed is the same record to
        // search and to every link made to it
        UUID id = UUID.nameUUIDFromBytes(("projects:project:" + p.code()).getBytes(StandardCharsets.UTF_8));
        Money granted = Money.zero(p.currency());
        for (BudgetLine line : p.budget()) {
            granted = granted.plus(Money.of(line.amount(), p.currency()));
        }
        LocalDate recorded = p.history().isEmpty() ? p.start() : p.history().get(0).on();
        store.insertProject(new ProjectRow(id, p.code(), p.acronym(), p.title(), p.summary(), p.status(), p.start(), p.end(),
                p.programmeCode(), granted.amount(), granted.currency(), p.reportSchedule(), p.illustrative(),
                DemoProjects.noon(recorded)));
        p.sdgs().forEach(sdg -> store.insertSdg(id, sdg));
        p.themes().forEach(theme -> store.insertTheme(id, theme));
        ProjectStatus previous = null;
        for (Step step : p.history()) {
            store.insertStatusChange(id, previous, step.status(), step.reason(), RECORDER, DemoProjects.noon(step.on()));
            previous = step.status();
        }
        int position = 0;
        for (Partner partner : p.partners()) {
            OrganizationView organization = institutions.apply(partner.organization());
            UUID partnerId = store.insertPartner(id, position++, organization.id(), organization.name(),
                    organization.country(), partner.role());
            for (Member member : partner.team()) {
                store.insertMember(id, partnerId, member.name(), member.role());
            }
        }
        for (BudgetLine line : p.budget()) {
            store.insertBudgetLine(id, line.year(), line.category(), Money.of(line.amount(), p.currency()).amount());
        }
        position = 0;
        for (Milestone milestone : p.milestones()) {
            store.insertMilestone(id, position++, milestone.kind(), milestone.workPackage(), milestone.title(),
                    milestone.due(), milestone.achieved());
        }
        for (Output output : p.outputs()) {
            writeOutput(id, output, meetings);
        }
        // search may have rebuilt its index before the demo wrote the project: it reads the project again
        events.publishEvent(new RecordChanged(RecordRef.of("projects", "project", id)));
        return id;
    }

    private void writeOutput(UUID projectId, Output o, Function<MeetingRef, Optional<String>> meetings) {
        UUID id = UUID.randomUUID();
        String recordRef = o.meeting() == null ? null : meetings.apply(o.meeting()).orElse(null);
        store.insertOutput(new OutputRow(id, projectId, o.kind(), o.title(), o.description(), o.periodStart(), o.periodEnd(),
                o.occurredOn(), recordRef, o.beneficiaries(), o.places(), o.illustrative(), DemoProjects.noon(o.periodEnd())));
        for (Trainees trainees : o.trainees()) {
            store.insertTrainees(id, trainees.country(), trainees.gender(), trainees.count());
        }
        for (String country : o.countries()) {
            store.insertOutputCountry(id, country);
        }
    }
}
