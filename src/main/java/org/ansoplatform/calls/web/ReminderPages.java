package org.ansoplatform.calls.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.messaging.MessageTemplates;
import org.ansoplatform.platform.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A call's scheduled reminders: so many days before the deadline, a template to every applicant with an unfinished draft. */
@Controller
class ReminderPages {

    private final CallQueries calls;
    private final MessageTemplates templates;

    ReminderPages(CallQueries calls, MessageTemplates templates) {
        this.calls = calls;
        this.templates = templates;
    }

    @GetMapping("/secretariat/calls/{id}/reminders")
    String list(@PathVariable UUID id, Model model) {
        return page(calls.any(id), ReminderForm.empty(), model);
    }

    @PostMapping("/secretariat/calls/{id}/reminders")
    String add(@PathVariable UUID id, @ModelAttribute("form") ReminderForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        CallView call = calls.any(id);
        return FormErrors.submit(form, result, model, response, () -> {
            templates.remind(call.id(), form.template(), form.daysBefore(), form.replyTo());
            redirect.addFlashAttribute("flashSuccess", "callmessaging.reminders.saved");
            return "redirect:/secretariat/calls/" + call.id() + "/reminders";
        }, () -> page(call, form, model));
    }

    @PostMapping("/secretariat/calls/{id}/reminders/{reminder}/delete")
    String delete(@PathVariable UUID id, @PathVariable UUID reminder, RedirectAttributes redirect) {
        CallView call = calls.any(id);
        templates.forget(call.id(), reminder);
        redirect.addFlashAttribute("flashSuccess", "callmessaging.reminders.deleted");
        return "redirect:/secretariat/calls/" + call.id() + "/reminders";
    }

    private String page(CallView call, ReminderForm form, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("form", form);
        model.addAttribute("reminders", templates.reminders(call.id()));
        model.addAttribute("templates", templates.usable(call.id()));
        return "calls/secretariat/messages/reminders";
    }
}
