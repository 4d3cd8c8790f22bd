package org.ansoplatform.projects;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;

/** A milestone or deliverable of a project's plan; achieved once it has a date of achievement. */
public record MilestoneView(UUID id, UUID projectId, int position, MilestoneKind kind, String workPackage,
        LocalizedText title, LocalDate dueOn, LocalDate achievedOn) {

    public boolean achieved() {
        return achievedOn != null;
    }

    public String title(Locale locale) {
        return title.in(locale);
    }

    public boolean overdue(LocalDate today) {
        return achievedOn == null && dueOn.isBefore(today);
    }
}
