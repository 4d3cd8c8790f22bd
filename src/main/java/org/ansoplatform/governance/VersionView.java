package org.ansoplatform.governance;

import java.time.LocalDate;
import java.util.UUID;

/** A numbered, complete version of the Statutes. */
public record VersionView(UUID id, int number, LocalDate effectiveFrom, UUID adoptedBy, String note) {
}
