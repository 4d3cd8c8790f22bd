package org.ansoplatform.governance;

import java.time.LocalDate;
import java.util.UUID;

/** An officer and their term; {@code decidedBy}: the decision that appointed the officer (none for the founding officers). */
@org.springframework.modulith.NamedInterface("officers")
public record OfficerView(UUID id, Office office, String name, LocalDate termStart, LocalDate termEnd, UUID decidedBy) {
}
