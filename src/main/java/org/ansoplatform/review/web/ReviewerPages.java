package org.ansoplatform.review.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.Htmx;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.review.ReviewPage;
import org.ansoplatform.review.reviewing.PanelNotebook;
import org.ansoplatform.review.reviewing.ReviewDesk;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewer's pages: their reviews across panels, one subject's review page with the rubric form
 * (htmx saves the whole form as it is typed; the button does the same without JavaScript), submission,
 * declining, the subject's documents and, after submitting, the panel's notes.
 */
@Controller
class ReviewerPages {

    static final String VIEW = "reviewing/review";

    private final ReviewDesk reviews;
    private final PanelNotebook notes;
    private final FileStorage files;
    private final Clock clock;

    ReviewerPages(ReviewDesk reviews, PanelNotebook notes, FileStorage files, Clock clock) {
        this.reviews = reviews;
        this.notes = notes;
        this.files = files;
        this.clock = clock;
    }

    record DeclineForm(String reason) {
    }

    record NoteForm(String text) {
    }

    @GetMapping("/reviewer/reviews")
    String mine(@AuthenticationPrincipal SignedInPerson me, Model model) {
        model.addAttribute("reviews", reviews.mine(me));
        return "reviewing/mine";
    }

    @GetMapping("/reviewer/reviews/{id}")
    String review(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model) {
        return page(id, me, locale, model);
    }

    /** The page; forms already in the model (the refused one, with its binding result) are kept. */
    private String page(UUID id, SignedInPerson me, Locale locale, Model model) {
        ReviewPage page = reviews.page(id, me, locale);
        model.addAttribute("page", page);
        model.addAttribute("review", page.review());
        if (!model.containsAttribute(ReviewForm.NAME)) {
            bind(ReviewForm.shown(page.review()), model);
        }
        if (!model.containsAttribute("declineForm")) {
            model.addAttribute("declineForm", new DeclineForm(""));
        }
        if (!model.containsAttribute("noteForm")) {
            model.addAttribute("noteForm", new NoteForm(""));
        }
        model.addAttribute("notes", page.review().submitted() ? notes.forReviewer(id, me) : List.of());
        return VIEW;
    }

    /** The rubric form's values (by field name) and their binding result, empty of errors. */
    private static BindingResult bind(Map<String, String> values, Model model) {
        BindingResult result = new MapBindingResult(values, ReviewForm.NAME);
        model.addAttribute(ReviewForm.NAME, values);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + ReviewForm.NAME, result);
        return result;
    }

    /** The rubric form as typed and its refusal, for the page or the autosave's status line. */
    private static void refused(ReviewForm form, InvalidInputException refusal, HttpServletResponse response, Model model) {
        FormErrors.refuse(refusal, bind(form.typed(), model), response);
    }

    /** Autosave (htmx, answers with a status line) or the plain form's save button (the whole page); refused: 422. */
    @PostMapping("/reviewer/reviews/{id}/draft")
    String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> posted, Htmx htmx,
            @AuthenticationPrincipal SignedInPerson me, HttpServletResponse response, Locale locale, Model model,
            RedirectAttributes redirect) {
        ReviewForm form = ReviewForm.of(posted);
        try {
            reviews.saveDraft(id, form.scores(), form.comments(), me);
            if (htmx.fragmentWanted()) {
                bind(form.typed(), model);
                model.addAttribute("savedAt", clock.instant());
                return htmx.view(VIEW, "save-status");
            }
            redirect.addFlashAttribute("flashSuccess", "reviewing.review.saved");
            return "redirect:/reviewer/reviews/" + id;
        } catch (InvalidInputException refusal) {
            refused(form, refusal, response, model);
            return htmx.fragmentWanted() ? htmx.view(VIEW, "save-status") : page(id, me, locale, model);
        }
    }

    @PostMapping("/reviewer/reviews/{id}/submit")
    String submit(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> posted, @AuthenticationPrincipal SignedInPerson me,
            HttpServletResponse response, Locale locale, Model model, RedirectAttributes redirect) {
        ReviewForm form = ReviewForm.of(posted);
        try {
            reviews.submit(id, form.scores(), form.comments(), me);
            redirect.addFlashAttribute("flashSuccess", "reviewing.review.submitted");
            return "redirect:/reviewer/reviews/" + id;
        } catch (InvalidInputException refusal) {
            refused(form, refusal, response, model);
            return page(id, me, locale, model);
        }
    }

    @PostMapping("/reviewer/reviews/{id}/decline")
    String decline(@PathVariable UUID id, @Valid @ModelAttribute("declineForm") DeclineForm form, BindingResult result,
            @AuthenticationPrincipal SignedInPerson me, HttpServletResponse response, Locale locale, Model model,
            RedirectAttributes redirect) {
        try {
            reviews.decline(id, form.reason(), me);
            redirect.addFlashAttribute("flashSuccess", "reviewing.review.declinedNotice");
            return "redirect:/reviewer/reviews";
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return page(id, me, locale, model);
        }
    }

    @GetMapping("/reviewer/reviews/{id}/documents/{fileId}")
    ResponseEntity<Resource> document(@PathVariable UUID id, @PathVariable UUID fileId, @AuthenticationPrincipal SignedInPerson me,
            Locale locale) {
        StoredFile file = reviews.document(id, fileId, me, locale);
        return ResponseEntity.ok()
                // a neutral name: the uploader's file name could identify the applicant to a blind panel
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.neutralName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .body(new InputStreamResource(files.open(file)));
    }

    @PostMapping("/reviewer/reviews/{id}/notes")
    String note(@PathVariable UUID id, @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult result,
            @AuthenticationPrincipal SignedInPerson me, HttpServletResponse response, Locale locale, Model model,
            RedirectAttributes redirect) {
        try {
            notes.addByReviewer(id, form.text(), me);
            redirect.addFlashAttribute("flashSuccess", "reviewing.note.added");
            return "redirect:/reviewer/reviews/" + id + "#notes";
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return page(id, me, locale, model);
        }
    }
}
