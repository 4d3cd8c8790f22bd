package org.ansoplatform.projects.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.projects.ProjectCommand;
import org.ansoplatform.projects.ProjectManagement;
import org.ansoplatform.projects.ProjectQueries;
import org.ansoplatform.projects.core.ProjectTeams;
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
import org.ansoplatform.projects.money.ProjectMoney;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.Money;
import org.springframework.stereotype.Component;

/**
 * Writes one demo project through the module's own commands, as the Secretariat would enter it: the project with
 * the first status of its history ({@link ProjectManagement}), its partners and their teams ({@link ProjectTeams}),
 * its budget lines ({@link ProjectMoney}: the granted amount is their sum, so none can exceed it), then the later
 * statuses, each refused if the lifecycle does not allow it. Every step is dated as the seeds (or the illustrative
 * plan) date it and names the system. Milestones and outputs have no command yet (issue 18's reports, P4): the
 * package-private {@link ProjectDemoStore} writes those rows until it has.
 */
@Component
class DemoProjectWriter {

    private final ProjectManagement projects;
    private final ProjectTeams teams;
    private final ProjectMoney money;
    private final ProjectQueries queries;
    private final ProjectDemoStore store;

    DemoProjectWriter(ProjectManagement projects, ProjectTeams teams, ProjectMoney money, ProjectQueries queries,
            ProjectDemoStore store) {
        this.projects = projects;
        this.teams = teams;
        this.money = money;
        this.queries = queries;
        this.store = store;
    }

    /**
     * The same id from the same code: a project written again after it was removed is the same record to search and
     * to every link made to it.
     */
    static UUID idOf(String code) {
        return UUID.nameUUIDFromBytes(("projects:project:" + code).getBytes(StandardCharsets.UTF_8));
    }

    /** The project is there, under its id (even if the site changed its code since) or its code. */
    boolean exists(String code) {
        return queries.byId(idOf(code)).isPresent() || store.codeTaken(code);
    }

    /**
     * @param institutions the directory's entry for a partner's name (every partner has one)
     * @param meetings the record reference of a linked meeting, when the catalogue has it
     */
    UUID write(Project p, Function<String, OrganizationView> institutions, Function<MeetingRef, Optional<String>> meetings) {
        Money granted = Money.zero(p.currency());
        for (BudgetLine line : p.budget()) {
            granted = granted.plus(Money.of(line.amount(), p.currency()));
        }
        List<Step> history = p.history().isEmpty() ? List.of(new Step(p.status(), p.start(), null)) : p.history();
        Step entered = history.get(0);
        Actor recorder = Actor.system(DemoProjects.noon(entered.on()));
        UUID id = projects.create(idOf(p.code()), new ProjectCommand(p.code(), p.acronym(), p.title(), p.summary(), p.start(),
                p.end(), p.programmeCode(), granted.amount(), granted.currency(), entered.status(), p.sdgs(), p.themes(),
                p.reportSchedule(), true, p.illustrative()), entered.reason(), recorder);
        for (Partner partner : p.partners()) {
            OrganizationView organization = institutions.apply(partner.organization());
            UUID partnerId = teams.addPartner(id, new ProjectTeams.PartnerCommand(organization.id(), null, partner.role()),
                    recorder);
            for (Member member : partner.team()) {
                teams.addMember(id, new ProjectTeams.MemberCommand(partnerId, member.name(), null, null, member.role(), null),
                        recorder);
            }
        }
        for (BudgetLine line : p.budget()) {
            money.setBudgetLine(id, line.year(), line.category(), Money.of(line.amount(), p.currency()).amount(), recorder);
        }
        int position = 0;
        for (Milestone milestone : p.milestones()) {
            store.insertMilestone(id, position++, milestone.kind(), milestone.workPackage(), milestone.title(),
                    milestone.due(), milestone.achieved());
        }
        for (Step step : history.subList(1, history.size())) {
            projects.changeStatus(id, step.status(), step.reason(), Actor.system(DemoProjects.noon(step.on())));
        }
        for (Output output : p.outputs()) {
            writeOutput(id, output, meetings);
        }
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
