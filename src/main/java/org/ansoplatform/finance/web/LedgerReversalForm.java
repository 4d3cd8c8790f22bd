package org.ansoplatform.finance.web;

import java.time.LocalDate;

/** Why a line is reversed, and on which day (today when empty). */
record LedgerReversalForm(String reason, LocalDate date) {
}
