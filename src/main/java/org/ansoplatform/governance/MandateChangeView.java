package org.ansoplatform.governance;

import java.time.LocalDate;
import java.util.UUID;

/** One change of a mandate's end, by a decision. */
public record MandateChangeView(LocalDate previousEnd, LocalDate newEnd, UUID decisionId) {
}
