package org.ansoplatform.annualreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An edition of a year's report: its number, where it stands, the languages it is written in and how it was decided. */
public record EditionView(UUID id, int year, int number, EditionStatus status, boolean illustrative, List<String> languages,
        UUID decisionId, LocalDate decidedOn, Instant frozenAt, UUID issueId, Instant updatedAt) {

    public EditionView {
        languages = List.copyOf(languages);
    }

    /** A DRAFT or SUBMITTED edition: live, computed when shown. */
    public boolean live() {
        return !status.frozen();
    }
}
