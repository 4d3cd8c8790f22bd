package org.ansoplatform.finance.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ansoplatform.shared.Programme;
import org.ansoplatform.calls.ProgrammeQueries;
import org.ansoplatform.finance.FinanceSettings;
import org.ansoplatform.finance.ledger.LedgerLine;
import org.springframework.stereotype.Component;

/** Ledger lines as pages show them: amounts in the reader's notation with their ISO code, programmes by name. */
@Component
class LedgerTexts {

    /** A line with its texts for the reader. */
    record Row(LedgerLine line, String programme, String amount, String baseAmount) {
    }

    private final ProgrammeQueries programmes;
    private final FinanceSettings settings;

    LedgerTexts(ProgrammeQueries programmes, FinanceSettings settings) {
        this.programmes = programmes;
        this.settings = settings;
    }

    List<Row> rows(List<LedgerLine> lines, Locale locale) {
        Map<String, Programme> byCode = programmes.all().stream().collect(Collectors.toMap(Programme::code, Function.identity()));
        return lines.stream().map(line -> new Row(line, name(byCode.get(line.programme()), line.programme(), locale),
                money(line.amount(), line.currency(), locale), base(line.baseAmount(), locale))).toList();
    }

    String base(BigDecimal amount, Locale locale) {
        return money(amount, settings.baseCurrency(), locale);
    }

    static String money(BigDecimal amount, String currency, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int digits;
        try {
            digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        } catch (IllegalArgumentException unknown) {
            digits = 2;
        }
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(Math.max(digits, 4));
        return format.format(amount) + " " + currency;
    }

    private static String name(Programme programme, String code, Locale locale) {
        return programme == null ? code : programme.name().in(locale);
    }
}
