package org.ansoplatform.calls.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.CallsPaths;
import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.intake.ApplicationChecklist;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.intake.ApplicationReopening;
import org.ansoplatform.calls.intake.RefereeLetterIntake;
import org.ansoplatform.calls.intake.SubmissionReceiptPrinter;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.Htmx;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's pages: start an application, the form saved as it is typed (htmx posts the whole form
 * on each change), documents, referees, submission and the status page afterwards. A refused form answers
 * 422 with the page and its messages, each next to its question, document or field
 * ({@link ApplicationPageModel}).
 */
@Controller
class ApplicationPages {

    private final ApplicationIntake applications;
    private final CallQueries calls;
    private final SubmissionReceiptPrinter receipts;
    private final Clock clock;
    private final ApplicationPageModel pages;
    private final ApplicationChecklist checklists;
    private final ApplicationReopening reopening;
    private final MessageSource messages;
    private final ApplicationStandings standings;
    private final RefereeLetterIntake letters;
    private final FormActions actions;

    ApplicationPages(FormActions actions, RefereeLetterIntake letters, ApplicationStandings standings, ApplicationIntake applications, CallQueries calls, SubmissionReceiptPrinter receipts, Clock clock,
            ApplicationPageModel pages, ApplicationChecklist checklists, ApplicationReopening reopening, MessageSource messages) {
        this.actions = actions;
        this.standings = standings;
        this.letters = letters;
        this.checklists = checklists;
        this.reopening = reopening;
        this.messages = messages;
        this.applications = applications;
        this.calls = calls;
        this.receipts = receipts;
        this.clock = clock;
        this.pages = pages;
    }

    @GetMapping("/applications")
    String mine(@AuthenticationPrincipal SignedInPerson me, Model model) {
        List<ApplicationView> mine = applications.mine(me.id());
        model.addAttribute("applications", mine);
        Map<UUID, CallView> theirCalls = mine.stream().map(ApplicationView::callId).distinct().collect(Collectors.toMap(id -> id, calls::any));
        model.addAttribute("calls", theirCalls);
        model.addAttribute("places", mine.stream().collect(Collectors.toMap(ApplicationView::id,
                application -> standings.of(application, theirCalls.get(application.callId())))));
        return "calls/applications";
    }

    @PostMapping("/calls/{id}/apply")
    String start(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        try {
            return "redirect:" + CallsPaths.application(applications.start(id, me));
        } catch (InvalidInputException refusal) {
            Flash.refused(redirect, refusal);
            return "redirect:/calls/" + id;
        }
    }

    @GetMapping("/applications/{id}")
    String application(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model) {
        return pages.page(applications.view(id, me), locale, model);
    }

