package org.ansoplatform.calls.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.calls.ApplicationForm;
import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallStatus;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.Host;
import org.ansoplatform.calls.Track;
import org.ansoplatform.calls.selection.SelectionRuleBook;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Secretariat builds calls in the browser: the call's facts, tracks and hosts in fields (with blank
 * rows to add more), with links to the builders of the form and of the rules, the preview and the JSON; a
 * form or eligibility rules posted as JSON are still read and checked (every problem reported next to its
 * field), next year's call is {@link CallClonePages}.
 */
@Controller
class SecretariatCallPages {

    private final CallManagement management;
    private final CallQueries calls;
    private final SelectionRuleBook selectionRules;
    private final JsonMapper json;
    private final MessageSource messages;

    SecretariatCallPages(CallManagement management, CallQueries calls, SelectionRuleBook selectionRules, JsonMapper json,
            MessageSource messages) {
        this.messages = messages;
        this.management = management;
        this.calls = calls;
        this.selectionRules = selectionRules;
        this.json = json;
    }

    @GetMapping("/secretariat/calls")
    String list(Model model) {
        model.addAttribute("calls", calls.all());
        return "calls/secretariat/calls";
    }

    @GetMapping("/secretariat/calls/new")
    String create(Model model) {
        return edit(null, CallForm.empty(), model);
    }

    @PostMapping("/secretariat/calls/new")
    String create(@ModelAttribute("form") CallForm form, BindingResult result, Model model, RedirectAttributes redirect,
            WebRequest request, HttpServletResponse response, Locale locale) {
        BindingResult bound = FormErrors.retarget(form, result, model);
        CallDefinition definition = definition(form, bound, request, null);
        if (bound.hasErrors()) {
            FormErrors.refused(response);
            return edit(null, form, model);
        }
        try {
            CallManagement.Created created = management.createWithNotices(definition);
            redirect.addFlashAttribute("flashSuccess", "calls.secretariat.saved");
            redirect.addFlashAttribute("callNotices", CallNoticeTexts.of(created.notices(), messages, locale));
            return "redirect:/secretariat/calls/" + created.id();
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, bound, response);
            return edit(null, form, model);
        }
    }

    @GetMapping("/secretariat/calls/{id}")
    String edit(@PathVariable UUID id, Model model) {
        CallView call = calls.any(id);
        return edit(call, form(call), model);
    }

    @PostMapping("/secretariat/calls/{id}")
    String save(@PathVariable UUID id, @ModelAttribute("form") CallForm form, BindingResult result, Model model,
            RedirectAttributes redirect, WebRequest request, HttpServletResponse response, Locale locale) {
        CallView call = calls.any(id);
        BindingResult bound = FormErrors.retarget(form, result, model);
        CallDefinition definition = definition(form, bound, request, call);
        if (bound.hasErrors()) {
            FormErrors.refused(response);
            return edit(call, form, model);
        }
        try {
            CallManagement.Notices notices = management.update(call.id(), definition, form.version() == null ? 0 : form.version());
            redirect.addFlashAttribute("flashSuccess", "calls.secretariat.saved");
            redirect.addFlashAttribute("callNotices", CallNoticeTexts.of(notices, messages, locale));
            return "redirect:/secretariat/calls/" + call.id();
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, bound, response);
            return edit(call, form, model);
        }
    }

    @PostMapping("/secretariat/calls/{id}/selection-rules")
    String saveRules(@PathVariable UUID id, @ModelAttribute("rulesForm") SelectionRulesForm rules, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        CallView call = calls.any(id);
        try {
            selectionRules.saveRules(call.id(), rules.selectionRules());
            redirect.addFlashAttribute("flashSuccess", "calls.rules.saved");
            return "redirect:/secretariat/calls/" + call.id() + "#selection-rules";
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return edit(call, form(call), model);
        }
    }

    private String edit(CallView call, CallForm form, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("hostKinds", Host.Kind.values());
        model.addAttribute("form", form.padRows());
        model.addAttribute("statuses", CallStatus.values());
        if (call != null && !model.containsAttribute("rulesForm")) {
            model.addAttribute("rulesForm", new SelectionRulesForm(selectionRules.rulesJson(call.id())));
        }
        return "calls/secretariat/edit";
    }

    /** The facts, tracks and hosts; the form and the rules have their builders and are kept as they are unless posted. */
    private CallForm form(CallView call) {
        return CallForm.of(call.definition(), call.version(), null, null);
    }

    /**
     * The definition the form describes; what cannot be read (a row without a number, JSON that does not
     * parse) goes into the binding result next to its field, the rest is checked by {@link CallManagement}. A form or
     * eligibility rules not posted are the call’s as they are (the builders edit them), a new call’s empty.
     */
    private CallDefinition definition(CallForm form, BindingResult result, WebRequest request, CallView call) {
        List<Track> tracks = new ArrayList<>();
        List<Host> hosts = new ArrayList<>();
        for (int i = 0; i < form.tracks().size(); i++) {
            CallForm.Row row = form.tracks().get(i);
            if (row != null && !row.isBlank()) {
                tracks.add(new Track(row.codeText(), row.text(), number(row, "tracks[" + i + "].number", result, request)));
            }
        }
        for (int i = 0; i < form.hosts().size(); i++) {
            CallForm.Row row = form.hosts().get(i);
            if (row != null && !row.isBlank()) {
                hosts.add(new Host(row.codeText(), row.text(), row.kind(), number(row, "hosts[" + i + "].number", result, request)));
            }
        }
        ApplicationForm applicationForm = call == null ? ApplicationForm.empty() : call.definition().form();
        String eligibility = form.eligibility() != null ? form.eligibility() : call == null ? "[]" : call.definition().eligibility();
        try {
            if (form.form() != null) {
                applicationForm = json.readValue(form.form(), ApplicationForm.class);
            }
        } catch (JacksonException e) {
            reject(result, "form", e);
        } catch (IllegalArgumentException e) {
            result.rejectValue("form", "calls.secretariat.badStructure");
        }
        try {
            json.readTree(eligibility);
        } catch (JacksonException e) {
            reject(result, "eligibility", e);
        }
        if (result.hasErrors()) {
            return null;
        }
        return new CallDefinition(strip(form.programmeCode()), strip(form.code()), strip(form.referencePrefix()),
                LocalizedText.of(form.title()), LocalizedText.of(form.description()), form.zone(), form.opens(), form.closes(),
                form.status(), form.refereeCount() == null ? 0 : form.refereeCount(),
                form.nominationQuota() == null ? 0 : form.nominationQuota(), tracks, hosts, applicationForm, eligibility,
                form.reopenBeforeDeadline());
    }

    /** A row's number; missing or not a number (Spring drops a nested record's type mismatch), refused with what was typed. */
    private static int number(CallForm.Row row, String field, BindingResult result, WebRequest request) {
        if (row.number() == null && !result.hasFieldErrors(field)) {
            result.addError(new FieldError(result.getObjectName(), field, request.getParameter(field), true,
                    result.resolveMessageCodes("calls.secretariat.badNumber", field), null, null));
        }
        return row.number() == null ? 0 : row.number();
    }

    /** Where the JSON went wrong, without the parser's internals. */
    private static void reject(BindingResult result, String field, JacksonException e) {
        var location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            result.rejectValue(field, "calls.secretariat.badStructure");
        } else {
            result.rejectValue(field, "calls.secretariat.badJson", new Object[] {location.getLineNr(), location.getColumnNr()}, null);
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
