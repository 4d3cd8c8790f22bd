package org.ansoplatform.projects.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.projects.BudgetCategory;
import org.ansoplatform.projects.Gender;
import org.ansoplatform.projects.OutputKind;
import org.ansoplatform.projects.OutputManagement;
import org.ansoplatform.projects.ReportManagement;
import org.ansoplatform.projects.ReportQueries;
import org.ansoplatform.projects.ReportView;
import org.ansoplatform.projects.ReportingPaths;
import org.ansoplatform.projects.reporting.ProjectFacts;
import org.ansoplatform.shared.CountryCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The principal investigator's report: narrative, indicator values and the financial statement, saved as often as
 * needed and submitted once (again after the Secretariat sent it back); the outputs of the period, linked to the
 * meetings module's meetings or to a record or DOI. Anyone but the project's principal investigator is told that
 * the page does not exist.
 */
@Controller
@RequestMapping("/projects/{id}/reports/{reportId}")
@PreAuthorize("isAuthenticated()")
public class ReportController {

    static final String VIEW = "projects/report";

    private final ReportQueries queries;
    private final ReportManagement reports;
    private final OutputManagement outputs;
    private final MeetingQueries meetings;
    private final CurrentActor actor;

    ReportController(ReportQueries queries, ReportManagement reports, OutputManagement outputs, MeetingQueries meetings,
            CurrentActor actor) {
        this.queries = queries;
        this.reports = reports;
        this.outputs = outputs;
        this.meetings = meetings;
        this.actor = actor;
    }

    @GetMapping
    String show(@PathVariable UUID id, @PathVariable UUID reportId, @AuthenticationPrincipal SignedInPerson me,
            Locale locale, Model model) {
        return page(id, reportId, me, locale, model);
    }

    @PostMapping
    String save(@PathVariable UUID id, @PathVariable UUID reportId, @RequestParam MultiValueMap<String, String> posted,
            @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        ledBy(id, me);
        ReportForm form = ReportForm.of(posted);
        try {
            reports.save(id, reportId, me.id(), form.draft());
            redirect.addFlashAttribute("flashSuccess", "projects.report.saved");
            return "redirect:" + ReportingPaths.report(id, reportId);
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, bind(form.typed(), form.rows(), model), response);
            return page(id, reportId, me, locale, model);
        }
    }

    /** Saves what the form posts (if it posts the report) and submits; a refusal changes nothing. */
    @PostMapping("/submit")
    String submit(@PathVariable UUID id, @PathVariable UUID reportId, @RequestParam MultiValueMap<String, String> posted,
            @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        ledBy(id, me);
        ReportForm form = ReportForm.of(posted);
        try {
            if (ReportForm.posted(posted)) {
                reports.save(id, reportId, me.id(), form.draft());
            }
            reports.submit(id, reportId, me.id());
            redirect.addFlashAttribute("flashSuccess", "projects.report.submitted");
            return "redirect:" + ReportingPaths.report(id, reportId);
        } catch (InvalidInputException refusal) {
            if (!ReportForm.posted(posted)) {
                Flash.refused(redirect, refusal);
                return "redirect:" + ReportingPaths.report(id, reportId);
            }
            FormErrors.refuse(refusal, bind(form.typed(), form.rows(), model), response);
            return page(id, reportId, me, locale, model);
        }
    }

    @PostMapping("/outputs")
    String addOutput(@PathVariable UUID id, @PathVariable UUID reportId, @ModelAttribute("outputForm") OutputForm form,
            BindingResult result, @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ledBy(id, me);
        model.addAttribute("outputRefused", true);
        if (result.hasErrors()) {
            FormErrors.retarget(form, result, model);
            FormErrors.refused(response);
            return page(id, reportId, me, locale, model);
        }
        try {
            outputs.add(id, reportId, me.id(), form.command());
            redirect.addFlashAttribute("flashSuccess", "projects.output.added");
            return "redirect:" + ReportingPaths.report(id, reportId) + "#outputs";
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return page(id, reportId, me, locale, model);
        }
    }

    @PostMapping("/outputs/{outputId}/delete")
    String removeOutput(@PathVariable UUID id, @PathVariable UUID reportId, @PathVariable UUID outputId,
            @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        ledBy(id, me);
        Flash.outcome(redirect, () -> outputs.remove(id, reportId, me.id(), outputId), "projects.output.removed");
        return "redirect:" + ReportingPaths.report(id, reportId) + "#outputs";
    }

    private String page(UUID id, UUID reportId, SignedInPerson me, Locale locale, Model model) {
        ProjectFacts project = ledBy(id, me);
        ReportView report = queries.report(id, reportId).orElseThrow(() -> new NotFoundException("report"));
        model.addAttribute("project", project);
        model.addAttribute("report", report);
        model.addAttribute("steps", queries.steps(reportId));
        List<org.ansoplatform.projects.ExpenseLine> expenses = queries.expenses(reportId);
        model.addAttribute("expenses", expenses);
        if (!model.containsAttribute(ReportForm.NAME)) {
            bind(ReportForm.shown(report), ReportForm.rows(expenses), model);
        }
        if (!model.containsAttribute("outputForm")) {
            model.addAttribute("outputForm", OutputForm.empty());
        }
        model.addAttribute("outputs", queries.outputsOfReport(reportId, actor.reader(), locale));
        model.addAttribute("categories", Arrays.asList(BudgetCategory.values()));
        model.addAttribute("outputKinds", Arrays.asList(OutputKind.values()));
        model.addAttribute("genders", Arrays.asList(Gender.values()));
        model.addAttribute("traineeRows", java.util.stream.IntStream.range(0, OutputForm.TRAINEE_ROWS).boxed().toList());
        model.addAttribute("meetingChoices", meetingChoices(project));
        model.addAttribute("countries", CountryCode.all().stream().sorted().map(CountryCode::new)
                .map(c -> Map.entry(c.code(), c.displayName(locale))).sorted(Map.Entry.comparingByValue()).toList());
        return VIEW;
    }

    /** Meetings that took place during the project, to link a meeting or training to. */
    private List<MeetingView> meetingChoices(ProjectFacts project) {
        return meetings.all(MeetingQueries.Filter.published()).stream()
                .filter(m -> !m.endDate().isBefore(project.start()) && !m.startDate().isAfter(project.end())).toList();
    }

    private static BindingResult bind(Map<String, String> values, List<ReportForm.Row> rows, Model model) {
        BindingResult result = new MapBindingResult(values, ReportForm.NAME);
        model.addAttribute(ReportForm.NAME, values);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + ReportForm.NAME, result);
        model.addAttribute("expenseRows", ReportForm.withBlanks(rows));
        return result;
    }

    private ProjectFacts ledBy(UUID id, SignedInPerson me) {
        return queries.ledBy(id, me == null ? null : me.id()).orElseThrow(() -> new NotFoundException("project"));
    }
}
