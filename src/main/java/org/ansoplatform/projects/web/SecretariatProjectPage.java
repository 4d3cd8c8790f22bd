package org.ansoplatform.projects.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.projects.BudgetCategory;
import org.ansoplatform.projects.MemberRole;
import org.ansoplatform.projects.PartnerRole;
import org.ansoplatform.projects.ProjectQueries;
import org.ansoplatform.projects.ProjectView;
import org.ansoplatform.projects.core.ProjectLifecycle;
import org.ansoplatform.projects.money.ProjectMoney;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A project's page for the Secretariat: overview, status with its history, partners and teams, money. Each of its
 * forms is in the model under its own name; a refused one is already there with its errors, the others are blank.
 */
@Component
class SecretariatProjectPage {

    static final String PATH = "/secretariat/projects";
    static final String VIEW = "projects/secretariat-project";

    private final ProjectQueries queries;
    private final ProjectMoney money;
    private final OrganizationQueries organizations;

    private final org.ansoplatform.calls.ProgrammeQueries programmes;

    SecretariatProjectPage(ProjectQueries queries, ProjectMoney money, OrganizationQueries organizations,
            org.ansoplatform.calls.ProgrammeQueries programmes) {
        this.programmes = programmes;
        this.queries = queries;
        this.money = money;
        this.organizations = organizations;
    }

    ProjectView existing(UUID id) {
        return queries.byId(id).orElseThrow(() -> new NotFoundException("project"));
    }

    String page(UUID id, Model model) {
        ProjectView project = existing(id);
        model.addAttribute("project", project);
        model.addAttribute("programme", programmes.byCode(project.programmeCode()).orElse(null));
        model.addAttribute("path", PATH + "/" + project.id());
        model.addAttribute("history", queries.history(id));
        List<ProjectView.Partner> partners = queries.partners(id);
        model.addAttribute("partners", partners);
        model.addAttribute("money", money.view(id));
        model.addAttribute("nextStatuses", List.copyOf(new ProjectLifecycle(project.status()).next()));
        model.addAttribute("partnerRoles", Arrays.asList(PartnerRole.values()));
        model.addAttribute("memberRoles", Arrays.asList(MemberRole.values()));
        model.addAttribute("categories", Arrays.asList(BudgetCategory.values()));
        model.addAttribute("years", IntStream.rangeClosed(project.startDate().getYear(), project.endDate().getYear()).boxed().toList());
        model.addAttribute("directory", organizations.all().stream().map(o -> o.name()).toList());
        addIfAbsent(model, "statusForm", ProjectPageForms.StatusForm.blank());
        addIfAbsent(model, "partnerForm", ProjectPageForms.PartnerForm.blank());
        addIfAbsent(model, "memberForm", ProjectPageForms.MemberForm.blank());
        addIfAbsent(model, "budgetForm", ProjectPageForms.BudgetForm.blank());
        addIfAbsent(model, "trancheForm", ProjectPageForms.TrancheForm.blank());
        addIfAbsent(model, "expenditureForm", ProjectPageForms.ExpenditureForm.blank());
        return VIEW;
    }

    /** The directory's form for an institution it lacks, prefilled with what the Secretariat typed. */
    static String addToDirectory(String name, String country) {
        StringBuilder link = new StringBuilder("/secretariat/organizations/new?status=PARTNER");
        if (name != null && !name.isBlank()) {
            link.append("&name=").append(URLEncoder.encode(name.strip(), StandardCharsets.UTF_8));
        }
        if (country != null && !country.isBlank()) {
            link.append("&country=").append(URLEncoder.encode(country.strip(), StandardCharsets.UTF_8));
        }
        return link.toString();
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
