package org.ansoplatform.review.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.review.Calibrations;
import org.ansoplatform.review.PanelNotes;
import org.ansoplatform.review.PanelProgress;
import org.ansoplatform.review.Rubrics;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat's reviewing pages of a panel: its rubric, the progress of reviews with closing and
 * calibration, the subjects whose reviewers disagreed (a further review, or the panel's discussion), and
 * the notes per subject.
 */
@Controller
class SecretariatReviewingPages {

    private static final int BLANK_ROWS = 2;

    private final Rubrics rubrics;
    private final Calibrations calibrations;
    private final PanelNotes notes;
    private final MessageSource messages;

    SecretariatReviewingPages(Rubrics rubrics, Calibrations calibrations, PanelNotes notes, MessageSource messages) {
        this.rubrics = rubrics;
        this.calibrations = calibrations;
        this.notes = notes;
        this.messages = messages;
    }

    @GetMapping("/secretariat/review/panels/{id}/rubric")
    String rubric(@PathVariable String id, Model model) {
        Rubrics.PanelRubric rubric = rubrics.rubric(ReviewingWeb.uuid(id));
        model.addAttribute("form", RubricForm.of(rubric.rubric(), rubric.editable() ? BLANK_ROWS : 0));
        return rubricPage(rubric, model);
    }

    private String rubricPage(Rubrics.PanelRubric rubric, Model model) {
        model.addAttribute("panel", rubric);
        return "reviewing/rubric";
    }

    @PostMapping("/secretariat/review/panels/{id}/rubric")
    String saveRubric(@PathVariable String id, @ModelAttribute("form") RubricForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        UUID panelId = ReviewingWeb.uuid(id);
        Rubrics.PanelRubric current = rubrics.rubric(panelId);
        if (!result.hasErrors()) {
            try {
                rubrics.save(panelId, form.rubric());
                redirect.addFlashAttribute("flashSuccess", "reviewing.rubric.saved");
                return "redirect:/secretariat/review/panels/" + panelId + "/rubric";
            } catch (InvalidInputException refusal) {
                FormErrors.apply(refusal, result);
            }
        }
        return rubricPage(current, model);
    }

    @PostMapping("/secretariat/review/panels/{id}/rubric/default")
    String useDefault(@PathVariable String id, RedirectAttributes redirect) {
        UUID panelId = ReviewingWeb.uuid(id);
        Flash.outcome(redirect, () -> rubrics.save(panelId, rubrics.defaultRubric()), "reviewing.rubric.saved");
        return "redirect:/secretariat/review/panels/" + panelId + "/rubric";
    }

    @GetMapping("/secretariat/review/panels/{id}/reviews")
    String progress(@PathVariable String id, Model model) {
        UUID panelId = ReviewingWeb.uuid(id);
        PanelProgress progress = calibrations.progress(panelId);
        model.addAttribute("progress", progress);
        model.addAttribute("biases", calibrations.biases(panelId));
        return "reviewing/progress";
    }

    @PostMapping("/secretariat/review/panels/{id}/reviews/close")
    String close(@PathVariable String id, @RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
        UUID panelId = ReviewingWeb.uuid(id);
        Flash.outcome(redirect, () -> calibrations.close(panelId, confirm), "reviewing.close.done");
        return "redirect:/secretariat/review/panels/" + panelId + "/reviews";
    }

    @PostMapping("/secretariat/review/panels/{id}/reviews/recalibrate")
    String recalibrate(@PathVariable String id, RedirectAttributes redirect) {
        UUID panelId = ReviewingWeb.uuid(id);
        Flash.outcome(redirect, () -> calibrations.recalibrate(panelId), "reviewing.recalibrate.done");
        return "redirect:/secretariat/review/panels/" + panelId + "/reviews";
    }

    @PostMapping("/secretariat/review/panels/{id}/subjects/{subjectId}/further")
    String furtherReview(@PathVariable String id, @PathVariable String subjectId, @RequestParam(defaultValue = "") String reviewerId,
            @RequestParam(defaultValue = "") String deadline, RedirectAttributes redirect) {
        UUID panelId = ReviewingWeb.uuid(id);
        try {
            Instant until = null;
            if (!deadline.isBlank()) {
                try {
                    until = LocalDateTime.parse(deadline).atZone(calibrations.zone(panelId)).toInstant();
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException("deadline", "reviewing.further.badDeadline");
                }
            }
            UUID reviewer;
            try {
                reviewer = UUID.fromString(reviewerId);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("reviewerId", "reviewing.further.notACandidate");
            }
            calibrations.requestFurtherReview(panelId, ReviewingWeb.uuid(subjectId), reviewer, until);
            redirect.addFlashAttribute("flashSuccess", "reviewing.further.done");
        } catch (InvalidInputException refusal) {
            redirect.addFlashAttribute("flashError", refusal.violations().get(0).messageKey());
        }
        return "redirect:/secretariat/review/panels/" + panelId + "/reviews#flagged";
    }

    @PostMapping("/secretariat/review/panels/{id}/subjects/{subjectId}/discussion")
    String discussion(@PathVariable String id, @PathVariable String subjectId, @RequestParam(defaultValue = "") String text,
            @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        UUID panelId = ReviewingWeb.uuid(id);
        Flash.outcome(redirect, () -> calibrations.recordDiscussion(panelId, ReviewingWeb.uuid(subjectId), text, me),
                "reviewing.discussion.recorded");
        return "redirect:/secretariat/review/panels/" + panelId + "/reviews#flagged";
    }

    @GetMapping("/secretariat/review/panels/{id}/subjects/{subjectId}/notes")
    String notes(@PathVariable String id, @PathVariable String subjectId, Model model) {
        return notesPage(ReviewingWeb.uuid(id), ReviewingWeb.uuid(subjectId), model, List.of());
    }

    private String notesPage(UUID panelId, UUID subjectId, Model model, List<String> errors) {
        model.addAttribute("notes", notes.list(panelId, subjectId));
        PanelProgress progress = calibrations.progress(panelId);
        model.addAttribute("progress", progress);
        model.addAttribute("subject", progress.subjects().stream().filter(s -> s.subjectId().equals(subjectId)).findFirst().orElseThrow());
        model.addAttribute("noteErrors", errors);
        return "reviewing/notes";
    }

    @PostMapping("/secretariat/review/panels/{id}/subjects/{subjectId}/notes")
    String addNote(@PathVariable String id, @PathVariable String subjectId, @RequestParam(defaultValue = "") String text,
            @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model, RedirectAttributes redirect) {
        UUID panelId = ReviewingWeb.uuid(id);
        UUID subject = ReviewingWeb.uuid(subjectId);
        try {
            notes.add(panelId, subject, text, PanelNotes.Kind.NOTE, me);
            redirect.addFlashAttribute("flashSuccess", "reviewing.note.added");
            return "redirect:/secretariat/review/panels/" + panelId + "/subjects/" + subject + "/notes";
        } catch (InvalidInputException refusal) {
            return notesPage(panelId, subject, model, FormErrors.all(FormErrors.byField(refusal, messages, locale)));
        }
    }
}
