package org.ansoplatform.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.review.Conflicts;
import org.ansoplatform.review.Panels;
import org.ansoplatform.review.Reviewers;
import org.ansoplatform.review.Reviewers.Relation;
import org.ansoplatform.review.Reviewers.RelationKind;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

    private final Panels panels;
    private final Conflicts conflicts;
    private final Reviewers reviewers;
    private final MessageSource messages;

    ReviewerPanelPages(Panels panels, Conflicts conflicts, Reviewers reviewers, MessageSource messages) {
        this.panels = panels;
        this.conflicts = conflicts;
        this.reviewers = reviewers;
        this.messages = messages;
    }

    @GetMapping("/panels")
    String invitations(@AuthenticationPrincipal SignedInPerson me, Model model) {
        model.addAttribute("invitations", panels.invitations(me.id()));
        return "review/panels/invitations";
    }

    @PostMapping("/panels/{id}/answer")
    String answer(@PathVariable UUID id, @RequestParam boolean accept, @AuthenticationPrincipal SignedInPerson me,
            RedirectAttributes redirect, Locale locale) {
        try {
            panels.answer(me.id(), id, accept);
            redirect.addFlashAttribute("flashSuccess", accept ? "review.invitation.accepted" : "review.invitation.declined");
        } catch (InvalidInputException refusal) {
            refused(refusal, redirect, locale);
        }
        return "redirect:/reviewer/panels";
    }

    @GetMapping("/panels/{id}/conflicts")
    String declarations(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal SignedInPerson me,
            Locale locale, Model model) {
        model.addAttribute("declarations", conflicts.declarations(me.id(), id, page, locale));
        model.addAttribute("panel", panels.invitations(me.id()).stream().filter(i -> i.panelId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("panel " + id)));
        return "review/panels/declarations";
    }

    @PostMapping("/panels/{id}/conflicts")
    String declare(@PathVariable UUID id, @RequestParam UUID subject, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect,
            Locale locale) {
        try {
            conflicts.declare(me.id(), id, subject, reason);
            redirect.addFlashAttribute("flashSuccess", "review.conflict.declaredFlash");
        } catch (InvalidInputException refusal) {
            refused(refusal, redirect, locale);
        }
        return "redirect:/reviewer/panels/" + id + "/conflicts?page=" + page;
    }

    @PostMapping("/panels/{id}/conflicts/{subject}/withdrawal")
    String undo(@PathVariable UUID id, @PathVariable UUID subject, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect, Locale locale) {
        try {
            conflicts.undo(me.id(), id, subject);
            redirect.addFlashAttribute("flashSuccess", "review.conflict.undoneFlash");
        } catch (InvalidInputException refusal) {
            refused(refusal, redirect, locale);
        }
        return "redirect:/reviewer/panels/" + id + "/conflicts?page=" + page;
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal SignedInPerson me, Model model) {
        model.addAttribute("reviewer", reviewers.ofPerson(me.id()).orElseThrow(() -> new NotFoundException("reviewer")));
        model.addAttribute("fields", reviewers.fields());
        model.addAttribute("kinds", RelationKind.values());
        return "review/panels/profile";
    }

    /** Parallel lists kind[i], value[i]; blank values are dropped, so a blank row adds nothing. */
    @PostMapping("/profile")
    String saveProfile(@RequestParam(required = false) List<String> kind, @RequestParam(required = false) List<String> value,
            @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect, Locale locale) {
        List<Relation> relations = new ArrayList<>();
        int n = Math.min(kind == null ? 0 : kind.size(), value == null ? 0 : value.size());
        for (int i = 0; i < n; i++) {
            RelationKind k;
            try {
                k = RelationKind.valueOf(kind.get(i));
            } catch (IllegalArgumentException e) {
                k = null;
            }
            relations.add(new Relation(k, value.get(i)));
        }
        try {
            reviewers.updateRelations(me.id(), relations);
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
        } catch (InvalidInputException refusal) {
            refused(refusal, redirect, locale);
        }
        return "redirect:/reviewer/profile";
    }

    private void refused(InvalidInputException refusal, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("errors", refusal.violations().stream()
                .map(v -> messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale)).toList());
    }
}
