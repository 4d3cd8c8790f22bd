package org.ansoplatform.projects.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.Htmx;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.projects.ProjectManagement;
import org.ansoplatform.projects.ProjectQueries;
import org.ansoplatform.projects.ProjectStatus;
import org.ansoplatform.projects.ProjectTheme;
import org.ansoplatform.projects.ProjectView;
import org.ansoplatform.projects.ReportSchedule;
import org.ansoplatform.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Secretariat's projects: the list with filters, a new project entered directly, its details and its status. */
@Controller
@RequestMapping(SecretariatProjectPage.PATH)
@PreAuthorize("hasRole('SECRETARIAT')")
public class SecretariatProjectsController {

    static final String PATH = SecretariatProjectPage.PATH;

    private final ProjectQueries queries;
    private final ProjectManagement management;
    private final SecretariatProjectPage page;
    private final org.ansoplatform.platform.Languages languages;
    private final org.ansoplatform.calls.ProgrammeQueries programmes;

    SecretariatProjectsController(ProjectQueries queries, ProjectManagement management, SecretariatProjectPage page,
            org.ansoplatform.platform.Languages languages, org.ansoplatform.calls.ProgrammeQueries programmes) {
        this.programmes = programmes;
        this.queries = queries;
        this.management = management;
        this.page = page;
        this.languages = languages;
    }

    /** A filter as the list's address gives it; a value of the wrong type is ignored, as a filter should. */
    public record ListFilter(String q, ProjectStatus status, String programme, Integer year, String country, Integer page) {
    }

    @GetMapping
    String list(@ModelAttribute("filter") ListFilter filter, BindingResult ignored, Htmx htmx, Model model) {
        ListFilter f = ignored.hasErrors() ? new ListFilter(null, null, null, null, null, null) : filter;
        model.addAttribute("filter", f);
        model.addAttribute("result", queries.search(new ProjectQueries.Filter(f.q(), f.status(), f.programme(), f.year(),
                f.country()), PageRequest.of(f.page(), 20)));
        model.addAttribute("statuses", Arrays.asList(ProjectStatus.values()));
        model.addAttribute("programmes", queries.programmes());
        model.addAttribute("programmeNames", programmes.all().stream().collect(java.util.stream.Collectors.toMap(
                org.ansoplatform.shared.Programme::code, org.ansoplatform.shared.Programme::name)));
        return htmx.view("projects/secretariat-list", "results");
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", ProjectForm.blank());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") ProjectForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return form(model, null);
        }
        try {
            UUID id = management.create(form.command());
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
            return "redirect:" + PATH + "/" + id;
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page.page(id, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        ProjectView project = page.existing(id);
        model.addAttribute("form", ProjectForm.of(project));
        return form(model, project);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ProjectForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ProjectView project = page.existing(id);
        if (result.hasErrors()) {
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return form(model, project);
        }
        try {
            management.update(project.id(), form.command());
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
            return "redirect:" + PATH + "/" + project.id();
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return form(model, project);
        }
    }

    /** Refused (a wrong move, no reason), the page again with the reason next to the field, nothing changed. */
    @PostMapping("/{id}/status")
    String changeStatus(@PathVariable UUID id, @Valid @ModelAttribute("statusForm") ProjectPageForms.StatusForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ProjectView project = page.existing(id);
        if (result.hasErrors()) {
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return page.page(project.id(), model);
        }
        try {
            management.changeStatus(project.id(), form.status(), form.reason(), form.newEnd());
            redirect.addFlashAttribute("flashSuccess", "projects.project.statusChanged");
            return "redirect:" + PATH + "/" + project.id() + "#status";
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return page.page(project.id(), model);
        }
    }

    private String form(Model model, ProjectView project) {
        model.addAttribute("project", project);
        model.addAttribute("formAction", project == null ? PATH + "/new" : PATH + "/" + project.id() + "/edit");
        model.addAttribute("cancelUrl", project == null ? PATH : PATH + "/" + project.id());
        model.addAttribute("languages", languages.tags());
        model.addAttribute("statuses", Arrays.asList(ProjectStatus.values()));
        model.addAttribute("themes", Arrays.asList(ProjectTheme.values()));
        model.addAttribute("schedules", Arrays.asList(ReportSchedule.values()));
        model.addAttribute("sdgs", IntStream.rangeClosed(1, 17).boxed().toList());
        model.addAttribute("programmeChoices", programmes.all());
        return "projects/secretariat-form";
    }
}
