package org.ansoplatform.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A body's mandate with every change decided about it. */
/** {@code decidedBy}: the decision that gave the mandate (none for the founding mandate). */
public record MandateView(UUID id, Body body, LocalDate termStart, LocalDate termEnd, List<MandateChangeView> changes,
        UUID decidedBy) {
}
