package org.ansoplatform.figures;

import java.math.BigDecimal;
import java.util.Locale;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.Figure;
import org.springframework.context.MessageSource;

/**
 * How a figure reads in a language, the same on the figures pages, in the Annual Report's web edition, its PDF
 * and its API: names and definitions from the owning module's messages, numbers and sums as CLDR writes them
 * (ICU), countries named in the reader's language.
 */
public final class FigureFormat {

    private FigureFormat() {
    }

    public static String name(String key, MessageSource messages, Locale locale) {
        return messages.getMessage("figure." + key, null, key, locale);
    }

    public static String definition(String key, MessageSource messages, Locale locale) {
        return messages.getMessage("figure." + key + ".definition", null, "", locale);
    }

    public static String partName(Figure.Part part, MessageSource messages, Locale locale) {
        if (part.kind() == Figure.Part.Kind.COUNTRY) {
            return part.code().isBlank() ? messages.getMessage("figures.country.unknown", null, locale)
                    : CountryCode.name(part.code(), locale);
        }
        return part.label() == null || part.label().isEmpty() ? part.code() : part.label().in(locale);
    }

    public static String count(long count, Locale locale) {
        return NumberFormat.getIntegerInstance(ULocale.forLocale(locale)).format(count);
    }

    public static String amount(BigDecimal amount, String currency, Locale locale) {
        NumberFormat format = NumberFormat.getInstance(ULocale.forLocale(locale), NumberFormat.CURRENCYSTYLE);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(amount);
    }

    /** The figure's value: its sum with the currency, or its count. */
    public static String value(Figure figure, Locale locale) {
        return figure.isAmount() ? amount(figure.amount(), figure.currency(), locale) : count(figure.count(), locale);
    }
}
