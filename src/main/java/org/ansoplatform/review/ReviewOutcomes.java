package org.ansoplatform.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.review.panels.PanelStore;
import org.ansoplatform.review.reviewing.OutcomeQueries;
import org.ansoplatform.review.reviewing.RubricEditor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the owner of a scope reads back: the panel's state and, once reviewing is closed, every
 * subject's raw and calibrated score. Selection (in the owning module) ranks by the calibrated score.
 * A thin face over the panel store and {@link OutcomeQueries}.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("outcomes")
public class ReviewOutcomes {

    private final PanelStore panels;
    private final OutcomeQueries queries;
    private final RubricEditor rubrics;

    ReviewOutcomes(PanelStore panels, OutcomeQueries queries, RubricEditor rubrics) {
        this.panels = panels;
        this.queries = queries;
        this.rubrics = rubrics;
    }

    public Optional<PanelState> panel(ReviewScope scope) {
        return panels.forScope(scope).map(panel -> new PanelState(panel.id(), panel.status()));
    }

    /**
     * Scores of the scope's subjects as last calibrated, with the raw mean of each rubric criterion over the
     * same reviews (submitted, not conflicted); empty until reviewing is closed.
     */
    public List<SubjectOutcome> outcomes(ReviewScope scope) {
        return queries.outcomes(scope);
    }

    /** The keys of the rubric criteria the scope's panel reviews with (its own rubric or the default); empty without a panel. */
    public List<String> criteria(ReviewScope scope) {
        return panels.forScope(scope)
                .map(panel -> rubrics.effective(panel).criteria().stream().map(Rubric.Criterion::key).toList())
                .orElse(List.of());
    }

    public enum PanelStatus { SETUP, REVIEWING, CLOSED }

    public record PanelState(UUID panelId, PanelStatus status) {
    }

    /**
     * @param calibrated the score with reviewer leniency or harshness removed, on the rubric's scale
     * @param flagged reviewers disagreed beyond the panel's threshold
     * @param criterionMeans the raw mean score of each rubric criterion (by key) over the subject's submitted,
     *        non-conflicted reviews, on the criterion's own scale
     */
    public record SubjectOutcome(UUID subjectId, double rawMean, double calibrated, double spread, int reviews,
            boolean flagged, Map<String, Double> criterionMeans) {

        public SubjectOutcome {
            criterionMeans = Map.copyOf(criterionMeans);
        }
    }
}