    /**
     * Autosave (htmx, answers with a status line) or the plain form's save button (the whole page). The
     * questions are the call's form, defined as data, so the answers are bound as a map and checked by the
     * service; refused, they stay as typed with each message on its question.
     */
    @PostMapping("/applications/{id}/draft")
    String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> posted, Htmx htmx,
            @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        ApplicationView application = applications.view(id, me);
        CallView call = calls.any(application.callId());
        Map<String, Object> answers = ApplicationForms.answers(call, posted, posted.getFirst(FormActions.REMOVE_ROW));
        try {
            ApplicationView saved = applications.saveDraft(application.id(), answers, version(posted), me);
            if (FormActions.asked(posted)) {
                // add a row, remove one, search the directory: saved first, then the form again (htmx picks it from the page)
                actions.apply(posted, model);
                return pages.page(saved, locale, model);
            }
            if (htmx.fragmentWanted()) {
                // the status line, and out of band the checklist, the documents' asterisks and the version token
                ApplicationPageModel.bind(answers, model);
                model.addAttribute("savedAt", clock.instant());
                pages.live(saved, call, locale, model);
                return htmx.view(ApplicationPageModel.VIEW, "autosaved");
            }
            redirect.addFlashAttribute("flashSuccess", "calls.application.saved");
            return "redirect:" + CallsPaths.application(application.id());
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, ApplicationPageModel.bind(answers, model), response);
            return htmx.fragmentWanted() && !FormActions.asked(posted) ? htmx.view(ApplicationPageModel.VIEW, "save-status")
                    : pages.page(application, answers, locale, model);
        }
    }

    /** Refused, every reason (the file, the call closed) is shown next to the document it was for. */
    @PostMapping("/applications/{id}/documents")
    String upload(@PathVariable UUID id, @RequestParam String type, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model, RedirectAttributes redirect,
            HttpServletResponse response) throws IOException {
        try (InputStream content = file.getInputStream()) {
            applications.upload(id, type, file.getOriginalFilename(), content, me);
            redirect.addFlashAttribute("flashSuccess", "calls.document.uploaded");
            return "redirect:" + CallsPaths.application(id) + "#documents";
        } catch (InvalidInputException refusal) {
            ApplicationView application = applications.view(id, me);
            BindingResult result = ApplicationPageModel.bind(application.answers(), model);
            for (InvalidInputException.Violation violation : refusal.violations()) {
                result.rejectValue(type, violation.messageKey(), violation.args(), null);
            }
            FormErrors.refused(response);
            return pages.page(application, locale, model);
        }
    }

    @PostMapping("/applications/{id}/referees")
    String invite(@PathVariable UUID id, @ModelAttribute("refereeForm") RefereeForm form, BindingResult result,
            @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            applications.inviteReferee(id, form.name(), form.email(), form.institution(), me);
            redirect.addFlashAttribute("flashSuccess", "calls.referee.invited");
            return "redirect:" + CallsPaths.application(id) + "#referees";
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return pages.page(applications.view(id, me), locale, model);
        }
    }

    /** The applicant sends the invitation again (a new link) to a referee who has not written. */
    @PostMapping("/applications/{id}/referees/{refereeId}/resend")
    String resendInvitation(@PathVariable UUID id, @PathVariable UUID refereeId, @AuthenticationPrincipal SignedInPerson me,
            RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> letters.resend(id, refereeId, me), "calls.referee.resent");
        return "redirect:" + CallsPaths.application(id) + "#referees";
    }

    /**
     * The applicant asks someone else instead of a referee who has not written or declined; refused, the page
     * with the message next to the field in that referee's form and the values as typed.
     */
    @PostMapping("/applications/{id}/referees/{refereeId}/replace")
    String replaceReferee(@PathVariable UUID id, @PathVariable UUID refereeId, @ModelAttribute("replaceForm") ReplaceRefereeForm form,
            BindingResult result, @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            letters.replaceOwn(id, refereeId, form.name(), form.email(), form.institution(), me);
            redirect.addFlashAttribute("flashSuccess", "calls.referee.invited");
            return "redirect:" + CallsPaths.application(id) + "#referees";
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, FormErrors.retarget(form, result, model), response);
            model.addAttribute("replacing", refereeId);
            return pages.page(applications.view(id, me), locale, model);
        }
    }

    /**
     * Submit is a button of the answers' form: the answers as shown are saved first (a refused edit refuses
     * the submission with its message), then the checklist must be complete, then a confirmation page says
     * what happens and posts again, confirmed. Refused, every missing answer, document and referee is shown at
     * once, each next to its place; a page older than the stored application (another tab) is refused.
     */
    @PostMapping("/applications/{id}/submit")
    String submit(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> posted, @AuthenticationPrincipal SignedInPerson me,
            Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ApplicationView application = applications.view(id, me);
        CallView call = calls.any(application.callId());
        Map<String, Object> answers = null;
        String key = posted.getFirst("key");
        try {
            if (!"true".equals(posted.getFirst("confirmed"))) {
                if (!application.applicantId().equals(me.id())) {
                    applications.submit(id, key, null, me);
                }
                if (!application.isDraft()) {
                    throw new InvalidInputException("status", application.status() == ApplicationStatus.SUBMITTED
                            ? "calls.application.alreadySubmitted" : "calls.application.withdrawn");
                }
                if (ApplicationForms.carriesAnswers(call, posted)) {
                    answers = ApplicationForms.answers(call, posted);
                    application = applications.saveDraft(id, answers, version(posted), me);
                } else if (version(posted) != null && version(posted) != application.version()) {
                    throw new InvalidInputException("version", "calls.application.stale");
                }
                List<InvalidInputException.Violation> missing = checklists.of(application, call).missing();
                if (!missing.isEmpty()) {
                    throw new InvalidInputException(missing);
                }
                model.addAttribute("confirmation", confirmSubmit(application, call, key, locale));
                return Confirmation.VIEW;
            }
            applications.submit(id, key == null || key.isBlank() ? null : key, version(posted), me);
            redirect.addFlashAttribute("flashSuccess", "calls.application.submitted");
            return "redirect:" + CallsPaths.application(id);
        } catch (InvalidInputException refusal) {
            ApplicationView current = applications.view(id, me);
            FormErrors.refuse(refusal, ApplicationPageModel.bind(answers == null ? current.answers() : answers, model), response);
            return pages.page(current, answers == null ? current.answers() : answers, locale, model);
        }
    }

    private Confirmation confirmSubmit(ApplicationView application, CallView call, String key, Locale locale) {
        String deadline = ApplicationPageModel.inZone(call.definition().closesAt(), call.definition().zone());
        return new Confirmation(messages.getMessage("calls.confirm.submitTitle", null, locale),
                List.of(messages.getMessage("calls.confirm.submitWhat", new Object[] {call.definition().title().in(locale)}, locale),
                        call.definition().reopenBeforeDeadline()
                                ? messages.getMessage("calls.confirm.submitReopenable", new Object[] {deadline}, locale)
                                : messages.getMessage("calls.confirm.submitFinal", null, locale)),
                "/applications/" + application.id() + "/submit",
                Map.of("key", key == null ? "" : key, "version", String.valueOf(application.version())),
                messages.getMessage("calls.confirm.submitButton", null, locale), CallsPaths.application(application.id()));
    }

    /** Withdrawing asks once more, saying what happens; a second withdrawal is refused, nothing changes. */
    @PostMapping("/applications/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model, RedirectAttributes redirect) {
        ApplicationView application = applications.view(id, me);
        if (!confirmed && application.applicantId().equals(me.id()) && application.status() != ApplicationStatus.WITHDRAWN) {
            CallView call = calls.any(application.callId());
            String deadline = ApplicationPageModel.inZone(call.definition().closesAt(), call.definition().zone());
            model.addAttribute("confirmation", new Confirmation(messages.getMessage("calls.confirm.withdrawTitle", null, locale),
                    List.of(messages.getMessage("calls.confirm.withdrawWhat", new Object[] {call.definition().title().in(locale)}, locale),
                            messages.getMessage("calls.confirm.withdrawAgain", new Object[] {deadline}, locale)),
                    "/applications/" + id + "/withdraw", Map.of(), messages.getMessage("calls.confirm.withdrawButton", null, locale),
                    CallsPaths.application(id)));
            return Confirmation.VIEW;
        }
        Flash.outcome(redirect, () -> applications.withdraw(id, me), "calls.application.withdrawnNotice");
        return "redirect:" + CallsPaths.application(id);
    }

    /** Back to draft before the deadline, where the call allows it; refused otherwise, with the reason. */
    @PostMapping("/applications/{id}/reopen")
    String reopen(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> reopening.reopen(id, me), "calls.application.reopened");
        return "redirect:" + CallsPaths.application(id);
    }

    private static Integer version(MultiValueMap<String, String> posted) {
        String value = posted.getFirst("version");
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "calls.application.stale");
        }
    }

    @GetMapping("/applications/{id}/submission.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson me, Locale locale) {
        SubmissionReceiptPrinter.Receipt receipt = receipts.pdf(id, me, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(receipt.reference() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(receipt.pdf());
    }
}
