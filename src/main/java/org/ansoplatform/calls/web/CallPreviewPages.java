package org.ansoplatform.calls.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.eligibility.Eligibility;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Secretariat reads a call’s form as an applicant will, drafts included: the same questions with the same
 * inputs (disabled: nothing is saved), their required and required-if marks, and the rules as the public page
 * words them.
 */
@Controller
class CallPreviewPages {

    private final CallQueries calls;
    private final MessageSource messages;

    CallPreviewPages(CallQueries calls, MessageSource messages) {
        this.calls = calls;
        this.messages = messages;
    }

    @GetMapping("/secretariat/calls/{id}/preview")
    String preview(@PathVariable UUID id, Locale locale, Model model) {
        CallView call = calls.any(id);
        Map<String, Object> answers = new LinkedHashMap<>();
        model.addAttribute("call", call);
        model.addAttribute("sections", ApplicationForms.sections(call, answers));
        model.addAttribute("rules", Eligibility.fromJson(call.definition().eligibility()).stream()
                .map(rule -> Eligibility.describe(rule, messages, locale)).toList());
        // what the shared question fragments read on an application's page: its binding result, its id, no searches
        model.addAttribute(ApplicationPageModel.FORM, answers);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + ApplicationPageModel.FORM, new MapBindingResult(answers, ApplicationPageModel.FORM));
        model.addAttribute("app", Map.of("id", call.id()));
        model.addAttribute("organizationMatches", Map.of());
        model.addAttribute("organizationSearched", Map.of());
        return "calls/secretariat/builder/preview";
    }
}
