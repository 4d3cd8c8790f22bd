package org.ansoplatform.finance.web;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The rate of a day: units of the base currency for one unit of {@code currency}. */
record LedgerRateForm(String currency, LocalDate date, BigDecimal rate) {
}
