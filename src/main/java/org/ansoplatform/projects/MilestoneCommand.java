package org.ansoplatform.projects;

import java.time.LocalDate;

import org.ansoplatform.shared.LocalizedText;

/** A milestone or deliverable as the Secretariat enters it. */
public record MilestoneCommand(MilestoneKind kind, String workPackage, LocalizedText title, LocalDate dueOn) {
}
