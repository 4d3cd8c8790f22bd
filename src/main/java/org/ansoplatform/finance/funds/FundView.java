package org.ansoplatform.finance.funds;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ansoplatform.finance.FundKind;
import org.ansoplatform.finance.MovementKind;
import org.ansoplatform.shared.LocalizedText;

/** A fund as its pages show it: what it is, in the base currency, with its balance. */
public record FundView(String code, LocalizedText name, LocalizedText description, FundKind kind, String currency,
        String programmeCode, boolean illustrative, FundBalances.Balance balance) {

    /** Money received into a fund: principal or income, positive, on a day not in the future. */
    public record Movement(UUID id, MovementKind kind, BigDecimal amount, String currency, LocalDate onDate, String note,
            boolean illustrative, Instant enteredAt) {
    }
}
