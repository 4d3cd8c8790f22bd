package org.ansoplatform.review.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.review.panels.AssignmentRunner;
import org.ansoplatform.review.panels.ConflictRegister;
import org.ansoplatform.review.panels.PairingEditor;
import org.ansoplatform.review.panels.PanelQueries;
import org.ansoplatform.review.panels.RunSummary;
import org.ansoplatform.review.web.PanelForms.ConflictForm;
import org.ansoplatform.review.web.PanelForms.PairingForm;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Secretariat's panel page, its assignment side: conflicts it records, pins and bans, running the assignment. */
@Controller
@RequestMapping("/secretariat/review/panels/{id}")
@PreAuthorize("hasRole('SECRETARIAT')")
class PanelAssignmentPages {

    private final ConflictRegister conflicts;
    private final PairingEditor pairings;
    private final AssignmentRunner assignments;
    private final PanelQueries panels;
    private final PanelPageModel page;
    private final MessageSource messages;

    PanelAssignmentPages(ConflictRegister conflicts, PairingEditor pairings, AssignmentRunner assignments, PanelQueries panels,
            PanelPageModel page, MessageSource messages) {
        this.conflicts = conflicts;
        this.pairings = pairings;
        this.assignments = assignments;
        this.panels = panels;
        this.page = page;
        this.messages = messages;
    }

    @PostMapping("/conflicts")
    String addConflict(@PathVariable UUID id, @Valid @ModelAttribute("conflictForm") ConflictForm form, BindingResult result,
            HttpServletResponse response, Locale locale, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                UUID subject = form.subject() != null ? form.subject() : panels.subjectByReference(id, form.subjectRef(), "subjectRef");
                conflicts.add(id, subject, form.reviewer(), form.reason());
                redirect.addFlashAttribute("flashSuccess", "flash.saved");
                return "redirect:" + PanelPages.BASE + "/" + id;
            } catch (InvalidInputException refusal) {
                FormErrors.apply(refusal, result);
            }
        }
        FormErrors.refused(response);
        return page.page(id, PanelPageModel.Shown.first(), locale, model);
    }

    @PostMapping("/pairings")
    String pairing(@PathVariable UUID id, @Valid @ModelAttribute("pairingForm") PairingForm form, BindingResult result,
            HttpServletResponse response, Locale locale, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                UUID subject = form.subject() != null || form.subjectRef() == null ? form.subject()
                        : panels.subjectByReference(id, form.subjectRef(), "subjectRef");
                pairings.setPairing(id, subject, form.reviewer(), form.kind());
                redirect.addFlashAttribute("flashSuccess", "flash.saved");
                return "redirect:" + PanelPages.BASE + "/" + id;
            } catch (InvalidInputException refusal) {
                FormErrors.apply(refusal, result);
            }
        }
        FormErrors.refused(response);
        return page.page(id, PanelPageModel.Shown.first(), locale, model);
    }

    @PostMapping("/assignment")
    String assign(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        try {
            RunSummary run = assignments.run(id);
            if (!run.feasible()) {
                redirect.addFlashAttribute("explanations", PanelPages.explanations(run, messages, locale));
            } else {
                redirect.addFlashAttribute("flashSuccess", "review.assignment.stored");
            }
        } catch (InvalidInputException refusal) {
            Flash.refused(redirect, refusal);
        }
        return "redirect:" + PanelPages.BASE + "/" + id;
    }
}
