package org.ansoplatform.governance;

import java.time.LocalDate;
import java.util.UUID;

/** An officer and their term. */
public record OfficerView(UUID id, Office office, String name, LocalDate termStart, LocalDate termEnd) {
}
