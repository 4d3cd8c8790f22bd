package org.ansoplatform.review.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.review.PanelProgress;
import org.ansoplatform.review.ReviewOutcomes.PanelStatus;
import org.ansoplatform.review.reviewing.Calibrator;
import org.ansoplatform.review.reviewing.FurtherReviewPlanner;
import org.ansoplatform.review.reviewing.PanelNotebook;
import org.ansoplatform.review.reviewing.ProgressQueries;
import org.ansoplatform.review.reviewing.RubricEditor;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The Secretariat's reviewing pages of a panel: its rubric, the progress of reviews with closing and
 * calibration, the subjects whose reviewers disagreed (a further review, or the panel's discussion), and
 * the notes per subject.
 */
@Controller
@RequestMapping("/secretariat/review/panels/{id}")
class SecretariatReviewingPages {

    private static final int BLANK_ROWS = 2;

    private final RubricEditor rubrics;
    private final Calibrator calibrator;
    private final ProgressQueries progress;
    private final FurtherReviewPlanner further;
    private final PanelNotebook notes;

    SecretariatReviewingPages(RubricEditor rubrics, Calibrator calibrator, ProgressQueries progress, FurtherReviewPlanner further,
            PanelNotebook notes) {
        this.rubrics = rubrics;
        this.calibrator = calibrator;
        this.progress = progress;
        this.further = further;
        this.notes = notes;
    }

    /** A further reviewer chosen among the candidates, and their own deadline (local, in the panel's zone), if any. */
    record FurtherReviewForm(@NotNull(message = "{reviewing.further.notACandidate}") UUID reviewerId,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime deadline) {

        static final String NAME = "furtherForm";
    }

    /** The panel's discussion of a subject whose reviewers disagreed; the notebook refuses an empty one. */
    record DiscussionForm(@Size(max = PanelNotebook.MAX_LENGTH, message = "{review.form.tooLong}") String text) {

        static final String NAME = "discussionForm";
    }

    record NoteForm(String text) {
    }

    @GetMapping("/rubric")
    String rubric(@PathVariable UUID id, Model model) {
        RubricEditor.PanelRubric rubric = rubrics.rubric(id);
        model.addAttribute("form", RubricForm.of(rubric.rubric(), rubric.editable() ? BLANK_ROWS : 0));
        model.addAttribute("panel", rubric);
        return "reviewing/rubric";
    }

    /** The rubric's criteria are rows of data: a refused save shows each problem on its row's field (422). */
    @PostMapping("/rubric")
    String saveRubric(@PathVariable UUID id, @Valid @ModelAttribute("form") RubricForm form, BindingResult result,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        RubricEditor.PanelRubric current = rubrics.rubric(id);
        if (!result.hasErrors()) {
            try {
                rubrics.save(id, form.rubric());
                redirect.addFlashAttribute("flashSuccess", "reviewing.rubric.saved");
                return "redirect:/secretariat/review/panels/" + id + "/rubric";
            } catch (InvalidInputException refusal) {
                FormErrors.apply(refusal, result);
            }
        }
        FormErrors.refused(response);
        model.addAttribute("panel", current);
        return "reviewing/rubric";
    }

    @PostMapping("/rubric/default")
    String useDefault(@PathVariable UUID id, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> rubrics.save(id, rubrics.defaultRubric()), "reviewing.rubric.saved");
        return "redirect:/secretariat/review/panels/" + id + "/rubric";
    }

    @GetMapping("/reviews")
    String progress(@PathVariable UUID id, Model model) {
        return progressPage(id, model);
    }

    /**
     * The progress page, with an empty further review and discussion form for every subject listed; after a
     * refusal, {@code refusedForm} names the refused form (in the model with its errors) and
     * {@code refusedSubject} the subject whose row shows it.
     */
    private String progressPage(UUID id, Model model) {
        PanelProgress shown = progress.progress(id);
        model.addAttribute("progress", shown);
        if (shown.status() == PanelStatus.REVIEWING) {
            model.addAttribute("missing", progress.missing(id));
        }
        model.addAttribute("biases", progress.biases(id));
        model.addAttribute("blankFurtherForm", new FurtherReviewForm(null, null));
        model.addAttribute("blankDiscussionForm", new DiscussionForm(""));
        return "reviewing/progress";
    }

    private String refused(UUID id, String form, UUID subjectId, HttpServletResponse response, Model model) {
        FormErrors.refused(response);
        model.addAttribute("refusedForm", form);
        model.addAttribute("refusedSubject", subjectId);
        return progressPage(id, model);
    }

    @PostMapping("/reviews/close")
    String close(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> calibrator.close(id, confirm), "reviewing.close.done");
        return "redirect:/secretariat/review/panels/" + id + "/reviews";
    }

    @PostMapping("/reviews/recalibrate")
    String recalibrate(@PathVariable UUID id, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> calibrator.recalibrate(id), "reviewing.recalibrate.done");
        return "redirect:/secretariat/review/panels/" + id + "/reviews";
    }

    /**
     * One of the progress page's inline forms (one per flagged subject, or short of reviewers): a refusal, or
     * a value of the wrong kind, shows the page again (422) with the message next to the field in that
     * subject's row and at the top of the page.
     */
    @PostMapping("/subjects/{subjectId}/further")
    String furtherReview(@PathVariable UUID id, @PathVariable UUID subjectId,
            @Valid @ModelAttribute(FurtherReviewForm.NAME) FurtherReviewForm form, BindingResult result, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        BindingResult bound = FormErrors.retarget(form, result, model);
        if (!bound.hasErrors()) {
            try {
                Instant until = form.deadline() == null ? null : form.deadline().atZone(progress.zone(id)).toInstant();
                further.requestFurtherReview(id, subjectId, form.reviewerId(), until);
                redirect.addFlashAttribute("flashSuccess", "reviewing.further.done");
                return "redirect:/secretariat/review/panels/" + id + "/reviews#flagged";
            } catch (InvalidInputException refusal) {
                FormErrors.apply(refusal, bound);
            }
        }
        return refused(id, FurtherReviewForm.NAME, subjectId, response, model);
    }

    /** The discussion's inline form of a flagged subject: refused like a further review, in its row. */
    @PostMapping("/subjects/{subjectId}/discussion")
    String discussion(@PathVariable UUID id, @PathVariable UUID subjectId, @Valid @ModelAttribute(DiscussionForm.NAME) DiscussionForm form,
            BindingResult result, @AuthenticationPrincipal SignedInPerson me, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                further.recordDiscussion(id, subjectId, form.text(), me);
                redirect.addFlashAttribute("flashSuccess", "reviewing.discussion.recorded");
                return "redirect:/secretariat/review/panels/" + id + "/reviews#flagged";
            } catch (InvalidInputException refusal) {
                FormErrors.apply(refusal, result);
            }
        }
        return refused(id, DiscussionForm.NAME, subjectId, response, model);
    }

    @GetMapping("/subjects/{subjectId}/notes")
    String notes(@PathVariable UUID id, @PathVariable UUID subjectId, Model model) {
        model.addAttribute("noteForm", new NoteForm(""));
        return notesPage(id, subjectId, model);
    }

    private String notesPage(UUID panelId, UUID subjectId, Model model) {
        model.addAttribute("notes", notes.list(panelId, subjectId));
        PanelProgress shown = progress.progress(panelId);
        model.addAttribute("progress", shown);
        model.addAttribute("subject", shown.subjects().stream().filter(s -> s.subjectId().equals(subjectId)).findFirst().orElseThrow());
        return "reviewing/notes";
    }

    @PostMapping("/subjects/{subjectId}/notes")
    String addNote(@PathVariable UUID id, @PathVariable UUID subjectId, @Valid @ModelAttribute("noteForm") NoteForm form,
            BindingResult result, @AuthenticationPrincipal SignedInPerson me, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        try {
            notes.add(id, subjectId, form.text(), PanelNotebook.Kind.NOTE, me);
            redirect.addFlashAttribute("flashSuccess", "reviewing.note.added");
            return "redirect:/secretariat/review/panels/" + id + "/subjects/" + subjectId + "/notes";
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return notesPage(id, subjectId, model);
        }
    }
}
