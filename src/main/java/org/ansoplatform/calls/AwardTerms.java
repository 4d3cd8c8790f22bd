package org.ansoplatform.calls;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

import org.ansoplatform.shared.LocalizedText;

/**
 * What an award on one track of a call gives, as its offer letter states it: a stipend (amount in an ISO 4217
 * currency, per month, year or in total), the day it starts, and what else it covers (tuition, housing...) in
 * the call's languages. Every part is optional; the letter leaves out what is not set.
 */
public record AwardTerms(String track, BigDecimal stipendAmount, String stipendCurrency, StipendPeriod stipendPeriod,
        LocalDate startsOn, LocalizedText covers) {

    public AwardTerms {
        covers = covers == null ? new LocalizedText(null) : covers;
    }

    public boolean hasStipend() {
        return stipendAmount != null && stipendCurrency != null && stipendPeriod != null;
    }

    /** The ISO code and the amount in the reader's digits and grouping; a code, not a symbol, since ¥ is both yuan and yen. */
    public String stipendAmount(Locale locale) {
        if (!hasStipend()) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(stipendAmount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        return stipendCurrency + " " + format.format(stipendAmount);
    }

    public boolean isEmpty() {
        return !hasStipend() && startsOn == null && covers.isEmpty();
    }
}
