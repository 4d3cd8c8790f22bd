package org.ansoplatform.projects.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.projects.Gender;
import org.ansoplatform.projects.OutputCommand;
import org.ansoplatform.projects.OutputKind;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An output as the principal investigator's form gives it: texts in each configured language, the linked meeting
 * chosen from the meetings module, a dataset's record reference or DOI, trainees as parallel lines of country,
 * gender and count, and the countries reached.
 */
record OutputForm(OutputKind kind, Map<String, String> title, Map<String, String> description,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
        UUID meetingId, String recordRef, String doi, String url, Integer beneficiaries, Integer places,
        List<String> traineeCountry, List<Gender> traineeGender, List<Integer> traineeCount, List<String> countries,
        Boolean published) {

    static final int TRAINEE_ROWS = 4;

    static OutputForm empty() {
        return new OutputForm(null, Map.of(), Map.of(), null, null, null, null, null, null, null, null, null, List.of(),
                List.of(), List.of(), List.of(), false);
    }

    OutputCommand command() {
        List<OutputCommand.Trainees> trainees = new ArrayList<>();
        int rows = Math.max(size(traineeCountry), Math.max(size(traineeGender), size(traineeCount)));
        for (int i = 0; i < rows; i++) {
            trainees.add(new OutputCommand.Trainees(at(traineeCountry, i), at(traineeGender, i), at(traineeCount, i)));
        }
        return new OutputCommand(kind, LocalizedText.of(title), LocalizedText.of(description), periodStart, periodEnd,
                occurredOn, meetingId, recordRef, doi, url, beneficiaries, places, trainees,
                countries == null ? List.of() : countries, Boolean.TRUE.equals(published));
    }

    /** The value of a trainee line's field as typed, for the form shown again. */
    public Object trainee(String field, int i) {
        return switch (field) {
            case "country" -> at(traineeCountry, i);
            case "gender" -> at(traineeGender, i);
            default -> at(traineeCount, i);
        };
    }

    private static int size(List<?> values) {
        return values == null ? 0 : values.size();
    }

    private static <T> T at(List<T> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }
}
