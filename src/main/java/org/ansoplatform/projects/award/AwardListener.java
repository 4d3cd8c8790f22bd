package org.ansoplatform.projects.award;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.OfferAnswered;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.projects.BudgetCategory;
import org.ansoplatform.projects.MemberRole;
import org.ansoplatform.projects.PartnerRole;
import org.ansoplatform.projects.ProjectCommand;
import org.ansoplatform.projects.ProjectManagement;
import org.ansoplatform.projects.ProjectStatus;
import org.ansoplatform.projects.ReportSchedule;
import org.ansoplatform.projects.core.ProjectInput;
import org.ansoplatform.projects.core.ProjectStore;
import org.ansoplatform.projects.core.ProjectTeams;
import org.ansoplatform.projects.money.ProjectMoney;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Accepting an award of a call that awards projects creates the project, once per application (the second delivery
 * of the event finds it and changes nothing): lead and partners from the directory (an institution it lacks is
 * registered there first, as a partner), the principal investigator (the applicant) in the lead's team, the budget
 * lines, milestones, dates and SDGs, AWARDED "award accepted". All of it in one transaction.
 */
@Component
class AwardListener {

    static final String REASON = "Award accepted";
    private static final Logger log = LoggerFactory.getLogger(AwardListener.class);

    private final CallAwards awards;
    private final ProjectManagement projects;
    private final ProjectTeams teams;
    private final ProjectMoney money;
    private final ProjectStore store;
    private final OrganizationQueries organizations;
    private final OrganizationManagement directory;
    private final Languages languages;

    AwardListener(CallAwards awards, ProjectManagement projects, ProjectTeams teams, ProjectMoney money, ProjectStore store,
            OrganizationQueries organizations, OrganizationManagement directory, Languages languages) {
        this.awards = awards;
        this.projects = projects;
        this.teams = teams;
        this.money = money;
        this.store = store;
        this.organizations = organizations;
        this.directory = directory;
        this.languages = languages;
    }

    @ApplicationModuleListener
    void on(OfferAnswered event) {
        if (event.outcome() != OfferAnswered.Outcome.ACCEPTED || store.byApplication(event.applicationId()).isPresent()) {
            return;
        }
        awards.award(event.applicationId(), event.reference()).ifPresent(award -> create(award, event.actor()));
    }

    private void create(Award award, Actor actor) {
        AwardMapping answers = new AwardMapping(award.answers());
        String language = languages.tags().get(0);
        String title = cut(Optional.ofNullable(answers.text("title")).orElse(award.reference()).replaceAll("\\s+", " "),
                ProjectInput.TITLE_MAX);
        LocalDate start = answers.start(LocalDate.ofInstant(actor.at(), ZoneOffset.UTC));
        String acronym = Optional.ofNullable(answers.text("acronym")).orElse(award.reference());
        ProjectCommand command = new ProjectCommand(code(award), acronym.length() > 60 ? acronym.substring(0, 60) : acronym,
                new LocalizedText(Map.of(language, title)), new LocalizedText(summary(language, cut(answers.text("abstract"), ProjectInput.SUMMARY_MAX))),
                start, answers.end(start), award.programmeCode(), award.granted().amount(), award.granted().currency(),
                ProjectStatus.AWARDED, answers.sdgs(), List.of(), ReportSchedule.ANNUAL, true, false);
        try {
            projects.createAwarded(command, award.callId(), award.applicationId(), REASON, actor)
                    .ifPresent(id -> fill(id, award, answers, language, command, actor));
        } catch (InvalidInputException refused) {
            // answers the form engine let through but a project refuses: retrying would not help, the Secretariat enters it
            log.error("Award of application {} could not become a project: {}", award.applicationId(), refused.violations());
        }
    }

