package org.ansoplatform.publications.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ansoplatform.publications.AccessPolicy;
import org.ansoplatform.publications.Cadence;
import org.ansoplatform.publications.SeriesCommand;
import org.ansoplatform.publications.SeriesKind;
import org.ansoplatform.publications.SeriesView;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A series as the Secretariat types it: texts per language, the numbering pattern, languages chosen, editors and
 * named readers by email (one per line) and named organizations from the directory.
 */
public record SeriesForm(@NotNull SeriesKind kind, @NotNull Cadence cadence, Map<String, String> title,
        Map<String, String> description, @Size(max = 9) String issn, @Size(max = 60) String numberLabel, List<String> languages,
        @NotNull AccessPolicy accessPolicy, Boolean titlePublic, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate, @Size(max = 5000) String editorEmails,
        @Size(max = 5000) String readerEmails, List<UUID> readerOrganizations) {

    static SeriesForm blank() {
        return new SeriesForm(SeriesKind.MAGAZINE, Cadence.IRREGULAR, Map.of(), Map.of(), "", "No. {n}", List.of(),
                AccessPolicy.PUBLIC, false, null, null, "", "", List.of());
    }

    static SeriesForm of(SeriesView s, List<String> editors, List<String> readers) {
        return new SeriesForm(s.kind(), s.cadence(), s.title().values(), s.description().values(), s.issn(), s.numberLabel(),
                s.languages(), s.accessPolicy(), s.titlePublic(), s.startDate(), s.endDate(), String.join("\n", editors),
                String.join("\n", readers), s.readerOrganizations());
    }

    SeriesCommand command(List<UUID> editors, List<UUID> readers) {
        return new SeriesCommand(kind, cadence, LocalizedText.of(title), LocalizedText.of(description), issn, numberLabel, languages,
                accessPolicy, Boolean.TRUE.equals(titlePublic), startDate, endDate, editors, readers,
                readerOrganizations == null ? List.of() : readerOrganizations);
    }

    public boolean has(Object value, List<?> chosen) {
        return chosen != null && chosen.contains(value);
    }
}
