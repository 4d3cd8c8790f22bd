package org.ansoplatform.calls.offers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.AwardTerms;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.OfferStatus;
import org.ansoplatform.calls.OfferView;
import org.ansoplatform.governance.MandateQueries;
import org.ansoplatform.governance.Office;
import org.ansoplatform.governance.OfficerView;
import org.ansoplatform.platform.DateStyle;
import org.ansoplatform.platform.PdfRenderer;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.platform.VerificationCodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offer letter as a PDF, to the applicant it is addressed to or the Secretariat (404 for anyone else): a
 * letterhead, the award's terms, the Executive Director's signature block as governance records the office, and
 * a code that a public page confirms, since visa offices and universities are shown the letter, not the platform.
 */
@Service
public class OfferLetterPrinter {

    private final OfferManagement offers;
    private final OfferStore offerStore;
    private final AwardTermsStore terms;
    private final CallQueries calls;
    private final MandateQueries mandates;
    private final PdfRenderer pdf;
    private final String baseUrl;

    OfferLetterPrinter(OfferManagement offers, OfferStore offerStore, AwardTermsStore terms, CallQueries calls,
            MandateQueries mandates, PdfRenderer pdf, @Value("${anso.base-url}") String baseUrl) {
        this.offers = offers;
        this.offerStore = offerStore;
        this.terms = terms;
        this.calls = calls;
        this.mandates = mandates;
        this.pdf = pdf;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    public record Letter(String reference, byte[] pdf) {
    }

    /** What the public page confirms of a letter: enough to match the paper, nothing the paper does not show. */
    public record Verified(String code, String reference, String applicantName, String callTitle, String trackName,
            String hostName, LocalDate offeredOn, OfferStatus status) {
    }

    @Transactional
    public Letter pdf(UUID offerId, SignedInPerson viewer, Locale locale) {
        OfferView offer = offers.view(offerId, viewer);
        CallView call = calls.any(offer.callId());
        ZoneId zone = call.definition().zone();
        String code = terms.verificationCode(offerId, VerificationCodes.newCode("OFFER"));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("offer", offer);
        model.put("callTitle", call.definition().title().in(locale));
        model.put("trackName", trackName(call, offer.track(), locale));
        model.put("hostName", hostName(call, offer.hostCode(), locale));
        // an award of a call that awards projects names the amount and the proposal instead of a host
        model.put("award", offer.award() ? money(offer.granted(), locale) : null);
        model.put("proposalTitle", offer.award() ? java.util.Objects.requireNonNullElse(offerStore.proposalTitle(offer.applicationId()),
                offer.reference()) : null);
        model.put("letterDate", DateStyle.day(offer.offeredAt().atZone(zone).toLocalDate(), locale));
        model.put("respondBy", DateStyle.dayAndTime(offer.respondBy().atZone(zone), locale) + " (" + zone.getId() + ")");
        AwardTerms award = terms.of(offer.callId()).stream().filter(t -> t.track().equals(offer.track())).findFirst()
                .orElse(new AwardTerms(offer.track(), null, null, null, null, null));
        model.put("terms", award);
        model.put("stipend", award.stipendAmount(locale));
        model.put("startsOn", award.startsOn() == null ? null : DateStyle.day(award.startsOn(), locale));
        model.put("covers", award.covers().isEmpty() ? null : award.covers().in(locale));
        model.put("signatory", mandates.officers().stream().filter(o -> o.office() == Office.EXECUTIVE_DIRECTOR)
                .map(OfficerView::name).findFirst().orElse(null));
        model.put("code", code);
        model.put("verifyUrl", baseUrl + "/offers/verify");
        return new Letter(offer.reference(), pdf.render("calls/pdf/offer", model, locale));
    }

    /** The letter a code was printed on, if any; anyone may ask (the code is the secret). */
    @Transactional(readOnly = true)
    public Optional<Verified> verify(String code, Locale locale) {
        String normalized = VerificationCodes.normalize(code);
        if (normalized == null || normalized.isEmpty() || normalized.length() > 24) {
            return Optional.empty();
        }
        return terms.offerWithCode(normalized).flatMap(offerStore::find).map(offer -> {
            CallView call = calls.any(offer.callId());
            return new Verified(normalized, offer.reference(), offer.applicantName(), call.definition().title().in(locale),
                    trackName(call, offer.track(), locale),
                    offer.award() ? money(offer.granted(), locale) : hostName(call, offer.hostCode(), locale),
                    offer.offeredAt().atZone(call.definition().zone()).toLocalDate(), offer.status());
        });
    }

    /** The amount in the reader's digits with its ISO code, as the selection pages show it. */
    static String money(org.ansoplatform.shared.Money money, Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(money.amount()) + " " + money.currency();
    }

    private static String trackName(CallView call, String track, Locale locale) {
        return call.track(track).map(t -> t.name().in(locale)).orElse(track);
    }

    private static String hostName(CallView call, String host, Locale locale) {
        return host == null ? null : call.host(host).map(h -> h.name().in(locale)).orElse(host);
    }
}
