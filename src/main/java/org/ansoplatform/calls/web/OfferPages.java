package org.ansoplatform.calls.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.calls.CallsPaths;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.offers.OfferLetterPrinter;
import org.ansoplatform.calls.offers.OfferManagement;
import org.ansoplatform.calls.OfferView;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.SignedInPerson;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The applicant answers an offer on their application page and reads the offer letter; 404 for anyone else. */
@Controller
class OfferPages {

    private static final String REASON = "reason";

    private final OfferManagement offers;
    private final OfferLetterPrinter letters;
    private final ApplicationIntake applications;
    private final ApplicationPageModel pages;

    OfferPages(OfferManagement offers, OfferLetterPrinter letters, ApplicationIntake applications, ApplicationPageModel pages) {
        this.offers = offers;
        this.letters = letters;
        this.applications = applications;
        this.pages = pages;
    }

    /** Accepting is a button without fields: a refusal (answered already, past the deadline) is shown after the redirect. */
    @PostMapping("/offers/{id}/acceptance")
    String accept(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        // the Secretariat may read an offer, never answer it: 404 from the service
        OfferView offer = offers.view(id, me);
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
            @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        OfferView offer = offers.view(id, me);
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
