package org.ansoplatform.calls.web;

import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.calls.CallsPaths;

import org.ansoplatform.calls.offers.OfferLetterPrinter;
import org.ansoplatform.calls.offers.OfferManagement;
import org.ansoplatform.calls.OfferView;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.SignedInPerson;
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

    private final OfferManagement offers;
    private final OfferLetterPrinter letters;

    OfferPages(OfferManagement offers, OfferLetterPrinter letters) {
        this.offers = offers;
        this.letters = letters;
    }

    /** Answering is a button (the reason is optional): a refusal (answered already, past the deadline) is shown after the redirect. */
    @PostMapping("/offers/{id}/acceptance")
    String accept(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        // the Secretariat may read an offer, never answer it: 404 from the service
        OfferView offer = offers.view(id, me);
        Flash.outcome(redirect, () -> offers.accept(id, me), "calls.offer.acceptedNotice");
        return "redirect:" + CallsPaths.offer(offer.applicationId());
    }

    @PostMapping("/offers/{id}/declination")
    String decline(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal SignedInPerson me,
            RedirectAttributes redirect) {
        OfferView offer = offers.view(id, me);
        Flash.outcome(redirect, () -> offers.decline(id, reason, me), "calls.offer.declinedNotice");
        return "redirect:" + CallsPaths.offer(offer.applicationId());
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
