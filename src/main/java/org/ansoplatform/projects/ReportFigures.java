package org.ansoplatform.projects;

import java.util.List;
import java.util.Map;

/**
 * What projects produced, for one project or all of them, in a year or in total: outputs by kind, people trained by
 * country and gender, beneficiaries with the places they live in, and the countries reached (trainees' and the
 * outputs' own). Counted from outputs whose report was accepted and outputs entered without a report.
 */
public record ReportFigures(Map<OutputKind, Long> outputsByKind, List<TraineeCount> trainees, long beneficiaries,
        long places, List<String> countriesReached) {

    public long trained() {
        return trainees.stream().mapToLong(TraineeCount::count).sum();
    }

    public long outputs() {
        return outputsByKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
