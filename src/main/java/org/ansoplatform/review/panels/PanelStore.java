package org.ansoplatform.review.panels;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.review.ReviewOutcomes.PanelStatus;
import org.ansoplatform.review.ReviewScope;
import org.ansoplatform.review.Rubric;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The panel's row: the one place it is read ({@link #find}) and locked ({@link #lock}, {@link #lockShared}), its
 * settings, status and rubric written. Reviewing reads and locks panels through here too.
 */
@Repository
public class PanelStore {

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PanelStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Panel> find(UUID id) {
        return jdbc.sql("select * from review.panel where id = :id").param("id", id).query(this::panel).optional();
    }

    /** The panel, or 404. */
    public Panel get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("panel " + id));
    }

    /** The panel under an exclusive lock until the transaction ends (settings, transitions, rubric saves), or 404. */
    public Panel lock(UUID id) {
        return jdbc.sql("select * from review.panel where id = :id for update").param("id", id).query(this::panel).optional()
                .orElseThrow(() -> new NotFoundException("panel " + id));
    }

    /** The panel under a shared lock: reviews are saved side by side, rubric saves and closing wait for them; or 404. */
    public Panel lockShared(UUID id) {
        return jdbc.sql("select * from review.panel where id = :id for share").param("id", id).query(this::panel).optional()
                .orElseThrow(() -> new NotFoundException("panel " + id));
    }

    public Optional<Panel> forScope(ReviewScope scope) {
        return jdbc.sql("select * from review.panel where scope_type = :type and scope_id = :id")
                .param("type", scope.type()).param("id", scope.id()).query(this::panel).optional();
    }

    /** The panels (not closed) a reviewer is a member of, locked in id order. */
    List<UUID> lockOpenPanelsOf(UUID reviewerId) {
        return jdbc.sql("""
                select p.id from review.panel p join review.panel_member m on m.panel_id = p.id
                where m.reviewer_id = :reviewer and p.status <> :closed order by p.id for update of p""")
                .param("reviewer", reviewerId).param("closed", PanelStatus.CLOSED.name()).query(UUID.class).list();
    }

    Set<String> takenScopes() {
        return Set.copyOf(jdbc.sql("select scope_type || ':' || scope_id from review.panel").query(String.class).list());
    }

    /** Inserts a panel for the scope unless it has one; answers the scope's panel id either way. */
    UUID insertOnce(UUID id, ReviewScope scope, LocalizedText title, String[] blind, Instant now) {
        int inserted = jdbc.sql("""
                insert into review.panel (id, scope_type, scope_id, title, blind_fields, created_at)
                values (:id, :type, :scope, :title::jsonb, :blind, :now)
                on conflict (scope_type, scope_id) do nothing""")
                .param("id", id).param("type", scope.type()).param("scope", scope.id()).param("title", json.writeValueAsString(title))
                .param("blind", blind).param("now", Timestamp.from(now)).update();
        if (inserted == 1) {
            return id;
        }
        return jdbc.sql("select id from review.panel where scope_type = :type and scope_id = :scope")
                .param("type", scope.type()).param("scope", scope.id()).query(UUID.class).single();
    }

    void saveSettings(UUID id, PanelSetup.Settings settings, String[] blind, String[] listed, Instant deadline, String zone) {
        jdbc.sql("""
                update review.panel set reviewers_per_subject = :k, min_load = :minLoad, max_load = :maxLoad, load_penalty = :penalty,
                    fairness_floor = :floor, conflict_same_country = :sameCountry, blind_fields = :blind, conflict_list_fields = :listed,
                    review_deadline = :deadline, zone = :zone, version = version + 1 where id = :id""")
                .param("k", settings.reviewersPerSubject()).param("minLoad", settings.minLoad()).param("maxLoad", settings.maxLoad())
                .param("penalty", settings.loadPenalty()).param("floor", settings.fairnessFloor())
                .param("sameCountry", settings.conflictSameCountry()).param("blind", blind).param("listed", listed)
                .param("deadline", deadline == null ? null : Timestamp.from(deadline)).param("zone", zone).param("id", id)
                .update();
    }

    void saveDoubleBlind(UUID id, boolean doubleBlind) {
        jdbc.sql("update review.panel set double_blind = :blind, version = version + 1 where id = :id")
                .param("blind", doubleBlind).param("id", id).update();
    }

    /** Stores a transition the panel made ({@link Panel#openReviewing}, {@link Panel#close}, {@link Panel#reopenForFurtherReview}). */
    public void saveStatus(Panel panel) {
        jdbc.sql("update review.panel set status = :status, closed_at = :closedAt, version = version + 1 where id = :id")
                .param("status", panel.status().name()).param("closedAt", panel.closedAt() == null ? null : Timestamp.from(panel.closedAt()))
                .param("id", panel.id()).update();
    }

    public void saveRubric(UUID id, Rubric rubric) {
        jdbc.sql("update review.panel set rubric = :rubric::jsonb, version = version + 1 where id = :id")
                .param("rubric", json.writeValueAsString(rubric)).param("id", id).update();
    }

    private Panel panel(ResultSet rs, int n) throws SQLException {
        return new Panel(Rows.uuid(rs, "id"), new ReviewScope(rs.getString("scope_type"), Rows.uuid(rs, "scope_id")),
                text(rs.getString("title")), Rows.enumValue(rs, "status", PanelStatus.class), rs.getInt("reviewers_per_subject"),
                rs.getInt("min_load"), rs.getInt("max_load"), rs.getDouble("load_penalty"), rs.getBoolean("fairness_floor"),
                rs.getBoolean("conflict_same_country"), Rows.strings(rs, "blind_fields"), Rows.strings(rs, "conflict_list_fields"),
                Rows.instant(rs, "review_deadline"), rs.getString("zone"), rs.getDouble("disagreement_threshold"),
                rubric(rs.getString("rubric")), Rows.instant(rs, "closed_at"), rs.getBoolean("double_blind"));
    }

    private Rubric rubric(String stored) {
        var tree = json.readTree(stored);
        if (!tree.has("scaleMin")) {
            return new Rubric(1, 10, List.of());
        }
        return json.treeToValue(tree, Rubric.class);
    }

    public LocalizedText text(String stored) {
        return LocalizedText.of(json.readValue(stored, TEXTS));
    }
}
