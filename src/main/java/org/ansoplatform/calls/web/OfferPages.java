package org.ansoplatform.calls.web;

import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.calls.OfferLetters;
import org.ansoplatform.calls.Offers;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The applicant answers an offer on their application page and reads the offer letter; 404 for anyone else. */
@Controller
class OfferPages {

    private final Offers offers;
    private final OfferLetters letters;
    private final MessageSource messages;

    OfferPages(Offers offers, OfferLetters letters, MessageSource messages) {
        this.offers = offers;
        this.letters = letters;
        this.messages = messages;
    }

    @PostMapping("/offers/{id}/acceptance")
    String accept(@PathVariable String id, @AuthenticationPrincipal SignedInPerson me, Locale locale, RedirectAttributes redirect) {
        return answer(id, me, locale, redirect, true, null);
    }

    @PostMapping("/offers/{id}/declination")
    String decline(@PathVariable String id, @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal SignedInPerson me,
            Locale locale, RedirectAttributes redirect) {
        return answer(id, me, locale, redirect, false, reason);
    }

    private String answer(String id, SignedInPerson me, Locale locale, RedirectAttributes redirect, boolean accept, String reason) {
        UUID offerId = CallPages.uuid(id);
        Offers.OfferView offer = offers.view(offerId, me);
        try { // the Secretariat may read an offer, never answer it: 404 from the service
            if (accept) {
                offers.accept(offerId, me);
            } else {
                offers.decline(offerId, reason, me);
            }
            redirect.addFlashAttribute("flashSuccess", accept ? "calls.offer.acceptedNotice" : "calls.offer.declinedNotice");
        } catch (InvalidInputException refusal) {
            var violation = refusal.violations().get(0);
            redirect.addFlashAttribute("offerError", messages.getMessage(violation.messageKey(), violation.args(), locale));
        }
        return "redirect:/applications/" + offer.applicationId() + "#offer";
    }

    @GetMapping("/offers/{id}/letter.pdf")
    ResponseEntity<byte[]> letter(@PathVariable String id, @AuthenticationPrincipal SignedInPerson me, Locale locale) {
        OfferLetters.Letter letter = letters.pdf(CallPages.uuid(id), me, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(letter.reference() + "-offer.pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(letter.pdf());
    }
}
