package org.ansoplatform.review.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.review.PanelNotes;
import org.ansoplatform.review.ReviewPage;
import org.ansoplatform.review.Reviews;
import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewer's pages: their reviews across panels, one subject's review page with the rubric form
 * (htmx saves the whole form as it is typed; the button does the same without JavaScript), submission,
 * declining, the subject's documents and, after submitting, the panel's notes.
 */
@Controller
class ReviewerPages {

    private final Reviews reviews;
    private final PanelNotes notes;
    private final FileStorage files;
    private final MessageSource messages;
    private final Clock clock;

    ReviewerPages(Reviews reviews, PanelNotes notes, FileStorage files, MessageSource messages, Clock clock) {
        this.reviews = reviews;
        this.notes = notes;
        this.files = files;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/reviewer/reviews")
    String mine(@AuthenticationPrincipal SignedInPerson me, Model model) {
        model.addAttribute("reviews", reviews.mine(me));
        return "reviewing/mine";
    }

    @GetMapping("/reviewer/reviews/{id}")
    String review(@PathVariable String id, @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model) {
        return page(ReviewingWeb.uuid(id), me, locale, model, null, null, Map.of());
    }

    private String page(UUID id, SignedInPerson me, Locale locale, Model model, Map<String, String> scores,
            Map<String, String> comments, Map<String, List<String>> errors) {
        ReviewPage page = reviews.page(id, me, locale);
        model.addAttribute("page", page);
        model.addAttribute("review", page.review());
        model.addAttribute("scores", scores != null ? scores : shown(page.review().scores()));
        model.addAttribute("comments", comments != null ? comments : page.review().comments());
        model.addAttribute("errors", errors);
        model.addAttribute("allErrors", FormErrors.all(errors));
        model.addAttribute("notes", page.review().submitted() ? notes.forReviewer(id, me) : List.of());
        return "reviewing/review";
    }

    private static Map<String, String> shown(Map<String, Double> scores) {
        Map<String, String> shown = new LinkedHashMap<>();
        scores.forEach((key, value) -> shown.put(key, value == Math.rint(value) ? String.valueOf(value.longValue()) : value.toString()));
        return shown;
    }

    /** Autosave (htmx, answers with a status line) or the plain form's save button (the whole page). */
    @PostMapping("/reviewer/reviews/{id}/draft")
    String save(@PathVariable String id, @RequestParam MultiValueMap<String, String> posted,
            @RequestHeader(value = "HX-Request", required = false) String htmx, @AuthenticationPrincipal SignedInPerson me,
            Locale locale, Model model, RedirectAttributes redirect) {
        UUID reviewId = ReviewingWeb.uuid(id);
        ReviewForm form = ReviewForm.of(posted);
        try {
            reviews.saveDraft(reviewId, form.scores(), form.comments(), me);
            if ("true".equals(htmx)) {
                model.addAttribute("savedAt", clock.instant());
                model.addAttribute("saveErrors", List.of());
                return "reviewing/review :: save-status";
            }
            redirect.addFlashAttribute("flashSuccess", "reviewing.review.saved");
            return "redirect:/reviewer/reviews/" + reviewId;
        } catch (InvalidInputException refusal) {
            Map<String, List<String>> errors = FormErrors.byField(refusal, messages, locale);
            if ("true".equals(htmx)) {
                model.addAttribute("saveErrors", FormErrors.all(errors));
                return "reviewing/review :: save-status";
            }
            return page(reviewId, me, locale, model, form.typedScores(), form.typedComments(), errors);
        }
    }

    @PostMapping("/reviewer/reviews/{id}/submit")
    String submit(@PathVariable String id, @RequestParam MultiValueMap<String, String> posted,
            @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model, RedirectAttributes redirect) {
        UUID reviewId = ReviewingWeb.uuid(id);
        ReviewForm form = ReviewForm.of(posted);
        try {
            reviews.submit(reviewId, form.scores(), form.comments(), me);
            redirect.addFlashAttribute("flashSuccess", "reviewing.review.submitted");
            return "redirect:/reviewer/reviews/" + reviewId;
        } catch (InvalidInputException refusal) {
            return page(reviewId, me, locale, model, form.typedScores(), form.typedComments(),
                    FormErrors.byField(refusal, messages, locale));
        }
    }

    @PostMapping("/reviewer/reviews/{id}/decline")
    String decline(@PathVariable String id, @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal SignedInPerson me,
            Locale locale, Model model, RedirectAttributes redirect) {
        UUID reviewId = ReviewingWeb.uuid(id);
        try {
            reviews.decline(reviewId, reason, me);
            redirect.addFlashAttribute("flashSuccess", "reviewing.review.declinedNotice");
            return "redirect:/reviewer/reviews";
        } catch (InvalidInputException refusal) {
            model.addAttribute("reason", reason);
            return page(reviewId, me, locale, model, null, null, FormErrors.byField(refusal, messages, locale));
        }
    }

    @GetMapping("/reviewer/reviews/{id}/documents/{fileId}")
    ResponseEntity<Resource> document(@PathVariable String id, @PathVariable String fileId, @AuthenticationPrincipal SignedInPerson me,
            Locale locale) {
        StoredFile file = reviews.document(ReviewingWeb.uuid(id), ReviewingWeb.uuid(fileId), me, locale);
        return ResponseEntity.ok()
                // a neutral name: the uploader's file name could identify the applicant to a blind panel
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(neutralName(file)).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .body(new InputStreamResource(files.open(file)));
    }

    private static String neutralName(StoredFile file) {
        String name = file.originalName() == null ? "" : file.originalName();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot).toLowerCase(java.util.Locale.ROOT);
        return "document-" + file.id().toString().substring(0, 8) + (extension.matches("\\.[a-z0-9]{1,8}") ? extension : "");
    }

    @PostMapping("/reviewer/reviews/{id}/notes")
    String note(@PathVariable String id, @RequestParam(defaultValue = "") String text, @AuthenticationPrincipal SignedInPerson me,
            Locale locale, Model model, RedirectAttributes redirect) {
        UUID reviewId = ReviewingWeb.uuid(id);
        try {
            notes.addByReviewer(reviewId, text, me);
            redirect.addFlashAttribute("flashSuccess", "reviewing.note.added");
            return "redirect:/reviewer/reviews/" + reviewId + "#notes";
        } catch (InvalidInputException refusal) {
            return page(reviewId, me, locale, model, null, null, FormErrors.byField(refusal, messages, locale));
        }
    }
}
