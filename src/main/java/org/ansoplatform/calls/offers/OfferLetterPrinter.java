package org.ansoplatform.calls.offers;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.OfferView;
import org.ansoplatform.platform.PdfRenderer;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.stereotype.Service;

/** The offer letter as a PDF, to the applicant it is addressed to or the Secretariat (404 for anyone else). */
@Service
public class OfferLetterPrinter {

    private final OfferManagement offers;
    private final CallQueries calls;
    private final PdfRenderer pdf;

    OfferLetterPrinter(OfferManagement offers, CallQueries calls, PdfRenderer pdf) {
        this.offers = offers;
        this.calls = calls;
        this.pdf = pdf;
    }

    public record Letter(String reference, byte[] pdf) {
    }

    public Letter pdf(UUID offerId, SignedInPerson viewer, Locale locale) {
        OfferView offer = offers.view(offerId, viewer);
        CallView call = calls.any(offer.callId());
        ZoneId zone = call.definition().zone();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("offer", offer);
        model.put("callTitle", call.definition().title().in(locale));
        model.put("trackName", call.track(offer.track()).map(track -> track.name().in(locale)).orElse(offer.track()));
        model.put("hostName", call.host(offer.hostCode()).map(host -> host.name().in(locale)).orElse(offer.hostCode()));
        model.put("offeredAt", format.format(offer.offeredAt().atZone(zone)) + " (" + zone.getId() + ")");
        model.put("respondBy", format.format(offer.respondBy().atZone(zone)) + " (" + zone.getId() + ")");
        return new Letter(offer.reference(), pdf.render("calls/pdf/offer", model, locale));
    }
}
