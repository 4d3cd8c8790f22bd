package org.ansoplatform.projects.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.projects.ReportManagement;
import org.ansoplatform.projects.ReportQueries;
import org.ansoplatform.projects.ReportView;
import org.ansoplatform.projects.ReportingPaths;
import org.ansoplatform.projects.reporting.ProjectFacts;
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

/**
 * The Secretariat's side of progress reports: a project's reports (planned from its schedule), a report as
 * submitted with its history, accepting it or sending it back with comments, and every report and milestone
 * past its date across projects (the page the dashboard embeds).
 */
@Controller
@RequestMapping("/secretariat/projects")
@PreAuthorize("hasRole('SECRETARIAT')")
public class ReportReviewController {

    static final String LIST = "projects/reports";
    static final String REVIEW = "projects/report-review";
    static final String OVERDUE = "projects/overdue";

    private final ReportQueries queries;
    private final ReportManagement management;
    private final CurrentActor actor;

    ReportReviewController(ReportQueries queries, ReportManagement management, CurrentActor actor) {
        this.queries = queries;
        this.management = management;
        this.actor = actor;
    }

    @GetMapping("/reports/overdue")
    String overdue(Model model) {
        model.addAttribute("overdue", queries.overdue());
        return OVERDUE;
    }

    @GetMapping("/{id}/reports")
    String reports(@PathVariable UUID id, Model model) {
        model.addAttribute("project", project(id));
        model.addAttribute("reports", queries.reports(id));
        return LIST;
    }

    @PostMapping("/{id}/reports/plan")
    String plan(@PathVariable UUID id, RedirectAttributes redirect) {
        project(id);
        management.plan(id);
        redirect.addFlashAttribute("flashSuccess", "projects.report.planned");
        return "redirect:" + ReportingPaths.reports(id);
    }

    @GetMapping("/{id}/reports/{reportId}")
    String report(@PathVariable UUID id, @PathVariable UUID reportId, Locale locale, Model model) {
        model.addAttribute("returnForm", new ReturnForm(""));
        return page(id, reportId, locale, model);
    }

    @PostMapping("/{id}/reports/{reportId}/accept")
    String accept(@PathVariable UUID id, @PathVariable UUID reportId, RedirectAttributes redirect) {
        report(id, reportId);
        Flash.outcome(redirect, () -> management.accept(id, reportId), "projects.report.accepted");
        return "redirect:" + ReportingPaths.review(id, reportId);
    }

    @PostMapping("/{id}/reports/{reportId}/return")
    String sendBack(@PathVariable UUID id, @PathVariable UUID reportId, @ModelAttribute("returnForm") ReturnForm form,
            BindingResult result, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        report(id, reportId);
        try {
            management.sendBack(id, reportId, form.comment());
            redirect.addFlashAttribute("flashSuccess", "projects.report.returned");
            return "redirect:" + ReportingPaths.review(id, reportId);
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return page(id, reportId, locale, model);
        }
    }

    private String page(UUID id, UUID reportId, Locale locale, Model model) {
        ReportView report = report(id, reportId);
        model.addAttribute("project", project(id));
        model.addAttribute("report", report);
        model.addAttribute("steps", queries.steps(reportId));
        model.addAttribute("expenses", queries.expenses(reportId));
        model.addAttribute("outputs", queries.outputsOfReport(reportId, actor.reader(), locale));
        return REVIEW;
    }

    private ProjectFacts project(UUID id) {
        return queries.project(id).orElseThrow(() -> new NotFoundException("project"));
    }

    private ReportView report(UUID id, UUID reportId) {
        return queries.report(id, reportId).orElseThrow(() -> new NotFoundException("report"));
    }
}
