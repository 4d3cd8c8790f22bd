package org.ansoplatform.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.review.panels.ConflictQueries;
import org.ansoplatform.review.panels.ConflictRegister;
import org.ansoplatform.review.panels.PanelQueries;
import org.ansoplatform.review.panels.PanelSetup;
import org.ansoplatform.review.panels.ReviewerPool;
import org.ansoplatform.review.panels.ReviewerPool.Relation;
import org.ansoplatform.review.panels.ReviewerPool.RelationKind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A reviewer's own pages: their panel invitations (accept or decline), the conflict declaration list of
 * a panel they accepted, and their profile's declared relations. Someone else's panel answers 404.
 */
@Controller
@RequestMapping("/reviewer")
@PreAuthorize("hasRole('REVIEWER')")
class ReviewerPanelPages {

    private final PanelSetup setup;
    private final PanelQueries panels;
    private final ConflictRegister conflicts;
    private final ConflictQueries conflictQueries;
    private final ReviewerPool reviewers;

    ReviewerPanelPages(PanelSetup setup, PanelQueries panels, ConflictRegister conflicts, ConflictQueries conflictQueries,
            ReviewerPool reviewers) {
        this.setup = setup;
        this.panels = panels;
        this.conflicts = conflicts;
        this.conflictQueries = conflictQueries;
        this.reviewers = reviewers;
    }

    @GetMapping("/panels")
    String invitations(@AuthenticationPrincipal SignedInPerson me, Model model) {
        model.addAttribute("invitations", panels.invitations(me.id()));
        return "review/panels/invitations";
    }

    @PostMapping("/panels/{id}/answer")
    String answer(@PathVariable UUID id, @RequestParam boolean accept, @AuthenticationPrincipal SignedInPerson me,
            RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> setup.answer(me.id(), id, accept), accept ? "review.invitation.accepted" : "review.invitation.declined");
        return "redirect:/reviewer/panels";
    }

    @GetMapping("/panels/{id}/conflicts")
    String declarations(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal SignedInPerson me,
            Locale locale, Model model) {
        model.addAttribute("declarations", conflictQueries.declarations(me.id(), id, page, locale));
        model.addAttribute("panel", panels.invitations(me.id()).stream().filter(i -> i.panelId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("panel " + id)));
        return "review/panels/declarations";
    }

    @PostMapping("/panels/{id}/conflicts")
    String declare(@PathVariable UUID id, @RequestParam UUID subject, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        // one inline row of the list: a refusal (too late) comes back as the flash's message
        Flash.outcome(redirect, () -> conflicts.declare(me.id(), id, subject, reason), "review.conflict.declaredFlash");
        return "redirect:/reviewer/panels/" + id + "/conflicts?page=" + page;
    }

    @PostMapping("/panels/{id}/conflicts/{subject}/withdrawal")
    String undo(@PathVariable UUID id, @PathVariable UUID subject, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> conflicts.undo(me.id(), id, subject), "review.conflict.undoneFlash");
        return "redirect:/reviewer/panels/" + id + "/conflicts?page=" + page;
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal SignedInPerson me, Model model) {
        model.addAttribute("reviewer", reviewers.ofPerson(me.id()).orElseThrow(() -> new NotFoundException("reviewer")));
        model.addAttribute("fields", reviewers.fields());
        model.addAttribute("kinds", RelationKind.values());
        return "review/panels/profile";
    }

    /** The profile's relations as parallel lists kind[i], value[i]; blank values are dropped, so a blank row adds nothing. */
    record RelationsForm(List<RelationKind> kind, List<String> value) {

        List<Relation> relations() {
            List<Relation> relations = new ArrayList<>();
            int n = Math.min(kind == null ? 0 : kind.size(), value == null ? 0 : value.size());
            for (int i = 0; i < n; i++) {
                relations.add(new Relation(kind.get(i), value.get(i)));
            }
            return relations;
        }
    }

    /** One list of rows saved at once: a refusal comes back as the flash's message above the form. */
    @PostMapping("/profile")
    String saveProfile(@ModelAttribute("relationsForm") RelationsForm form, BindingResult result,
            @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            Flash.refused(redirect, new InvalidInputException("kind", "review.pool.error.relationKind"));
        } else {
            Flash.outcome(redirect, () -> reviewers.updateRelations(me.id(), form.relations()), "flash.saved");
        }
        return "redirect:/reviewer/profile";
    }
}
