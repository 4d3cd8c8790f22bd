package org.ansoplatform.review.reviewing;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.review.PanelProgress;
import org.ansoplatform.review.ReviewStatus;
import org.ansoplatform.review.panels.Panel;
import org.ansoplatform.review.panels.PanelQueries.MemberStatus;
import org.ansoplatform.review.panels.PanelStore;
import org.ansoplatform.review.panels.SubjectSourceLookup;
import org.ansoplatform.review.SubjectSource.ScopeSummary;
import org.ansoplatform.review.reviewing.PanelNotebook.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat's view of a panel's reviewing: per subject the reviews in, raw totals and spread, the
 * calibrated score and disagreement flag, the members who could give a further review; reviewer biases.
 * Reviews of pairs found conflicted are left out everywhere.
 */
@Service
@Transactional(readOnly = true)
public class ProgressQueries {

    private final JdbcClient jdbc;
    private final PanelStore panels;
    private final SubjectSourceLookup sources;

    ProgressQueries(JdbcClient jdbc, PanelStore panels, SubjectSourceLookup sources) {
        this.sources = sources;
        this.jdbc = jdbc;
        this.panels = panels;
    }

    public record Bias(UUID reviewerId, String name, double bias, int reviews) {
    }

    private record Calibrated(double rawMean, double calibrated, double spread, boolean flagged) {
    }

    public PanelProgress progress(UUID panelId) {
        Panel panel = panels.get(panelId);
        Map<UUID, List<Double>> raw = new HashMap<>();
        jdbc.sql("""
                select r.subject_id, r.total from review.review r where r.panel_id = :panel and r.status = :submitted
                  and not exists (select 1 from review.conflict c where c.panel_id = r.panel_id and c.subject_id = r.subject_id
                                  and c.reviewer_id = r.reviewer_id)
                order by r.subject_id, r.total""")
                .param("panel", panelId).param("submitted", ReviewStatus.SUBMITTED.name())
                .query(rs -> {
                    raw.computeIfAbsent(Rows.uuid(rs, "subject_id"), id -> new ArrayList<>()).add(rs.getDouble("total"));
                });
        Map<UUID, int[]> counts = new HashMap<>();
        jdbc.sql("""
                select s.subject_id,
                       (select count(*) from review.assignment a where a.panel_id = s.panel_id and a.subject_id = s.subject_id
                          and not exists (select 1 from review.conflict c where c.panel_id = a.panel_id
                                          and c.subject_id = a.subject_id and c.reviewer_id = a.reviewer_id)) as assigned,
                       (select count(*) from review.review r where r.panel_id = s.panel_id and r.subject_id = s.subject_id
                          and r.status = :declined
                          and exists (select 1 from review.assignment a where a.panel_id = r.panel_id and a.subject_id = r.subject_id
                                      and a.reviewer_id = r.reviewer_id)
                          and not exists (select 1 from review.conflict c where c.panel_id = r.panel_id
                                          and c.subject_id = r.subject_id and c.reviewer_id = r.reviewer_id)) as declined
                from review.subject s where s.panel_id = :panel""")
                .param("panel", panelId).param("declined", ReviewStatus.DECLINED.name())
                .query(rs -> {
                    counts.put(Rows.uuid(rs, "subject_id"), new int[] {rs.getInt("assigned"), rs.getInt("declined")});
                });
        Map<UUID, Calibrated> calibrated = new HashMap<>();
        jdbc.sql("select subject_id, raw_mean, calibrated, spread, flagged from review.calibrated_score where panel_id = :panel")
                .param("panel", panelId)
                .query(rs -> {
                    calibrated.put(Rows.uuid(rs, "subject_id"),
                            new Calibrated(rs.getDouble("raw_mean"), rs.getDouble("calibrated"), rs.getDouble("spread"),
                                    rs.getBoolean("flagged")));
                });
        Set<UUID> discussed = new HashSet<>(jdbc.sql(
                "select distinct subject_id from review.panel_note where panel_id = :panel and kind = :discussion")
                .param("panel", panelId).param("discussion", Kind.DISCUSSION.name()).query(UUID.class).list());
        int perSubject = panel.reviewersPerSubject();
        // the subjects keep their track's code; its name in every language comes from the scope's owner
        var scope = sources.find(panel.scope().type()).flatMap(source -> source.scope(panel.scope().id()));
        List<PanelProgress.SubjectProgress> subjects = new ArrayList<>();
        jdbc.sql("select subject_id, label, track from review.subject where panel_id = :panel order by label, subject_id")
                .param("panel", panelId)
                .query(rs -> {
                    UUID subjectId = Rows.uuid(rs, "subject_id");
                    List<Double> scores = raw.getOrDefault(subjectId, List.of());
                    Calibrated score = calibrated.get(subjectId);
                    // once calibrated, the spread shown is the one the flag compares: of the calibrated scores (each
                    // reviewer's leniency removed); before, the raw one, in exact decimals
                    double spread = score != null ? score.spread() : scores.size() < 2 ? 0
                            : java.math.BigDecimal.valueOf(scores.get(scores.size() - 1))
                                    .subtract(java.math.BigDecimal.valueOf(scores.get(0))).doubleValue();
                    int[] count = counts.getOrDefault(subjectId, new int[2]);
                    boolean flagged = score != null && score.flagged();
                    // a declined review leaves the subject a reviewer short: the Secretariat asks another member
                    boolean needsReviewer = panel.reviewing() && count[1] > 0 && count[0] - count[1] < perSubject;
                    subjects.add(new PanelProgress.SubjectProgress(subjectId, rs.getString("label"), rs.getString("track"),
                            trackName(scope, rs.getString("track")), count[0],
                            scores.size(), count[1], scores, spread,
                            scores.isEmpty() ? null : scores.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                            score == null ? null : score.calibrated(), flagged, discussed.contains(subjectId), needsReviewer,
                            flagged || needsReviewer ? candidates(panelId, subjectId) : List.of()));
                });
        return new PanelProgress(panel.id(), panel.scope(), panel.title(), panel.status(), panel.reviewDeadline(), panel.zoneId(),
                panel.threshold(), panel.closedAt(), subjects);
    }

