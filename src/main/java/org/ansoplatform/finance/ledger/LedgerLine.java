package org.ansoplatform.finance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One ledger line as pages and the API show it: its amount in its own currency and in the base currency at
 * {@code rate}; {@code reverses} names the line it reverses (with {@code reason}), {@code reversedBy} the line that
 * reversed it.
 */
public record LedgerLine(UUID id, UUID importId, Integer lineNo, LocalDate date, BigDecimal amount, String currency,
        BigDecimal rate, BigDecimal baseAmount, String programme, String fund, String project, String call,
        String meeting, String voucher, String description, UUID reverses, String reason, UUID reversedBy,
        boolean illustrative) {

    public boolean reversing() {
        return reverses != null;
    }

    public boolean reversed() {
        return reversedBy != null;
    }
}
