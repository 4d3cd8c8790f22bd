package org.ansoplatform.calls.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.intake.NominationManagement;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member organization's delegate nominates applicants; the Secretariat sees the statistics per organization. */
@Controller
class NominationPages {

    private final NominationManagement nominations;
    private final CallQueries calls;
    private final Clock clock;

    NominationPages(NominationManagement nominations, CallQueries calls, Clock clock) {
        this.nominations = nominations;
        this.calls = calls;
        this.clock = clock;
    }

    @GetMapping("/representative/nominations")
    String list(@AuthenticationPrincipal SignedInPerson me, Model model) {
        return page(me, new NominationForm("", ""), model);
    }

    private String page(SignedInPerson me, NominationForm form, Model model) {
        OrganizationView organization = nominations.organizationOf(me).orElse(null);
        model.addAttribute("organization", organization);
        model.addAttribute("form", form);
        if (organization != null) {
            model.addAttribute("nominations", nominations.ofOrganization(organization.id()));
            List<CallView> open = calls.published().stream()
                    .filter(call -> call.accepting(clock.instant()) && call.definition().nominationQuota() > 0).toList();
            model.addAttribute("openCalls", open);
            model.addAttribute("used", open.stream().collect(Collectors.toMap(CallView::id,
                    call -> nominations.used(call.id(), organization.id()))));
        }
        return "calls/nominations";
    }

    @PostMapping("/representative/nominations")
    String nominate(@ModelAttribute("form") NominationForm form, BindingResult result, @AuthenticationPrincipal SignedInPerson me,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            nominations.nominate(form.reference(), form.code(), me);
            redirect.addFlashAttribute("flashSuccess", "calls.nomination.done");
            return "redirect:/representative/nominations";
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return page(me, form, model);
        }
    }

    @PostMapping("/representative/nominations/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> nominations.withdraw(id, me), "calls.nomination.withdrawn");
        return "redirect:/representative/nominations";
    }

    @GetMapping("/secretariat/calls/{id}/nominations")
    String statistics(@PathVariable UUID id, Model model) {
        CallView call = calls.any(id);
        model.addAttribute("call", call);
        model.addAttribute("statistics", nominations.statistics(call.id()));
        return "calls/secretariat/nominations";
    }
}
