package org.ansoplatform.calls.web;

/** The applicant declines an offer, with an optional reason of at most 2,000 characters (checked by the service). */
public record OfferDeclineForm(String reason) {

    static OfferDeclineForm empty() {
        return new OfferDeclineForm("");
    }
}
