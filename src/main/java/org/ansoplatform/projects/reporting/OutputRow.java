package org.ansoplatform.projects.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.projects.OutputKind;
import org.ansoplatform.projects.TraineeCount;
import org.ansoplatform.shared.LocalizedText;

/** An output as stored: the linked record's reference as text, the title only where nothing is linked. */
public record OutputRow(UUID id, UUID projectId, UUID reportId, OutputKind kind, LocalizedText title,
        LocalizedText description, LocalDate periodStart, LocalDate periodEnd, LocalDate occurredOn, String recordRef,
        String doi, String url, Integer beneficiaries, Integer places, List<TraineeCount> trainees,
        List<String> countries, boolean published) {
}