    private void fill(UUID projectId, Award award, AwardMapping answers, String language, ProjectCommand command, Actor actor) {
        UUID leadPartner = null;
        // what addPartner would refuse is left out beforehand: its refusal inside this transaction would mark it
        // rollback-only and lose the whole project (the same institution named twice, a second lead)
        java.util.Set<UUID> added = new java.util.HashSet<>();
        for (AwardMapping.Institution institution : answers.institutions()) {
            OrganizationView organization = organization(institution);
            if (organization == null) {
                continue;
            }
            PartnerRole role = institution.role() == PartnerRole.LEAD && leadPartner != null ? PartnerRole.PARTNER : institution.role();
            if (!added.add(organization.id())) {
                log.warn("Award of application {}: {} named twice, kept once", award.applicationId(), organization.name());
                continue;
            }
            UUID partner = teams.addPartner(projectId, new ProjectTeams.PartnerCommand(organization.id(), null, role), actor);
            if (role == PartnerRole.LEAD) {
                leadPartner = partner;
            }
        }
        AwardMapping.Person pi = answers.principalInvestigator();
        if (leadPartner != null) {
            teams.addMember(projectId, new ProjectTeams.MemberCommand(leadPartner,
                    pi == null ? award.applicantName() : pi.name(), pi == null || pi.email() == null ? award.applicantEmail() : pi.email(),
                    pi == null || pi.orcid() == null || !org.ansoplatform.shared.OrcidId.isValid(pi.orcid()) ? null : pi.orcid(),
                    MemberRole.PRINCIPAL_INVESTIGATOR, award.applicantId()), actor);
        }
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        String currency = award.granted().currency();
        for (AwardMapping.BudgetRow row : answers.budget()) {
            if (row.currency().equals(currency)) {
                lines.merge(row.year() + ":" + row.category().name(), row.amount(), BigDecimal::add);
            }
        }
        lines.forEach((key, amount) -> {
            String[] parts = key.split(":");
            int year = Integer.parseInt(parts[0]);
            // a refusal inside this transaction would mark it rollback-only and lose the whole project: leave out
            // beforehand what ProjectMoney refuses for its year (the Secretariat can add it once the dates are right)
            if (year < command.startDate().getYear() || year > command.endDate().getYear()) {
                log.warn("Award of application {}: budget line {} outside the project's years, left out", award.applicationId(), key);
                return;
            }
            try {
                money.setBudgetLine(projectId, Integer.valueOf(parts[0]), BudgetCategory.valueOf(parts[1]), amount, actor);
            } catch (InvalidInputException refused) {
                log.warn("Award of application {}: budget line {} left out ({})", award.applicationId(), key,
                        refused.violations().get(0).messageKey());
            }
        });
        for (AwardMapping.Milestone milestone : answers.milestones()) {
            store.insertMilestone(projectId, milestone.kind(), milestone.workPackage(),
                    new LocalizedText(Map.of(language, milestone.title())), milestone.due());
        }
    }

    /** The directory's organization, or the institution registered there first as a partner when it lacks it. */
    private OrganizationView organization(AwardMapping.Institution institution) {
        if (institution.organizationId() != null) {
            Optional<OrganizationView> known = organizations.byId(institution.organizationId());
            if (known.isPresent()) {
                return known.get();
            }
        }
        Optional<OrganizationView> named = organizations.byMention(institution.name());
        if (named.isPresent()) {
            return named.get();
        }
        try {
            UUID id = directory.create(new OrganizationCommand(institution.name(), null, institution.country(),
                    OrganizationType.RESEARCH_INSTITUTE, OrganizationStatus.PARTNER, null, null, institution.rorId()));
            return organizations.byId(id).orElseThrow();
        } catch (InvalidInputException refused) {
            log.warn("Institution {} could not be added to the directory ({})", institution.name(),
                    refused.violations().get(0).messageKey());
            return null;
        }
    }

    /** The application's reference, unless a project entered directly already has it as its code. */
    private String code(Award award) {
        String code = award.reference() == null ? "P-" + award.applicationId().toString().substring(0, 8) : award.reference();
        return store.codeTaken(code, null) ? code + "-" + award.applicationId().toString().substring(0, 8) : code;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static Map<String, String> summary(String language, String text) {
        return text == null ? Map.of() : Map.of(language, text);
    }
}
