package org.ansoplatform.publications;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;

/**
 * A series as its editors describe it. {@code numberLabel} shows an issue's number ("No. {n}", "Vol. 3, No. {n}");
 * {@code readerPeople} and {@code readerOrganizations} are the default recipients of its restricted items;
 * {@code endDate} is the day it ceased (no missed issue is expected after it).
 */
public record SeriesCommand(SeriesKind kind, Cadence cadence, LocalizedText title, LocalizedText description, String issn,
        String numberLabel, List<String> languages, AccessPolicy accessPolicy, boolean titlePublic, LocalDate startDate,
        LocalDate endDate, List<UUID> editors, List<UUID> readerPeople, List<UUID> readerOrganizations) {

    public SeriesCommand {
        languages = languages == null ? List.of() : List.copyOf(languages);
        editors = editors == null ? List.of() : List.copyOf(editors);
        readerPeople = readerPeople == null ? List.of() : List.copyOf(readerPeople);
        readerOrganizations = readerOrganizations == null ? List.of() : List.copyOf(readerOrganizations);
    }
}
