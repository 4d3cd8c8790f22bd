package org.ansoplatform.review.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.platform.DemoReviewRequested;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** A closed panel with its calibrated scores, in batches: the rows a panel leaves when it closes, for demo history. */
@Repository
class DemoScoreStore {

    private static final int BATCH = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    DemoScoreStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The raw mean is the score to two decimals (so that some tie and the tie-breaks have work), the spread a fixed
     * function of the subject so that a restart writes the same rows.
     */
    void closedPanel(String scopeType, UUID scopeId, List<DemoReviewRequested.Subject> subjects, Instant now) {
        UUID panelId = UUID.nameUUIDFromBytes(("anso-demo-panel-" + scopeType + scopeId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Timestamp at = Timestamp.from(now);
        jdbc.update("""
                insert into review.panel (id, scope_type, scope_id, title, status, created_at, closed_at)
                values (:id, :type, :scope, '{}', 'CLOSED', :at, :at) on conflict do nothing""",
                new MapSqlParameterSource("id", panelId).addValue("type", scopeType).addValue("scope", scopeId).addValue("at", at));
        for (int from = 0; from < subjects.size(); from += BATCH) {
            List<SqlParameterSource> rows = new ArrayList<>();
            for (DemoReviewRequested.Subject subject : subjects.subList(from, Math.min(subjects.size(), from + BATCH))) {
                double score = subject.score();
                rows.add(new MapSqlParameterSource("panel", panelId).addValue("subject", subject.id())
                        .addValue("raw", Math.round(score * 100) / 100.0).addValue("calibrated", score)
                        .addValue("spread", (Math.floorMod(subject.id().hashCode(), 100)) / 100.0).addValue("at", at));
            }
            jdbc.batchUpdate("""
                    insert into review.calibrated_score (panel_id, subject_id, raw_mean, calibrated, spread, reviews, flagged, computed_at)
                    values (:panel, :subject, :raw, :calibrated, :spread, 3, false, :at) on conflict do nothing""",
                    rows.toArray(SqlParameterSource[]::new));
        }
    }
}
