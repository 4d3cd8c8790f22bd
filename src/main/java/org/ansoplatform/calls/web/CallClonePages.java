package org.ansoplatform.calls.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.definition.NextRound;
import org.ansoplatform.calls.definition.YearMentions;
import org.ansoplatform.calls.offers.AwardTermsManagement;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Next year’s call: a proposal (code, prefix, title, description and dates a year on, the eligibility dates too) with
 * the places that still name a year listed, which the Secretariat corrects and confirms; the draft is then created.
 */
@Controller
class CallClonePages {

    /** The proposal as the Secretariat confirms it. */
    record CloneForm(String code, String referencePrefix, Map<String, String> title, Map<String, String> description,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime opens,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closes) {

        CloneForm {
            title = title == null ? Map.of() : title;
            description = description == null ? Map.of() : description;
        }

        static CloneForm of(NextRound.Proposal proposal) {
            return new CloneForm(proposal.code(), proposal.referencePrefix(), proposal.title().values(), proposal.description().values(),
                    proposal.opens(), proposal.closes());
        }
    }

    private final CallQueries calls;
    private final CallManagement management;
    private final AwardTermsManagement terms;

    CallClonePages(CallQueries calls, CallManagement management, AwardTermsManagement terms) {
        this.calls = calls;
        this.management = management;
        this.terms = terms;
    }

    @GetMapping("/secretariat/calls/{id}/clone")
    String proposal(@PathVariable UUID id, Model model) {
        CallView call = calls.any(id);
        return page(call, CloneForm.of(proposal(call)), model);
    }

    @PostMapping("/secretariat/calls/{id}/clone")
    String confirm(@PathVariable UUID id, @ModelAttribute("form") CloneForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        CallView call = calls.any(id);
        BindingResult bound = FormErrors.retarget(form, result, model);
        if (bound.hasErrors()) {
            FormErrors.refused(response);
            return page(call, form, model);
        }
        NextRound.Proposal proposed = proposal(call);
        try {
            UUID copy = management.cloneAsNextRound(call.id(), new NextRound.Proposal(strip(form.code()), strip(form.referencePrefix()),
                    LocalizedText.of(form.title()), LocalizedText.of(form.description()), form.opens(), form.closes(),
                    proposed.eligibility()));
            redirect.addFlashAttribute("flashSuccess", "calls.secretariat.cloned");
            return "redirect:/secretariat/calls/" + copy;
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, bound, response);
            return page(call, form, model);
        }
    }

    private NextRound.Proposal proposal(CallView call) {
        return NextRound.propose(call.definition(), code -> calls.byCode(code).isPresent());
    }

    private String page(CallView call, CloneForm form, Model model) {
        CallDefinition old = call.definition();
        Set<Integer> years = new TreeSet<>(NextRound.years(old));
        NextRound.years(old).forEach(year -> years.add(year + 1));
        CallDefinition proposed = new CallDefinition(old.programmeCode(), form.code(), form.referencePrefix(), LocalizedText.of(form.title()),
                LocalizedText.of(form.description()), old.zone(), form.opens() == null ? old.opens() : form.opens(),
                form.closes() == null ? old.closes() : form.closes(), old.status(), old.refereeCount(), old.nominationQuota(),
                old.tracks(), old.hosts(), old.form(), old.eligibility(), old.reopenBeforeDeadline());
        List<YearMentions.Mention> mentions = YearMentions.find(proposed, terms.of(call.id()), years);
        model.addAttribute("call", call);
        model.addAttribute("form", form);
        model.addAttribute("mentions", mentions);
        model.addAttribute("oldYears", NextRound.years(old));
        return "calls/secretariat/builder/clone";
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
