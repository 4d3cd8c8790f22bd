package org.ansoplatform.governance;

import java.time.LocalDate;

/** An officer appointed by a decision, from {@code termStart} (the decision's date when empty) to {@code termEnd}. */
public record Appointment(Office office, String name, LocalDate termStart, LocalDate termEnd) {
}
