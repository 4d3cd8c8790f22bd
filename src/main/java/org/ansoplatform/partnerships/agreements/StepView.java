package org.ansoplatform.partnerships.agreements;

import java.time.Instant;
import java.time.LocalDate;

import org.ansoplatform.partnerships.AgreementStatus;

/** One step of an agreement's life: what was done, from which status to which, on what day, why, by whom, when. */
public record StepView(String action, AgreementStatus from, AgreementStatus to, LocalDate onDate, String reason,
        String byName, Instant at) {
}
