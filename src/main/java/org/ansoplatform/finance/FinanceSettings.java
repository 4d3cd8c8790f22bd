package org.ansoplatform.finance;

import org.ansoplatform.shared.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The currency finance reports in ({@code anso.finance.base-currency}): budget plans and funds are kept in it, and
 * every ledger line carries its amount converted to it at the rate of its day.
 */
@Component
public class FinanceSettings {

    private final String baseCurrency;

    FinanceSettings(@Value("${anso.finance.base-currency:CNY}") String baseCurrency) {
        if (!Money.isCurrency(baseCurrency)) {
            throw new IllegalStateException("anso.finance.base-currency is no ISO 4217 currency: " + baseCurrency);
        }
        this.baseCurrency = baseCurrency.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String baseCurrency() {
        return baseCurrency;
    }
}
