package org.ansoplatform.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.shared.RecordView;

/**
 * An output as a reader sees it: its title is the linked record's, resolved for this reader through
 * {@code platform.Records} (hidden when the reader may not see it), else the title it was given.
 */
public record OutputView(UUID id, UUID projectId, UUID reportId, OutputKind kind, String title, String description,
        LocalDate periodStart, LocalDate periodEnd, LocalDate occurredOn, RecordView linked, String doi, String url,
        Integer beneficiaries, Integer places, List<TraineeCount> trainees, List<String> countries, boolean published) {

    public int trained() {
        return trainees.stream().mapToInt(TraineeCount::count).sum();
    }
}
