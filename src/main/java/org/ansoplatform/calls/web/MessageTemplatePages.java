package org.ansoplatform.calls.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.messaging.MergeFields;
import org.ansoplatform.calls.messaging.MessageTemplates;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Secretariat's message templates, for one call or every call: listed, written, changed and deleted. */
@Controller
class MessageTemplatePages {

    private static final String LIST = "redirect:/secretariat/calls/templates";

    private final MessageTemplates templates;
    private final CallQueries calls;

    MessageTemplatePages(MessageTemplates templates, CallQueries calls) {
        this.templates = templates;
        this.calls = calls;
    }

    @GetMapping("/secretariat/calls/templates")
    String list(Model model) {
        model.addAttribute("templates", templates.all());
        model.addAttribute("callsById", calls.all().stream().collect(java.util.stream.Collectors.toMap(call -> call.id(), call -> call)));
        return "calls/secretariat/messages/templates";
    }

    @GetMapping("/secretariat/calls/templates/new")
    String create(Model model) {
        return form(null, TemplateForm.empty(), model);
    }

    @GetMapping("/secretariat/calls/templates/{id}")
    String edit(@PathVariable UUID id, Model model) {
        MessageTemplates.Template template = templates.find(id).orElseThrow(() -> new NotFoundException("template " + id));
        return form(id, new TemplateForm(template.name(), template.callId(), template.subject().values(), template.body().values()), model);
    }

    @PostMapping("/secretariat/calls/templates")
    String save(@ModelAttribute("form") TemplateForm form, BindingResult result, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return FormErrors.submit(form, result, model, response, () -> {
            templates.save(null, form.call(), form.name(), form.subject(), form.body());
            redirect.addFlashAttribute("flashSuccess", "callmessaging.templates.saved");
            return LIST;
        }, () -> form(null, form, model));
    }

    @PostMapping("/secretariat/calls/templates/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") TemplateForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        templates.find(id).orElseThrow(() -> new NotFoundException("template " + id));
        return FormErrors.submit(form, result, model, response, () -> {
            templates.save(id, form.call(), form.name(), form.subject(), form.body());
            redirect.addFlashAttribute("flashSuccess", "callmessaging.templates.saved");
            return LIST;
        }, () -> form(id, form, model));
    }

    @PostMapping("/secretariat/calls/templates/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        templates.delete(id);
        redirect.addFlashAttribute("flashSuccess", "callmessaging.templates.deleted");
        return LIST;
    }

    private String form(UUID id, TemplateForm form, Model model) {
        model.addAttribute("templateId", id);
        model.addAttribute("form", form);
        model.addAttribute("calls", calls.all());
        model.addAttribute("mergeFields", MergeFields.FIELDS.stream().map(field -> "{" + field + "}").toList());
        return "calls/secretariat/messages/template";
    }
}
