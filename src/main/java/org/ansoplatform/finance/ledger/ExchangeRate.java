package org.ansoplatform.finance.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Units of the base currency for one unit of {@code currency} on {@code date}; {@code used} once a ledger line has it. */
public record ExchangeRate(String currency, LocalDate date, BigDecimal rate, Instant enteredAt, boolean used) {
}
