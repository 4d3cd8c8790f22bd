package org.ansoplatform.calls.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.calls.ApplicationQueries;
import org.ansoplatform.calls.ApplicationQueries.Filter;
import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.intake.ApplicationScreening;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.CallsPaths;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.intake.RefereeLetterIntake;
import org.ansoplatform.calls.messaging.Mailings;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.shared.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat's view of a call's applications: filters and search, counts by country and track,
 * screening with overrides, and replacing a referee. The override and the replacement are forms on the
 * application's page, shown again there when refused.
 */
@Controller
class SecretariatApplicationPages {

    private final CallQueries calls;
    private final ApplicationScreening screening;
    private final Mailings messaging;
    private final CurrentActor actor;
    private final ApplicationQueries queries;
    private final RefereeLetterIntake letters;
    private final ApplicationIntake applications;
    private final ApplicationPageModel pages;

    SecretariatApplicationPages(CallQueries calls, ApplicationScreening screening, Mailings messaging, ApplicationQueries queries,
            RefereeLetterIntake letters, ApplicationIntake applications, ApplicationPageModel pages, CurrentActor actor) {
        this.actor = actor;
        this.calls = calls;
        this.screening = screening;
        this.messaging = messaging;
        this.queries = queries;
        this.letters = letters;
        this.applications = applications;
        this.pages = pages;
    }

    @GetMapping("/secretariat/calls/{id}/applications")
    String list(@PathVariable UUID id, @ModelAttribute("filter") ApplicationFilterForm form, BindingResult result,
            @RequestParam(required = false) Integer page, Model model, HttpServletResponse response) {
        CallView call = calls.any(id);
        BindingResult bound = FormErrors.retarget(form, result, model);
        Filter filter = Filter.none();
        if (bound.hasErrors()) {
            FormErrors.refused(response);
        } else {
            try {
                filter = form.filter(call);
            } catch (InvalidInputException refusal) {
                FormErrors.refuse(refusal, bound, response);
            }
        }
        return page(call, filter, page, model);
    }

    private String page(CallView call, Filter filter, Integer page, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("statuses", ApplicationStatus.values());
        if (!model.containsAttribute("bulk")) {
            model.addAttribute("bulk", BulkActionForm.empty());
        }
        model.addAttribute("result", queries.search(call.id(), filter, PageRequest.of(page, 50)));
        model.addAttribute("byCountry", queries.byCountry(call.id(), filter));
        model.addAttribute("byTrack", queries.byTrack(call.id(), filter));
        return "calls/secretariat/applications";
    }

    @PostMapping("/secretariat/calls/{id}/rescreen")
    String rescreen(@PathVariable UUID id, RedirectAttributes redirect) {
        UUID callId = id;
        screening.rescreen(callId);
        redirect.addFlashAttribute("flashSuccess", "calls.secretariat.rescreened");
        return "redirect:/secretariat/calls/" + callId + "/applications";
    }

    /** Marks the selected applications eligible or not, with one reason for all; refused as a whole if any cannot be. */
    @PostMapping("/secretariat/calls/{id}/applications/screening")
    String bulkOverride(@PathVariable UUID id, @ModelAttribute("bulk") BulkActionForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return bulk(id, form, result, model, redirect, response, call -> screening.overrideAll(call, form.ticked(),
                Boolean.TRUE.equals(form.eligible()), form.reason(), form.applicantNote()), "calls.secretariat.overridden");
    }

    @PostMapping("/secretariat/calls/{id}/applications/message")
    String message(@PathVariable UUID id, @ModelAttribute("bulk") BulkActionForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return bulk(id, form, result, model, redirect, response, call -> messaging.sendTo(call, form.ticked(), form.subject(),
                form.body(), actor.get()), "calls.message.sent");
    }

    private String bulk(UUID id, BulkActionForm form, BindingResult result, Model model, RedirectAttributes redirect,
            HttpServletResponse response, java.util.function.Consumer<UUID> action, String done) {
        CallView call = calls.any(id);
        BindingResult bound = FormErrors.retarget(form, result, model);
        if (!bound.hasErrors()) {
            try {
                action.accept(call.id());
                redirect.addFlashAttribute("flashSuccess", done);
                return "redirect:/secretariat/calls/" + call.id() + "/applications";
            } catch (InvalidInputException refusal) {
                FormErrors.apply(refusal, bound);
            }
        }
        FormErrors.refused(response);
        model.addAttribute("filter", ApplicationFilterForm.none());
        return page(call, Filter.none(), null, model);
    }

    /** Refused (no reason, too long, not submitted), the application's page again, the message next to the reason. */
    @PostMapping("/secretariat/applications/{id}/override")
    String override(@PathVariable UUID id, @Valid @ModelAttribute("overrideForm") OverrideForm form, BindingResult result,
            @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        BindingResult bound = FormErrors.retarget(form, result, model);
        if (!bound.hasErrors()) {
            try {
                screening.override(id, form.markedEligible(), form.reason(), form.applicantNote());
                redirect.addFlashAttribute("flashSuccess", "calls.secretariat.overridden");
                return "redirect:" + CallsPaths.application(id);
            } catch (InvalidInputException refusal) {
                FormErrors.apply(refusal, bound);
            }
        }
        FormErrors.refused(response);
        return pages.page(applications.view(id, me), locale, model);
    }

    /**
     * Refused (no name, a wrong address, replaced already), the page of the application the form was on, the
     * message next to the field in that referee's form and the values as typed.
     */
    @PostMapping("/secretariat/referees/{id}/replace")
    String replace(@PathVariable UUID id, @Valid @ModelAttribute("replaceForm") ReplaceRefereeForm form, BindingResult result,
            @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        BindingResult bound = FormErrors.retarget(form, result, model);
        if (form.application() == null) {
            throw new NotFoundException("the application of referee " + id);
        }
        if (!bound.hasErrors()) {
            try {
                letters.replace(id, form.name(), form.email(), form.institution());
                redirect.addFlashAttribute("flashSuccess", "calls.secretariat.refereeReplaced");
                return "redirect:" + CallsPaths.application(form.application());
            } catch (InvalidInputException refusal) {
                FormErrors.apply(refusal, bound);
            }
        }
        model.addAttribute("replacing", id);
        FormErrors.refused(response);
        return pages.page(applications.view(form.application(), me), locale, model);
    }
}
