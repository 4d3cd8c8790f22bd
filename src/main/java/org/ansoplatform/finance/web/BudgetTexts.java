package org.ansoplatform.finance.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.ansoplatform.finance.budget.BudgetChart;
import org.ansoplatform.finance.budget.BudgetYear;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Budget against actual as the page writes it: amounts in the reader's notation with the ISO code (as calls'
 * selection pages write money), the share used, and for each actual the address of the ledger lines behind it
 * (F1's ledger list with the filter of contracts19: {@code year} and {@code programme}, an area's code meaning all its
 * programmes).
 */
final class BudgetTexts {

    /** One table row; {@code kind} is programme, subtotal or total. */
    record RowText(String kind, String code, String name, String budget, String actual, String variance, String share,
            String ledger, boolean over) {
    }

    private static final String NO_LINK = "\u0000";

    private BudgetTexts() {
    }

    static List<RowText> rows(BudgetYear budget, Locale locale, String totalLabel, String subtotalLabel) {
        List<RowText> rows = new ArrayList<>();
        for (BudgetYear.Group group : budget.groups()) {
            // lines charged to an area itself have no filter of their own (the area's code filters all its programmes):
            // the area's own row is not linked, its subtotal is
            group.rows().forEach(row -> rows.add(text("programme", row, row.name().in(locale), budget, locale,
                    group.subtotal() != null && row.code().equals(group.code()) ? NO_LINK : row.code())));
            if (group.subtotal() != null) {
                rows.add(text("subtotal", group.subtotal(), subtotalLabel + " " + group.name().in(locale), budget, locale,
                        group.code()));
            }
        }
        rows.add(text("total", budget.total(), totalLabel, budget, locale, null));
        return rows;
    }

    static List<BudgetChart.Bar> bars(BudgetYear budget, Locale locale) {
        return budget.rows().stream().map(row -> new BudgetChart.Bar(row.code(), row.name().in(locale), row.budget(), row.actual()))
                .toList();
    }

    static String ledger(int year, String programme) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/finance/ledger").queryParam("year", year);
        if (programme != null) {
            uri.queryParam("programme", programme);
        }
        return uri.build().encode().toUriString();
    }

    static String money(BigDecimal amount, String currency, Locale locale) {
        return amount == null ? "" : amount(amount, currency, locale) + " " + currency;
    }

    static String amount(BigDecimal amount, String currency, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int digits;
        try {
            digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        } catch (IllegalArgumentException unknown) {
            digits = 2;
        }
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(amount);
    }

    private static String percent(BigDecimal share, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(share.movePointLeft(2));
    }

    private static RowText text(String kind, BudgetYear.Row row, String name, BudgetYear budget, Locale locale, String programme) {
        String currency = budget.currency();
        BigDecimal share = row.share();
        return new RowText(kind, row.code(), name, money(row.budget(), currency, locale), money(row.actual(), currency, locale),
                money(row.variance(), currency, locale),
                share == null ? "" : percent(share, locale),
                NO_LINK.equals(programme) ? null : ledger(budget.year(), programme), row.variance() != null && row.variance().signum() < 0);
    }
}
