package org.ansoplatform.review;

import java.sql.Array;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the owner of a scope reads back: the panel's state and, once reviewing is closed, every
 * subject's raw and calibrated score. Selection (in the owning module) ranks by the calibrated score.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("outcomes")
public class ReviewOutcomes {

    private final JdbcClient jdbc;
    private final ReviewingStore store;
    private final Rubrics rubrics;

    ReviewOutcomes(JdbcClient jdbc, ReviewingStore store, Rubrics rubrics) {
        this.jdbc = jdbc;
        this.store = store;
        this.rubrics = rubrics;
    }

    public Optional<PanelState> panel(ReviewScope scope) {
        return jdbc.sql("select id, status from review.panel where scope_type = ? and scope_id = ?")
                .param(scope.type()).param(scope.id())
                .query((rs, n) -> new PanelState(rs.getObject("id", UUID.class), PanelStatus.valueOf(rs.getString("status"))))
                .optional();
    }

    /**
     * Scores of the scope's subjects as last calibrated, with the raw mean of each rubric criterion over the
     * same reviews (submitted, not conflicted), in one query; empty until reviewing is closed.
     */
    public List<SubjectOutcome> outcomes(ReviewScope scope) {
        return jdbc.sql("""
                select s.subject_id, s.raw_mean, s.calibrated, s.spread, s.reviews, s.flagged, c.keys, c.means
                from review.calibrated_score s join review.panel p on p.id = s.panel_id
                left join lateral (
                    select array_agg(m.key order by m.key) keys, array_agg(m.mean order by m.key) means
                    from (select x.key, avg(x.value::text::float8) mean
                          from review.review r cross join lateral jsonb_each(r.scores) x
                          where r.panel_id = s.panel_id and r.subject_id = s.subject_id and r.status = 'SUBMITTED'
                            and jsonb_typeof(x.value) = 'number'
                            and not exists (select 1 from review.conflict k where k.panel_id = r.panel_id
                                            and k.subject_id = r.subject_id and k.reviewer_id = r.reviewer_id)
                          group by x.key) m) c on true
                where p.scope_type = ? and p.scope_id = ? and p.status = 'CLOSED'
                order by s.subject_id""")
                .param(scope.type()).param(scope.id())
                .query((rs, n) -> new SubjectOutcome(rs.getObject("subject_id", UUID.class), rs.getDouble("raw_mean"),
                        rs.getDouble("calibrated"), rs.getDouble("spread"), rs.getInt("reviews"), rs.getBoolean("flagged"),
                        means(rs.getArray("keys"), rs.getArray("means"))))
                .list();
    }

    private static Map<String, Double> means(Array keys, Array means) throws SQLException {
        if (keys == null || means == null) {
            return Map.of();
        }
        String[] k = (String[]) keys.getArray();
        Object[] m = (Object[]) means.getArray();
        Map<String, Double> byKey = new LinkedHashMap<>();
        for (int i = 0; i < k.length; i++) {
            byKey.put(k[i], ((Number) m[i]).doubleValue());
        }
        return byKey;
    }

    /** The keys of the rubric criteria the scope's panel reviews with (its own rubric or the default); empty without a panel. */
    public List<String> criteria(ReviewScope scope) {
        return panel(scope).flatMap(state -> store.panel(state.panelId()))
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