    private static LocalizedText trackName(java.util.Optional<ScopeSummary> scope, String track) {
        if (track == null) {
            return null;
        }
        return scope.map(found -> found.trackName(track)).orElse(LocalizedText.of(Map.of("en", track)));
    }

    /** The zone the panel's deadlines are given in (one row read, not the whole progress). */
    public ZoneId zone(UUID panelId) {
        return panels.get(panelId).zoneId();
    }

    /** Panel members who accepted, are active, not conflicted with the subject and not yet assigned to it. */
    public List<PanelProgress.Candidate> candidates(UUID panelId, UUID subjectId) {
        return jdbc.sql("""
                select r.id, r.name from review.panel_member m join review.reviewer r on r.id = m.reviewer_id
                where m.panel_id = :p and m.status = :accepted and r.active
                  and not exists (select 1 from review.conflict c where c.panel_id = :p and c.subject_id = :s and c.reviewer_id = r.id)
                  and not exists (select 1 from review.assignment a where a.panel_id = :p and a.subject_id = :s and a.reviewer_id = r.id)
                order by r.name, r.id""")
                .param("p", panelId).param("s", subjectId).param("accepted", MemberStatus.ACCEPTED.name())
                .query((rs, n) -> new PanelProgress.Candidate(Rows.uuid(rs, "id"), rs.getString("name"))).list();
    }

    /** Reviewer biases as last calibrated, most lenient first. */
    public List<Bias> biases(UUID panelId) {
        return jdbc.sql("""
                select b.reviewer_id, r.name, b.bias, b.reviews from review.reviewer_bias b join review.reviewer r on r.id = b.reviewer_id
                where b.panel_id = :panel order by b.bias desc, b.reviewer_id""")
                .param("panel", panelId)
                .query((rs, n) -> new Bias(Rows.uuid(rs, "reviewer_id"), rs.getString("name"), rs.getDouble("bias"), rs.getInt("reviews")))
                .list();
    }

    /** An assigned review neither submitted nor declined: who owes it, on which subject. */
    public record MissingReview(String reviewerName, String subjectLabel) {
    }

    /**
     * The reviews still owed on the panel (assigned, not conflicted, neither submitted nor declined), by reviewer:
     * the Secretariat reads them before closing, since calibration leaves them out.
     */
    public List<MissingReview> missing(UUID panelId) {
        return jdbc.sql("""
                select v.name, s.label from review.assignment a
                join review.reviewer v on v.id = a.reviewer_id
                join review.subject s on s.panel_id = a.panel_id and s.subject_id = a.subject_id
                where a.panel_id = :panel
                  and not exists (select 1 from review.conflict c where c.panel_id = a.panel_id and c.subject_id = a.subject_id
                                  and c.reviewer_id = a.reviewer_id)
                  and not exists (select 1 from review.review r where r.panel_id = a.panel_id and r.subject_id = a.subject_id
                                  and r.reviewer_id = a.reviewer_id and r.status in (:submitted, :declined))
                order by v.name, s.label""")
                .param("panel", panelId).param("submitted", ReviewStatus.SUBMITTED.name()).param("declined", ReviewStatus.DECLINED.name())
                .query((rs, n) -> new MissingReview(rs.getString("name"), rs.getString("label"))).list();
    }
}
