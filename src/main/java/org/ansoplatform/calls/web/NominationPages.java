package org.ansoplatform.calls.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.Calls;
import org.ansoplatform.calls.Nominations;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member organization's delegate nominates applicants; the Secretariat sees the statistics per organization. */
@Controller
class NominationPages {

    private final Nominations nominations;
    private final Calls calls;
    private final MessageSource messages;
    private final Clock clock;

    NominationPages(Nominations nominations, Calls calls, MessageSource messages, Clock clock) {
        this.nominations = nominations;
        this.calls = calls;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/representative/nominations")
    String list(@AuthenticationPrincipal SignedInPerson me, Model model) {
        OrganizationView organization = nominations.organizationOf(me).orElse(null);
        model.addAttribute("organization", organization);
        if (organization != null) {
            model.addAttribute("nominations", nominations.ofOrganization(organization.id()));
            List<CallView> open = calls.published().stream()
                    .filter(call -> call.accepting(clock.instant()) && call.definition().nominationQuota() > 0).toList();
            model.addAttribute("openCalls", open);
            model.addAttribute("used", open.stream().collect(java.util.stream.Collectors.toMap(CallView::id,
                    call -> nominations.used(call.id(), organization.id()))));
        }
        return "calls/nominations";
    }

    @PostMapping("/representative/nominations")
    String nominate(@RequestParam(defaultValue = "") String reference, @AuthenticationPrincipal SignedInPerson me, Locale locale,
            RedirectAttributes redirect) {
        try {
            nominations.nominate(reference, me);
            redirect.addFlashAttribute("flashSuccess", "calls.nomination.done");
        } catch (InvalidInputException refusal) {
            var violation = refusal.violations().get(0);
            redirect.addFlashAttribute("nominationError", messages.getMessage(violation.messageKey(), violation.args(), locale));
            redirect.addFlashAttribute("reference", reference);
        }
        return "redirect:/representative/nominations";
    }

    @PostMapping("/representative/nominations/{id}/withdraw")
    String withdraw(@PathVariable String id, @AuthenticationPrincipal SignedInPerson me, Locale locale, RedirectAttributes redirect) {
        try {
            nominations.withdraw(CallPages.uuid(id), me);
            redirect.addFlashAttribute("flashSuccess", "calls.nomination.withdrawn");
        } catch (InvalidInputException refusal) {
            var violation = refusal.violations().get(0);
            redirect.addFlashAttribute("nominationError", messages.getMessage(violation.messageKey(), violation.args(), locale));
        }
        return "redirect:/representative/nominations";
    }

    @GetMapping("/secretariat/calls/{id}/nominations")
    String statistics(@PathVariable String id, Model model) {
        CallView call = calls.any(CallPages.uuid(id));
        model.addAttribute("call", call);
        model.addAttribute("statistics", nominations.statistics(call.id()));
        return "calls/secretariat/nominations";
    }
}
