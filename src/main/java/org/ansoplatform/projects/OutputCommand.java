package org.ansoplatform.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;

/**
 * An output as the principal investigator reports it. A meeting or training names the meetings module's meeting
 * ({@code meetingId}); a dataset or publication names a record ({@code recordRef}, {@code module:type:id}) or a
 * DOI; media a web address. Trainees are counted by country and gender; beneficiaries with the places they live in.
 */
public record OutputCommand(OutputKind kind, LocalizedText title, LocalizedText description, LocalDate periodStart,
        LocalDate periodEnd, LocalDate occurredOn, UUID meetingId, String recordRef, String doi, String url,
        Integer beneficiaries, Integer places, List<Trainees> trainees, List<String> countries, boolean published) {

    /** A line of people trained: the count may be typed negative, and is refused then. */
    public record Trainees(String country, Gender gender, Integer count) {
    }
}
