package org.ansoplatform.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.Htmx;
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
import org.ansoplatform.review.panels.ReviewerPool.ReviewerView;
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

    /** Empty rows offered below the stored relations. */
    private static final int BLANK_RELATIONS = 3;

    private final PanelSetup setup;
    private final PanelQueries panels;
    private final ConflictRegister conflicts;
    private final ConflictQueries conflictQueries;
    private final ReviewerPool reviewers;
    private final org.ansoplatform.shared.PersonOrcids orcids;

    ReviewerPanelPages(PanelSetup setup, PanelQueries panels, ConflictRegister conflicts, ConflictQueries conflictQueries,
            ReviewerPool reviewers, org.ansoplatform.shared.PersonOrcids orcids) {
        this.orcids = orcids;
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

    /** One row of the conflict list: the subject (hidden) and why, at most as long as the register keeps. */
    record DeclarationForm(UUID subject, @Size(max = ConflictRegister.MAX_REASON, message = "{review.form.tooLong}") String reason) {

        static final String NAME = "declarationForm";
    }

    @GetMapping("/panels/{id}/conflicts")
    String declarations(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal SignedInPerson me,
            Locale locale, Model model) {
        return declarationsPage(id, page, me, locale, model);
    }

    /**
     * The list, every row with an empty declaration form; after a refusal {@code refusedSubject} names the
     * row that shows the refused form (in the model with its errors).
     */
    private String declarationsPage(UUID id, int page, SignedInPerson me, Locale locale, Model model) {
        model.addAttribute("declarations", conflictQueries.declarations(me.id(), id, page, locale));
        model.addAttribute("panel", panels.invitations(me.id()).stream().filter(i -> i.panelId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("panel " + id)));
        model.addAttribute("blankDeclarationForm", new DeclarationForm(null, ""));
        return "review/panels/declarations";
    }

    /**
     * One inline row of the list: a refusal (too late, a reason too long) shows the page again (422), in that row.
     * With htmx only the row is answered, declared or refused, so a long list does not jump to its top; without
     * JavaScript the redirect goes back to the row's anchor on its page.
     */
    @PostMapping("/panels/{id}/conflicts")
    String declare(@PathVariable UUID id, @Valid @ModelAttribute(DeclarationForm.NAME) DeclarationForm form, BindingResult result,
            @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal SignedInPerson me, HttpServletResponse response,
            Htmx htmx, Locale locale, Model model, RedirectAttributes redirect) {
        if (form.subject() == null) {
            throw new NotFoundException("subject"); // the row's hidden id missing or malformed: like an unknown subject
        }
        boolean declared = false;
        if (!result.hasErrors()) {
            try {
                conflicts.declare(me.id(), id, form.subject(), form.reason());
                declared = true;
            } catch (InvalidInputException refusal) {
                FormErrors.apply(refusal, result);
            }
        }
        if (declared && !htmx.fragmentWanted()) {
            redirect.addFlashAttribute("flashSuccess", "review.conflict.declaredFlash");
            return "redirect:/reviewer/panels/" + id + "/conflicts?page=" + page + "#subject-" + form.subject();
        }
        if (!declared) {
            FormErrors.refused(response);
            model.addAttribute("refusedSubject", form.subject());
        }
        String view = declarationsPage(id, page, me, locale, model);
        if (!htmx.fragmentWanted()) {
            return view;
        }
        var row = ((ConflictQueries.DeclarationPage) model.getAttribute("declarations")).rows().items().stream()
                .filter(candidate -> candidate.subjectId().equals(form.subject())).findFirst()
                .orElseThrow(() -> new NotFoundException("subject " + form.subject()));
        model.addAttribute("row", row);
        return view + " :: row";
    }

    @PostMapping("/panels/{id}/conflicts/{subject}/withdrawal")
    String undo(@PathVariable UUID id, @PathVariable UUID subject, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> conflicts.undo(me.id(), id, subject), "review.conflict.undoneFlash");
        return "redirect:/reviewer/panels/" + id + "/conflicts?page=" + page;
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal SignedInPerson me, Model model) {
        ReviewerView reviewer = reviewer(me);
        model.addAttribute(RelationsForm.NAME, RelationsForm.of(reviewer.relations(), BLANK_RELATIONS));
        return profilePage(reviewer, model);
    }

    private ReviewerView reviewer(SignedInPerson me) {
        return reviewers.ofPerson(me.id()).orElseThrow(() -> new NotFoundException("reviewer"));
    }

    private String profilePage(ReviewerView reviewer, Model model) {
        model.addAttribute("reviewer", reviewer);
        model.addAttribute("orcid", orcids.of(reviewer.personId()).orElse(null));
        model.addAttribute("fields", reviewers.fields());
        model.addAttribute("kinds", RelationKind.values());
        return "review/panels/profile";
    }

    /** One declared relation; a blank value adds nothing. */
    record RelationRow(RelationKind kind,
            @Size(max = ReviewerPool.MAX_RELATION_LENGTH, message = "{review.form.tooLong}") String value) {
    }

    /** The profile's relations as rows relations[i].kind, relations[i].value, saved at once; row i is relation i for the pool. */
    record RelationsForm(@Valid List<RelationRow> relations) {

        static final String NAME = "relationsForm";

        RelationsForm {
            // rows skipped in the numbering come as blank rows, so that every row can be shown again
            relations = relations == null ? List.of()
                    : relations.stream().map(row -> row == null ? new RelationRow(null, "") : row).toList();
        }

        static RelationsForm of(List<Relation> stored, int blankRows) {
            List<RelationRow> rows = new ArrayList<>();
            stored.forEach(relation -> rows.add(new RelationRow(relation.kind(), relation.value())));
            for (int i = 0; i < blankRows; i++) {
                rows.add(new RelationRow(null, ""));
            }
            return new RelationsForm(rows);
        }

        List<Relation> toRelations() {
            return relations.stream().map(row -> new Relation(row.kind(), row.value())).toList();
        }
    }

    /** The relations as typed: a kind of the wrong kind or a refusal shows the rows again (422), each problem on its row. */
    @PostMapping("/profile")
    String saveProfile(@Valid @ModelAttribute(RelationsForm.NAME) RelationsForm form, BindingResult result,
            @AuthenticationPrincipal SignedInPerson me, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ReviewerView reviewer = reviewer(me);
        BindingResult bound = FormErrors.retarget(form, result, model);
        if (!bound.hasErrors()) {
            try {
                reviewers.updateRelations(me.id(), form.toRelations());
                redirect.addFlashAttribute("flashSuccess", "flash.saved");
                return "redirect:/reviewer/profile";
            } catch (InvalidInputException refusal) {
                FormErrors.apply(refusal, bound);
            }
        }
        FormErrors.refused(response);
        return profilePage(reviewer, model);
    }
}
