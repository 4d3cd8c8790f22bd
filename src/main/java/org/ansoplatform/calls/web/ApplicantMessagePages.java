package org.ansoplatform.calls.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.calls.ApplicationQueries.Filter;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.messaging.Mailings;
import org.ansoplatform.calls.messaging.MergeFields;
import org.ansoplatform.calls.messaging.MessageTemplates;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat writes to everyone in a filtered list of a call's applications: composes (the filter in words and
 * the count of recipients, a template, the subject, the body, a reply-to), previews the first recipients' messages,
 * and sends; the mailings of the call with how many of their messages went out.
 */
@Controller
class ApplicantMessagePages {

    private final CallQueries calls;
    private final Mailings mailings;
    private final MessageTemplates templates;
    private final CurrentActor actor;

    ApplicantMessagePages(CallQueries calls, Mailings mailings, MessageTemplates templates, CurrentActor actor) {
        this.calls = calls;
        this.mailings = mailings;
        this.templates = templates;
        this.actor = actor;
    }

    /** The compose page; a template picked ({@code template}) fills the subject and body in the writer's language. */
    @GetMapping("/secretariat/calls/{id}/messages/new")
    String compose(@PathVariable UUID id, @ModelAttribute("form") MessageForm form, BindingResult result, Locale locale, Model model,
            HttpServletResponse response) {
        CallView call = calls.any(id);
        BindingResult bound = FormErrors.retarget(form, result, model);
        MessageForm shown = form;
        if (form.template() != null && form.subject() == null && form.body() == null) {
            var template = templates.find(form.template()).filter(t -> t.callId() == null || t.callId().equals(call.id()));
            if (template.isPresent()) {
                shown = form.withText(template.get().subject().in(locale), template.get().body().in(locale));
                model.addAttribute("form", shown);
            }
        }
        Filter filter = filter(call, shown, bound, response);
        return page(call, filter, model);
    }

    @PostMapping("/secretariat/calls/{id}/messages/preview")
    String preview(@PathVariable UUID id, @ModelAttribute("form") MessageForm form, BindingResult result, Locale locale, Model model,
            HttpServletResponse response) {
        CallView call = calls.any(id);
        BindingResult bound = FormErrors.retarget(form, result, model);
        Filter filter = filter(call, form, bound, response);
        if (!bound.hasErrors()) {
            try {
                Mailings.Message message = mailings.compose(call.id(), form.template(), form.subject(), form.body(), form.replyTo(), locale);
                model.addAttribute("preview", mailings.preview(call.id(), filter, message, locale));
            } catch (InvalidInputException refusal) {
                refuse(refusal, bound, response);
            }
        } else {
            FormErrors.refused(response);
        }
        return page(call, filter, model);
    }

    @PostMapping("/secretariat/calls/{id}/messages")
    String send(@PathVariable UUID id, @ModelAttribute("form") MessageForm form, BindingResult result, Locale locale, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        CallView call = calls.any(id);
        BindingResult bound = FormErrors.retarget(form, result, model);
        Filter filter = filter(call, form, bound, response);
        if (!bound.hasErrors()) {
            try {
                Mailings.Message message = mailings.compose(call.id(), form.template(), form.subject(), form.body(), form.replyTo(), locale);
                mailings.send(call.id(), filter, message, actor.get());
                redirect.addFlashAttribute("flashSuccess", "callmessaging.queued");
                return "redirect:/secretariat/calls/" + call.id() + "/messages";
            } catch (InvalidInputException refusal) {
                refuse(refusal, bound, response);
            }
        } else {
            FormErrors.refused(response);
        }
        return page(call, filter, model);
    }

    @GetMapping("/secretariat/calls/{id}/messages")
    String list(@PathVariable UUID id, Model model) {
        CallView call = calls.any(id);
        model.addAttribute("call", call);
        model.addAttribute("mailings", mailings.ofCall(call.id()));
        return "calls/secretariat/messages/list";
    }

    /** The list's filter; an unknown value is refused next to the filter and the page counts the unfiltered list. */
    private static Filter filter(CallView call, MessageForm form, BindingResult bound, HttpServletResponse response) {
        try {
            return form.filter(call);
        } catch (InvalidInputException refusal) {
            refuse(refusal, bound, response);
            return null;
        }
    }

    /**
     * A refusal shown on the form; what concerns the filter (an unknown value, no recipient) is the form's own error,
     * shown next to the filter's words, since the filter has no field on this page.
     */
    private static void refuse(InvalidInputException refusal, BindingResult bound, HttpServletResponse response) {
        FormErrors.refuse(new InvalidInputException(refusal.violations().stream().map(violation -> isFilter(violation.field())
                ? new InvalidInputException.Violation(null, violation.messageKey(), violation.args()) : violation).toList()), bound, response);
    }

    private static boolean isFilter(String field) {
        return field != null && java.util.Set.of("filter", "track", "country", "status", "q").contains(field);
    }

    private String page(CallView call, Filter filter, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("count", filter == null ? 0 : mailings.count(call.id(), filter));
        model.addAttribute("templates", templates.usable(call.id()));
        model.addAttribute("mergeFields", MergeFields.FIELDS.stream().map(field -> "{" + field + "}").toList());
        return "calls/secretariat/messages/compose";
    }
}
