package org.ansoplatform.calls.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
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
import org.ansoplatform.calls.eligibility.Eligibility;
import org.ansoplatform.calls.eligibility.Reason;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.intake.SubmissionReceiptPrinter;
import org.ansoplatform.calls.offers.OfferManagement;
import org.ansoplatform.calls.selection.SelectionQueries;
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
 * 422 with the page and its messages.
 */
@Controller
class ApplicationPages {

    private final ApplicationIntake applications;
    private final CallQueries calls;
    private final SubmissionReceiptPrinter receipts;
    private final MessageSource messages;
    private final Clock clock;
    private final SelectionQueries selections;
    private final OfferManagement offers;
    private final SelectionTexts texts;

    ApplicationPages(ApplicationIntake applications, CallQueries calls, SubmissionReceiptPrinter receipts, MessageSource messages,
            Clock clock, SelectionQueries selections, OfferManagement offers, SelectionTexts texts) {
        this.applications = applications;
        this.calls = calls;
        this.receipts = receipts;
        this.messages = messages;
        this.clock = clock;
        this.selections = selections;
        this.offers = offers;
        this.texts = texts;
    }

    @GetMapping("/applications")
    String mine(@AuthenticationPrincipal SignedInPerson me, Model model) {
        List<ApplicationView> mine = applications.mine(me.id());
        model.addAttribute("applications", mine);
        model.addAttribute("calls", mine.stream().map(ApplicationView::callId).distinct().collect(Collectors.toMap(id -> id, calls::any)));
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
        ApplicationView application = applications.view(id, me);
        return page(application, application.answers(), Map.of(), locale, model);
    }

    /**
     * The page; {@code errors} are the data-driven form's messages by question (the form is defined by the
     * call, so its fields are not a Java type), beside the referee form's binding result.
     */
    private String page(ApplicationView application, Map<String, Object> answers, Map<String, List<String>> errors, Locale locale,
            Model model) {
        CallView call = calls.any(application.callId());
        model.addAttribute("app", application);
        model.addAttribute("call", call);
        model.addAttribute("accepting", call.accepting(clock.instant()));
        model.addAttribute("sections", ApplicationForms.sections(call, answers, errors));
        model.addAttribute("errors", errors);
        model.addAttribute("allErrors", FormErrors.all(errors));
        model.addAttribute("submissionKey", UUID.randomUUID());
        if (!model.containsAttribute("refereeForm")) {
            model.addAttribute("refereeForm", RefereeForm.empty());
        }
        model.addAttribute("failures", application.screening().failures().stream()
                .map(failure -> Eligibility.explain(new Reason(failure.messageKey(), failure.args()), messages, locale)).toList());
        // the selection's outcome and the offer: the applicant's own, once the offers of the call are sent
        if (!application.isDraft()) {
            selections.decisionOf(application).ifPresent(decision -> {
                model.addAttribute("decisionText", texts.decision(decision, call, locale));
                model.addAttribute("placementText", texts.placement(decision, call, locale));
            });
            offers.ofApplication(application.id()).ifPresent(offer -> {
                var zone = call.definition().zone();
                model.addAttribute("offer", offer);
                model.addAttribute("offerOpen", offer.open(clock.instant()));
                model.addAttribute("offerStatus", texts.offerStatus(offer.status(), locale));
                model.addAttribute("offerTrack", texts.trackName(call, offer.track(), locale));
                model.addAttribute("offerHost", texts.hostName(call, offer.hostCode(), locale));
                model.addAttribute("offerRespondBy", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(offer.respondBy().atZone(zone)) + " (" + zone.getId() + ")");
            });
        }
        return "calls/application";
    }

    /**
     * Autosave (htmx, answers with a status line) or the plain form's save button (the whole page). The
     * questions are the call's form, defined as data, so the answers are bound as a map and checked by the service.
     */
    @PostMapping("/applications/{id}/draft")
    String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> posted, Htmx htmx,
            @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        ApplicationView application = applications.view(id, me);
        CallView call = calls.any(application.callId());
        Map<String, Object> answers = ApplicationForms.answers(call, posted);
        try {
            applications.saveDraft(application.id(), answers, me);
            if (htmx.fragmentWanted()) {
                model.addAttribute("savedAt", clock.instant());
                model.addAttribute("errors", List.of());
                return htmx.view("calls/application", "save-status");
            }
            redirect.addFlashAttribute("flashSuccess", "calls.application.saved");
            return "redirect:" + CallsPaths.application(application.id());
        } catch (InvalidInputException refusal) {
            Map<String, List<String>> errors = FormErrors.byField(refusal, messages, locale);
            FormErrors.refused(response);
            if (htmx.fragmentWanted()) {
                model.addAttribute("errors", FormErrors.all(errors));
                return htmx.view("calls/application", "save-status");
            }
            return page(application, answers, errors, locale, model);
        }
    }

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
            FormErrors.refused(response);
            Map<String, List<String>> errors = Map.of(type, FormErrors.all(FormErrors.byField(refusal, messages, locale)));
            return page(application, application.answers(), errors, locale, model);
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
            ApplicationView application = applications.view(id, me);
            return page(application, application.answers(), Map.of(), locale, model);
        }
    }

    @PostMapping("/applications/{id}/submit")
    String submit(@PathVariable UUID id, @RequestParam(defaultValue = "") String key, @AuthenticationPrincipal SignedInPerson me,
            Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            applications.submit(id, key.isBlank() ? null : key, me);
            redirect.addFlashAttribute("flashSuccess", "calls.application.submitted");
            return "redirect:" + CallsPaths.application(id);
        } catch (InvalidInputException refusal) {
            ApplicationView application = applications.view(id, me);
            FormErrors.refused(response);
            return page(application, application.answers(), FormErrors.byField(refusal, messages, locale), locale, model);
        }
    }

    @PostMapping("/applications/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        applications.withdraw(id, me);
        redirect.addFlashAttribute("flashSuccess", "calls.application.withdrawnNotice");
        return "redirect:" + CallsPaths.application(id);
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
