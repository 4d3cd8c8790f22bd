package org.ansoplatform.projects.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.projects.MilestoneKind;
import org.ansoplatform.projects.MilestoneManagement;
import org.ansoplatform.projects.ReportQueries;
import org.ansoplatform.projects.ReportingPaths;
import org.ansoplatform.projects.reporting.ProjectFacts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Secretariat keeps a project's milestones and deliverables: the list, a form to add, edit, mark achieved. */
@Controller
@RequestMapping("/secretariat/projects/{id}/milestones")
@PreAuthorize("hasRole('SECRETARIAT')")
public class MilestoneController {

    static final String VIEW = "projects/milestones";

    private final ReportQueries queries;
    private final MilestoneManagement management;

    MilestoneController(ReportQueries queries, MilestoneManagement management) {
        this.queries = queries;
        this.management = management;
    }

    @GetMapping
    String list(@PathVariable UUID id, Model model) {
        model.addAttribute("form", MilestoneForm.empty());
        return page(id, null, model);
    }

    @PostMapping
    String add(@PathVariable UUID id, @ModelAttribute("form") MilestoneForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        project(id);
        if (result.hasErrors()) {
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return page(id, null, model);
        }
        try {
            management.add(id, form.command());
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
            return "redirect:" + ReportingPaths.milestones(id);
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return page(id, null, model);
        }
    }

    @GetMapping("/{milestoneId}/edit")
    String editForm(@PathVariable UUID id, @PathVariable UUID milestoneId, Model model) {
        model.addAttribute("form", MilestoneForm.of(milestone(id, milestoneId)));
        return page(id, milestoneId, model);
    }

    @PostMapping("/{milestoneId}/edit")
    String update(@PathVariable UUID id, @PathVariable UUID milestoneId, @ModelAttribute("form") MilestoneForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        milestone(id, milestoneId);
        if (result.hasErrors()) {
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return page(id, milestoneId, model);
        }
        try {
            management.update(id, milestoneId, form.command());
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
            return "redirect:" + ReportingPaths.milestones(id);
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return page(id, milestoneId, model);
        }
    }

    @PostMapping("/{milestoneId}/achieved")
    String achieved(@PathVariable UUID id, @PathVariable UUID milestoneId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate achievedOn,
            @RequestParam(defaultValue = "false") boolean reopen, RedirectAttributes redirect) {
        milestone(id, milestoneId);
        Flash.outcome(redirect, () -> management.achieved(id, milestoneId, achievedOn, reopen),
                reopen ? "projects.milestone.reopened" : "projects.milestone.markedAchieved");
        return "redirect:" + ReportingPaths.milestones(id);
    }

    private String page(UUID id, UUID editing, Model model) {
        model.addAttribute("project", project(id));
        model.addAttribute("milestones", queries.milestones(id));
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", Arrays.asList(MilestoneKind.values()));
        return VIEW;
    }

    private ProjectFacts project(UUID id) {
        return queries.project(id).orElseThrow(() -> new NotFoundException("project"));
    }

    private org.ansoplatform.projects.MilestoneView milestone(UUID id, UUID milestoneId) {
        return queries.milestones(id).stream().filter(m -> m.id().equals(milestoneId)).findFirst()
                .orElseThrow(() -> new NotFoundException("milestone"));
    }
}
