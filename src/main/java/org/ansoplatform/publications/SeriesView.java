package org.ansoplatform.publications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;

/** A series as stored, with its editors and its default recipients. */
public record SeriesView(UUID id, SeriesKind kind, Cadence cadence, LocalizedText title, LocalizedText description, String issn,
        String numberLabel, List<String> languages, AccessPolicy accessPolicy, boolean titlePublic, LocalDate startDate,
        LocalDate endDate, boolean illustrative, List<UUID> editors, List<UUID> readerPeople, List<UUID> readerOrganizations,
        Instant createdAt, Instant updatedAt) {

    /** The number as the series writes it ("No. 7"). */
    public String numbered(int number) {
        return numberLabel.replace("{n}", String.valueOf(number));
    }

    /** Whether editors are warned of an issue that did not appear. */
    public boolean watched() {
        return cadence == Cadence.WEEKLY || cadence == Cadence.MONTHLY;
    }
}
