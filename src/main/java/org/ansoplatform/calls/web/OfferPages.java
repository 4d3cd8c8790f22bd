package org.ansoplatform.calls.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.CallsPaths;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.offers.OfferLetterPrinter;
import org.ansoplatform.calls.offers.OfferManagement;
import org.ansoplatform.calls.OfferView;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The applicant answers an offer on their application page and reads the offer letter; 404 for anyone else. */
@Controller
class OfferPages {

    private static final String REASON = "reason";

    private final OfferManagement offers;
    private final OfferLetterPrinter letters;
    private final ApplicationIntake applications;
    private final ApplicationPageModel pages;
    private final CallQueries calls;
    private final SelectionTexts texts;
    private final MessageSource messages;
    private final Clock clock;

    OfferPages(OfferManagement offers, OfferLetterPrinter letters, ApplicationIntake applications, ApplicationPageModel pages,
            CallQueries calls, SelectionTexts texts, MessageSource messages, Clock clock) {
        this.calls = calls;
        this.texts = texts;
        this.messages = messages;
        this.clock = clock;
        this.offers = offers;
        this.letters = letters;
        this.applications = applications;
        this.pages = pages;
    }

    /**
     * Accepting is a button without fields, asked once more on a confirmation page while the offer is open;
     * a refusal (answered already, past the deadline) is shown after the redirect.
     */
    @PostMapping("/offers/{id}/acceptance")
    String accept(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model, RedirectAttributes redirect) {
        // the Secretariat may read an offer, never answer it: 404 from the service
        OfferView offer = offers.view(id, me);
        if (!confirmed && answerable(offer, me)) {
            model.addAttribute("confirmation", confirmation(offer, "accept", "/offers/" + id + "/acceptance", Map.of(), locale));
            return Confirmation.VIEW;
        }
        Flash.outcome(redirect, () -> offers.accept(id, me), "calls.offer.acceptedNotice");
        return "redirect:" + CallsPaths.offer(offer.applicationId());
    }

    /**
     * Declining is a form with a field, the reason: a refusal of the reason (too long) shows the application's
     * page again with the message next to it and the reason as typed (422). A refusal of the answer itself
     * (answered already, past the deadline) is about the offer, not a field, and the page no longer offers
     * the form then: it is shown after the redirect, as for accepting.
     */
    @PostMapping("/offers/{id}/declination")
    String decline(@PathVariable UUID id, @Valid @ModelAttribute("declineForm") OfferDeclineForm form, BindingResult result,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        OfferView offer = offers.view(id, me);
        if (!result.hasErrors() && !confirmed && answerable(offer, me) && (form.reason() == null || form.reason().length() <= 2000)) {
            model.addAttribute("confirmation", confirmation(offer, "decline", "/offers/" + id + "/declination",
                    Map.of(REASON, form.reason() == null ? "" : form.reason()), locale));
            return Confirmation.VIEW;
        }
        if (!result.hasErrors()) {
            try {
                offers.decline(id, form.reason(), me);
                redirect.addFlashAttribute("flashSuccess", "calls.offer.declinedNotice");
                return "redirect:" + CallsPaths.offer(offer.applicationId());
            } catch (InvalidInputException refusal) {
                if (!aboutTheReason(refusal)) {
                    Flash.refused(redirect, refusal);
                    return "redirect:" + CallsPaths.offer(offer.applicationId());
                }
                FormErrors.apply(refusal, result);
            }
        }
        FormErrors.refused(response);
        return pages.page(applications.view(offer.applicationId(), me), locale, model);
    }

    /** Only the applicant's own open offer is asked about; anything else goes to the service, which refuses. */
    private boolean answerable(OfferView offer, SignedInPerson me) {
        return offer.applicantId().equals(me.id()) && offer.open(clock.instant());
    }

    private Confirmation confirmation(OfferView offer, String step, String action, Map<String, String> fields, Locale locale) {
        CallView call = calls.any(offer.callId());
        Object[] place = {texts.trackName(call, offer.track(), locale),
                offer.award() ? SelectionTexts.money(offer.granted(), locale) : texts.hostName(call, offer.hostCode(), locale)};
        String what = "calls.confirm." + step + (offer.award() ? "AwardWhat" : "What");
        return new Confirmation(messages.getMessage("calls.confirm." + step + "Title", null, locale),
                List.of(messages.getMessage(what, place, locale)), action, fields,
                messages.getMessage("calls.confirm." + step + "Button", null, locale), CallsPaths.offer(offer.applicationId()));
    }

    private static boolean aboutTheReason(InvalidInputException refusal) {
        return refusal.violations().stream().allMatch(violation -> REASON.equals(violation.field()));
    }

    @GetMapping("/offers/{id}/letter.pdf")
    ResponseEntity<byte[]> letter(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson me, Locale locale) {
        OfferLetterPrinter.Letter letter = letters.pdf(id, me, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(letter.reference() + "-offer.pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(letter.pdf());
    }
}
