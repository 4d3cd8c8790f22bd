package org.ansoplatform.review.reviewing;

import java.sql.Array;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.review.ReviewOutcomes.PanelStatus;
import org.ansoplatform.review.ReviewOutcomes.SubjectOutcome;
import org.ansoplatform.review.ReviewScope;
import org.ansoplatform.review.ReviewStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The SQL behind {@link org.ansoplatform.review.ReviewOutcomes}: a closed panel's scores with each criterion's raw mean. */
@Service
@Transactional(readOnly = true)
public class OutcomeQueries {

    private final JdbcClient jdbc;

    OutcomeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                          where r.panel_id = s.panel_id and r.subject_id = s.subject_id and r.status = :submitted
                            and jsonb_typeof(x.value) = 'number'
                            and not exists (select 1 from review.conflict k where k.panel_id = r.panel_id
                                            and k.subject_id = r.subject_id and k.reviewer_id = r.reviewer_id)
                          group by x.key) m) c on true
                where p.scope_type = :type and p.scope_id = :scope and p.status = :closed
                order by s.subject_id""")
                .param("submitted", ReviewStatus.SUBMITTED.name()).param("type", scope.type()).param("scope", scope.id())
                .param("closed", PanelStatus.CLOSED.name())
                .query((rs, n) -> new SubjectOutcome(Rows.uuid(rs, "subject_id"), rs.getDouble("raw_mean"), rs.getDouble("calibrated"),
                        rs.getDouble("spread"), rs.getInt("reviews"), rs.getBoolean("flagged"), means(rs.getArray("keys"), rs.getArray("means"))))
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
}
