package org.ansoplatform.calls.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.Applications;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.Calls;
import org.ansoplatform.calls.Offers;
import org.ansoplatform.calls.Selections;
import org.ansoplatform.calls.SubmissionReceipts;
import org.ansoplatform.calls.eligibility.Eligibility;
import org.ansoplatform.calls.eligibility.Reason;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.Flash;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's pages: start an application, the form saved as it is typed (htmx posts the whole form
 * on each change), documents, referees, submission and the status page afterwards.
 */
@Controller
class ApplicationPages {

    private final Applications applications;
    private final Calls calls;
    private final SubmissionReceipts receipts;
    private final MessageSource messages;
    private final Clock clock;
    private final Selections selections;
    private final Offers offers;
    private final SelectionTexts texts;

    ApplicationPages(Applications applications, Calls calls, SubmissionReceipts receipts, MessageSource messages, Clock clock,
            Selections selections, Offers offers, SelectionTexts texts) {
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
        model.addAttribute("calls", mine.stream().map(ApplicationView::callId).distinct()
                .collect(java.util.stream.Collectors.toMap(id -> id, calls::any)));
        return "calls/applications";
    }

    @PostMapping("/calls/{id}/apply")
    String start(@PathVariable String id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect, Locale locale) {
        UUID callId = CallPages.uuid(id);
        try {
            return "redirect:/applications/" + applications.start(callId, me);
        } catch (InvalidInputException refusal) {
            Flash.refused(redirect, refusal);
            return "redirect:/calls/" + callId;
        }
    }

    @GetMapping("/applications/{id}")
    String application(@PathVariable String id, @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model) {
        ApplicationView application = applications.view(CallPages.uuid(id), me);
        return page(application, application.answers(), Map.of(), locale, model);
    }

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
                model.addAttribute("offerRespondBy", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(offer.respondBy().atZone(zone)) + " (" + zone.getId() + ")");
            });
        }
        return "calls/application";
    }

    /** Autosave (htmx, answers with a status line) or the plain form's save button (the whole page). */
    @PostMapping("/applications/{id}/draft")
    String save(@PathVariable String id, @RequestParam MultiValueMap<String, String> posted,
            @RequestHeader(value = "HX-Request", required = false) String htmx, @AuthenticationPrincipal SignedInPerson me,
            Locale locale, Model model, RedirectAttributes redirect) {
        ApplicationView application = applications.view(CallPages.uuid(id), me);
        CallView call = calls.any(application.callId());
        Map<String, Object> answers = ApplicationForms.answers(call, posted);
        try {
            applications.saveDraft(application.id(), answers, me);
            if ("true".equals(htmx)) {
                model.addAttribute("savedAt", clock.instant());
                model.addAttribute("errors", List.of());
                return "calls/application :: save-status";
            }
            redirect.addFlashAttribute("flashSuccess", "calls.application.saved");
            return "redirect:/applications/" + application.id();
        } catch (InvalidInputException refusal) {
            Map<String, List<String>> errors = FormErrors.byField(refusal, messages, locale);
            if ("true".equals(htmx)) {
                model.addAttribute("errors", FormErrors.all(errors));
                return "calls/application :: save-status";
            }
            return page(application, answers, errors, locale, model);
        }
    }

    @PostMapping("/applications/{id}/documents")
    String upload(@PathVariable String id, @RequestParam String type, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model, RedirectAttributes redirect) throws IOException {
        UUID applicationId = CallPages.uuid(id);
        try (InputStream content = file.getInputStream()) {
            applications.upload(applicationId, type, file.getOriginalFilename(), content, me);
            redirect.addFlashAttribute("flashSuccess", "calls.document.uploaded");
            return "redirect:/applications/" + applicationId + "#documents";
        } catch (InvalidInputException refusal) {
            ApplicationView application = applications.view(applicationId, me);
            Map<String, List<String>> errors = Map.of(type, FormErrors.all(FormErrors.byField(refusal, messages, locale)));
            return page(application, application.answers(), errors, locale, model);
        }
    }

    @PostMapping("/applications/{id}/referees")
    String invite(@PathVariable String id, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String institution, @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model,
            RedirectAttributes redirect) {
        UUID applicationId = CallPages.uuid(id);
        try {
            applications.inviteReferee(applicationId, name, email, institution, me);
            redirect.addFlashAttribute("flashSuccess", "calls.referee.invited");
            return "redirect:/applications/" + applicationId + "#referees";
        } catch (InvalidInputException refusal) {
            ApplicationView application = applications.view(applicationId, me);
            model.addAttribute("refereeForm", Map.of("name", name, "email", email, "institution", institution));
            Map<String, List<String>> errors = Map.of("referees", FormErrors.all(FormErrors.byField(refusal, messages, locale)));
            return page(application, application.answers(), errors, locale, model);
        }
    }

    @PostMapping("/applications/{id}/submit")
    String submit(@PathVariable String id, @RequestParam(defaultValue = "") String key, @AuthenticationPrincipal SignedInPerson me,
            Locale locale, Model model, RedirectAttributes redirect) {
        UUID applicationId = CallPages.uuid(id);
        try {
            applications.submit(applicationId, key.isBlank() ? null : key, me);
            redirect.addFlashAttribute("flashSuccess", "calls.application.submitted");
            return "redirect:/applications/" + applicationId;
        } catch (InvalidInputException refusal) {
            ApplicationView application = applications.view(applicationId, me);
            return page(application, application.answers(), FormErrors.byField(refusal, messages, locale), locale, model);
        }
    }

    @PostMapping("/applications/{id}/withdraw")
    String withdraw(@PathVariable String id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        UUID applicationId = CallPages.uuid(id);
        applications.withdraw(applicationId, me);
        redirect.addFlashAttribute("flashSuccess", "calls.application.withdrawnNotice");
        return "redirect:/applications/" + applicationId;
    }

    @GetMapping("/applications/{id}/submission.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable String id, @AuthenticationPrincipal SignedInPerson me, Locale locale) {
        SubmissionReceipts.Receipt receipt = receipts.pdf(CallPages.uuid(id), me, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(receipt.reference() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(receipt.pdf());
    }
}
