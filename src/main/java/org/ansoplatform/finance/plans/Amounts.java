package org.ansoplatform.finance.plans;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Money as finance shows it: the amount in the reader's notation to the currency's minor unit, then the ISO code. */
public final class Amounts {

    private Amounts() {
    }

    public static String money(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(amount) + " " + currency;
    }
}
