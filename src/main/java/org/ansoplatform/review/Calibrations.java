package org.ansoplatform.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.review.ReviewingStore.PanelRow;
import org.ansoplatform.review.calibration.CalibrationResult;
import org.ansoplatform.review.calibration.CalibrationSettings;
import org.ansoplatform.review.calibration.RawScore;
import org.ansoplatform.review.calibration.ScoreCalibration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a panel's reviewing and calibrating its scores: the submitted totals (of reviewers not
 * conflicted with the subject) go through ScoreCalibration, ordered by subject and reviewer so the same
 * reviews always give the same scores; calibrated scores and reviewer biases replace the panel's previous
 * ones, and ReviewingClosed tells the scope's owner after commit. Subjects whose reviewers disagree
 * beyond the panel's threshold are flagged: the Secretariat asks one more panel member for a review
 * (which reopens reviewing) or records the panel's discussion.
 */
@Service
public class Calibrations {

    /** Shrinkage of reviewer biases: a reviewer with three reviews keeps half their apparent offset. */
    static final double RIDGE = 3.0;

    private final ReviewingStore store;
    private final JdbcClient jdbc;
    private final PanelNotes notes;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final Clock clock;

    Calibrations(ReviewingStore store, PanelNotes notes, ApplicationEventPublisher events, CurrentActor actor, Clock clock) {
        this.store = store;
        this.jdbc = store.jdbc();
        this.notes = notes;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PanelProgress progress(UUID panelId) {
        PanelRow panel = store.panel(panelId).orElseThrow(() -> new NotFoundException("panel " + panelId));
        Map<UUID, List<Double>> raw = new HashMap<>();
        jdbc.sql("""
                select r.subject_id, r.total from review.review r where r.panel_id = ? and r.status = 'SUBMITTED'
                  and not exists (select 1 from review.conflict c where c.panel_id = r.panel_id and c.subject_id = r.subject_id
                                  and c.reviewer_id = r.reviewer_id)
                order by r.subject_id, r.total""")
                .param(panelId)
                .query(rs -> {
                    raw.computeIfAbsent(rs.getObject("subject_id", UUID.class), id -> new ArrayList<>()).add(rs.getDouble("total"));
                });
        Map<UUID, int[]> counts = new HashMap<>();
        jdbc.sql("""
                select s.subject_id,
                       (select count(*) from review.assignment a where a.panel_id = s.panel_id and a.subject_id = s.subject_id
                          and not exists (select 1 from review.conflict c where c.panel_id = a.panel_id
                                          and c.subject_id = a.subject_id and c.reviewer_id = a.reviewer_id)) as assigned,
                       (select count(*) from review.review r where r.panel_id = s.panel_id and r.subject_id = s.subject_id
                          and r.status = 'DECLINED'
                          and exists (select 1 from review.assignment a where a.panel_id = r.panel_id and a.subject_id = r.subject_id
                                      and a.reviewer_id = r.reviewer_id)
                          and not exists (select 1 from review.conflict c where c.panel_id = r.panel_id
                                          and c.subject_id = r.subject_id and c.reviewer_id = r.reviewer_id)) as declined
                from review.subject s where s.panel_id = ?""")
                .param(panelId)
                .query(rs -> {
                    counts.put(rs.getObject("subject_id", UUID.class), new int[] {rs.getInt("assigned"), rs.getInt("declined")});
                });
        record Calibrated(double rawMean, double calibrated, boolean flagged) {
        }
        Map<UUID, Calibrated> calibrated = new HashMap<>();
        jdbc.sql("select subject_id, raw_mean, calibrated, flagged from review.calibrated_score where panel_id = ?").param(panelId)
                .query(rs -> {
                    calibrated.put(rs.getObject("subject_id", UUID.class),
                            new Calibrated(rs.getDouble("raw_mean"), rs.getDouble("calibrated"), rs.getBoolean("flagged")));
                });
        Set<UUID> discussed = new HashSet<>(jdbc.sql(
                "select distinct subject_id from review.panel_note where panel_id = ? and kind = 'DISCUSSION'")
                .param(panelId).query(UUID.class).list());
        int perSubject = jdbc.sql("select reviewers_per_subject from review.panel where id = ?").param(panelId).query(Integer.class)
                .single();
        List<PanelProgress.SubjectProgress> subjects = new ArrayList<>();
        jdbc.sql("select subject_id, label, track from review.subject where panel_id = ? order by label, subject_id").param(panelId)
                .query(rs -> {
                    UUID subjectId = rs.getObject("subject_id", UUID.class);
                    List<Double> scores = raw.getOrDefault(subjectId, List.of());
                    double spread = scores.size() < 2 ? 0 : scores.get(scores.size() - 1) - scores.get(0);
                    Calibrated score = calibrated.get(subjectId);
                    int[] count = counts.getOrDefault(subjectId, new int[2]);
                    boolean flagged = score != null && score.flagged();
                    // a declined review leaves the subject a reviewer short: the Secretariat asks another member
                    boolean needsReviewer = panel.reviewing() && count[1] > 0 && count[0] - count[1] < perSubject;
                    subjects.add(new PanelProgress.SubjectProgress(subjectId, rs.getString("label"), rs.getString("track"), count[0],
                            scores.size(), count[1], scores, spread,
                            scores.isEmpty() ? null : scores.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                            score == null ? null : score.calibrated(), flagged, discussed.contains(subjectId), needsReviewer,
                            flagged || needsReviewer ? candidates(panelId, subjectId) : List.of()));
                });
        return new PanelProgress(panel.id(), new ReviewScope(panel.scopeType(), panel.scopeId()), panel.title(), panel.status(),
                panel.deadline(), panel.zone(), panel.threshold(), panel.closedAt(), subjects);
    }

    /** The zone the panel's deadlines are given in (one row read, not the whole progress). */
    @Transactional(readOnly = true)
    public java.time.ZoneId zone(UUID panelId) {
        return store.panel(panelId).orElseThrow(() -> new NotFoundException("panel " + panelId)).zone();
    }

    /** Panel members who accepted, are active, not conflicted with the subject and not yet assigned to it. */
    List<PanelProgress.Candidate> candidates(UUID panelId, UUID subjectId) {
        return jdbc.sql("""
                select r.id, r.name from review.panel_member m join review.reviewer r on r.id = m.reviewer_id
                where m.panel_id = :p and m.status = 'ACCEPTED' and r.active
                  and not exists (select 1 from review.conflict c where c.panel_id = :p and c.subject_id = :s and c.reviewer_id = r.id)
                  and not exists (select 1 from review.assignment a where a.panel_id = :p and a.subject_id = :s and a.reviewer_id = r.id)
                order by r.name, r.id""")
                .param("p", panelId).param("s", subjectId)
                .query((rs, n) -> new PanelProgress.Candidate(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    /** Closes reviewing (only from REVIEWING), calibrates and tells the scope's owner. */
    @Transactional
    public CalibrationSummary close(UUID panelId, boolean confirmed) {
        PanelRow panel = store.lockPanel(panelId).orElseThrow(() -> new NotFoundException("panel " + panelId));
        if (!confirmed) {
            throw new InvalidInputException("confirm", "reviewing.close.confirm");
        }
        if (!panel.reviewing()) {
            throw new InvalidInputException(null, "reviewing.close.notReviewing");
        }
        Instant now = clock.instant();
        jdbc.sql("update review.panel set status = 'CLOSED', closed_at = ?, version = version + 1 where id = ?")
                .params(Timestamp.from(now), panelId).update();
        return calibrateAndPublish(panel, now);
    }

    /** Calibrates a closed panel again (after a further review, or to reproduce the stored scores). */
    @Transactional
    public CalibrationSummary recalibrate(UUID panelId) {
        PanelRow panel = store.lockPanel(panelId).orElseThrow(() -> new NotFoundException("panel " + panelId));
        if (!panel.closed()) {
            throw new InvalidInputException(null, "reviewing.recalibrate.notClosed");
        }
        return calibrateAndPublish(panel, clock.instant());
    }

    private CalibrationSummary calibrateAndPublish(PanelRow panel, Instant now) {
        List<RawScore> scores = jdbc.sql("""
                select r.reviewer_id, r.subject_id, r.total from review.review r
                where r.panel_id = ? and r.status = 'SUBMITTED'
                  and exists (select 1 from review.subject s where s.panel_id = r.panel_id and s.subject_id = r.subject_id)
                  and not exists (select 1 from review.conflict c where c.panel_id = r.panel_id and c.subject_id = r.subject_id
                                  and c.reviewer_id = r.reviewer_id)
                order by r.subject_id, r.reviewer_id""")
                .param(panel.id())
                .query((rs, n) -> new RawScore(rs.getObject("reviewer_id", UUID.class), rs.getObject("subject_id", UUID.class),
                        rs.getDouble("total")))
                .list();
        CalibrationResult result = ScoreCalibration.calibrate(scores,
                new CalibrationSettings(RIDGE, panel.threshold(), 10_000, 1e-10));
        jdbc.sql("delete from review.calibrated_score where panel_id = ?").param(panel.id()).update();
        jdbc.sql("delete from review.reviewer_bias where panel_id = ?").param(panel.id()).update();
        Timestamp at = Timestamp.from(now);
        // one multi-row insert each (unnest of arrays), not one statement per subject and reviewer
        List<CalibrationResult.ApplicationScore> calibrated = result.applications().values().stream()
                .sorted(java.util.Comparator.comparing(CalibrationResult.ApplicationScore::applicationId)).toList();
        if (!calibrated.isEmpty()) {
            jdbc.sql("""
                    insert into review.calibrated_score (panel_id, subject_id, raw_mean, calibrated, spread, reviews, flagged, computed_at)
                    select ?, t.subject_id, t.raw_mean, t.calibrated, t.spread, t.reviews, t.flagged, ?
                    from unnest(?::uuid[], ?::float8[], ?::float8[], ?::float8[], ?::int[], ?::boolean[])
                        as t (subject_id, raw_mean, calibrated, spread, reviews, flagged)""")
                    .params(panel.id(), at,
                            calibrated.stream().map(CalibrationResult.ApplicationScore::applicationId).toArray(UUID[]::new),
                            calibrated.stream().map(CalibrationResult.ApplicationScore::rawMean).toArray(Double[]::new),
                            calibrated.stream().map(CalibrationResult.ApplicationScore::calibrated).toArray(Double[]::new),
                            calibrated.stream().map(CalibrationResult.ApplicationScore::spread).toArray(Double[]::new),
                            calibrated.stream().map(CalibrationResult.ApplicationScore::reviews).toArray(Integer[]::new),
                            calibrated.stream().map(CalibrationResult.ApplicationScore::disagreement).toArray(Boolean[]::new))
                    .update();
        }
        List<CalibrationResult.ReviewerBias> biases = List.copyOf(result.reviewers().values());
        if (!biases.isEmpty()) {
            jdbc.sql("""
                    insert into review.reviewer_bias (panel_id, reviewer_id, bias, reviews)
                    select ?, t.reviewer_id, t.bias, t.reviews from unnest(?::uuid[], ?::float8[], ?::int[]) as t (reviewer_id, bias, reviews)""")
                    .params(panel.id(), biases.stream().map(CalibrationResult.ReviewerBias::reviewerId).toArray(UUID[]::new),
                            biases.stream().map(CalibrationResult.ReviewerBias::bias).toArray(Double[]::new),
                            biases.stream().map(CalibrationResult.ReviewerBias::reviews).toArray(Integer[]::new))
                    .update();
        }
        int flagged = (int) result.applications().values().stream().filter(CalibrationResult.ApplicationScore::disagreement).count();
        events.publishEvent(new ReviewingClosed(panel.id(), new ReviewScope(panel.scopeType(), panel.scopeId()),
                result.applications().size(), scores.size(), actor.get()));
        return new CalibrationSummary(result.applications().size(), scores.size(), flagged, result.converged());
    }

    public record CalibrationSummary(int subjects, int reviews, int flagged, boolean converged) {
    }

    /** Reviewer biases as last calibrated, most lenient first. */
    @Transactional(readOnly = true)
    public List<Bias> biases(UUID panelId) {
        return jdbc.sql("""
                select b.reviewer_id, r.name, b.bias, b.reviews from review.reviewer_bias b join review.reviewer r on r.id = b.reviewer_id
                where b.panel_id = ? order by b.bias desc, b.reviewer_id""")
                .param(panelId)
                .query((rs, n) -> new Bias(rs.getObject("reviewer_id", UUID.class), rs.getString("name"), rs.getDouble("bias"),
                        rs.getInt("reviews")))
                .list();
    }

    public record Bias(UUID reviewerId, String name, double bias, int reviews) {
    }

    /**
     * Asks one more panel member for a review of a subject: a new assignment (recorded under an
     * assignment run of kind REASSIGN whose summary says why) with its own deadline (the given one, or
     * the panel's while it is still ahead), and a closed panel back to REVIEWING. The panel-wide deadline
     * never changes; past it, or once the panel was closed, only further reviews stay open, each until
     * its own deadline. The reviewer is told by email.
     */
    @Transactional
    public UUID requestFurtherReview(UUID panelId, UUID subjectId, UUID reviewerId, Instant deadline) {
        PanelRow panel = store.lockPanel(panelId).orElseThrow(() -> new NotFoundException("panel " + panelId));
        store.subject(panelId, subjectId).orElseThrow(() -> new NotFoundException("subject " + subjectId));
        if ("SETUP".equals(panel.status())) {
            throw new InvalidInputException(null, "reviewing.further.notStarted");
        }
        if (candidates(panelId, subjectId).stream().noneMatch(candidate -> candidate.reviewerId().equals(reviewerId))) {
            throw new InvalidInputException("reviewerId", "reviewing.further.notACandidate");
        }
        Instant now = clock.instant();
        Instant effective = deadline != null ? deadline : panel.deadline();
        if (effective == null) {
            throw new InvalidInputException("deadline", "reviewing.further.deadlineMissing");
        }
        if (!effective.isAfter(now)) {
            throw new InvalidInputException("deadline", "reviewing.further.deadlinePassed");
        }
        var who = actor.get();
        UUID runId = UUID.randomUUID();
        jdbc.sql("""
                insert into review.assignment_run (id, panel_id, run_by, run_at, kind, feasible, summary)
                values (?, ?, ?, ?, 'REASSIGN', true, jsonb_build_object('furtherReview', true, 'subject', ?::text, 'reviewer', ?::text))""")
                .params(runId, panelId, who.personId() == null ? new UUID(0, 0) : who.personId(), Timestamp.from(now),
                        subjectId.toString(), reviewerId.toString())
                .update();
        jdbc.sql("""
                insert into review.assignment (panel_id, subject_id, reviewer_id, affinity, pinned, run_id, assigned_at, due_at)
                values (?, ?, ?, 0, true, ?, ?, ?)""")
                .params(panelId, subjectId, reviewerId, runId, Timestamp.from(now), Timestamp.from(effective)).update();
        // a closed panel reviews again (the selection waits for it), but its own deadline stays as it was
        jdbc.sql("update review.panel set status = 'REVIEWING', version = version + 1 where id = ? and status = 'CLOSED'")
                .param(panelId).update();
        ReviewingStore.ReviewerRow reviewer = store.reviewer(reviewerId).orElseThrow();
        UUID reviewId = ReviewingStore.reviewId(panelId, subjectId, reviewerId);
        events.publishEvent(new FurtherReviewRequested(panelId, subjectId, reviewId, reviewer.personId(), reviewer.name(),
                reviewer.email(), panel.title(), effective, panel.zone(), who));
        return reviewId;
    }

    /** Records the panel's discussion of a subject whose reviewers disagreed. */
    @Transactional
    public UUID recordDiscussion(UUID panelId, UUID subjectId, String text, org.ansoplatform.platform.SignedInPerson author) {
        return notes.add(panelId, subjectId, text, PanelNotes.Kind.DISCUSSION, author);
    }
}
