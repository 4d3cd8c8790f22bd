package org.ansoplatform.governance;

import java.time.Instant;
import java.util.UUID;

/** One step in an application's history: what happened ({@code kind}), by whom, and the state it left. */
public record ApplicationStep(Instant at, UUID by, String kind, ApplicationState state, String note, UUID decisionId) {
}
