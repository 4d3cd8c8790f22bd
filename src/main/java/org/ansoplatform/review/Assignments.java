package org.ansoplatform.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.review.assignment.AssignmentProblem;
import org.ansoplatform.review.assignment.AssignmentResult;
import org.ansoplatform.review.assignment.AssignmentSolver;
import org.ansoplatform.review.assignment.AssignmentVerifier;
import org.ansoplatform.review.assignment.Explanation;
import org.ansoplatform.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The optimal assignment of a panel's accepted reviewers to its subjects, wired to the database: the
 * instance is read with one query per table, solved exactly by {@link AssignmentSolver} (at the highest
 * feasible fairness floor when the panel asks for one), re-checked by {@link AssignmentVerifier} and
 * stored in one transaction (the pairs in one multi-row statement) with a run summary. An infeasible
 * instance changes nothing and is explained. After a dropout only the subjects that lost a reviewer get
 * new ones, and a reviewer's pair is never moved once they submitted their review.
 */
@Service
@Transactional
public class Assignments {

    /** Affinity of a pair whose reviewer's field equals the subject's discipline. */
    public static final double SAME_FIELD = 1.0;
    /** Affinity of a pair that shares only the area. */
    public static final double SAME_AREA = 0.4;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final javax.sql.DataSource dataSource;
    private final Conflicts conflicts;
    private final AssignmentSolver solver = new AssignmentSolver();

    Assignments(JdbcClient jdbc, JdbcTemplate template, CurrentActor currentActor, ApplicationEventPublisher events, JsonMapper json,
            Clock clock, javax.sql.DataSource dataSource, Conflicts conflicts) {
        this.dataSource = dataSource;
        this.conflicts = conflicts;
        this.jdbc = jdbc;
        this.template = template;
        this.currentActor = currentActor;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    // views

    public record RunSummary(UUID runId, UUID panelId, String kind, boolean feasible, Instant runAt, Summary summary,
            List<ExplanationView> explanations) {
    }

    /**
     * @param lowestAffinityPercentiles per subject the lowest affinity among its reviewers; its percentiles 0, 10, 25, 50, 75, 90, 100
     * @param fairnessFloor the floor every subject met, null when the panel asks for none
     * @param changed pairs added or removed by this run
     */
    public record Summary(int subjects, int reviewers, int pairs, long candidatePairs, int conflictedPairs, double objective,
            double totalAffinity, double loadPenalty, Map<String, Double> lowestAffinityPercentiles, double meanAffinity,
            Loads loads, Double fairnessFloor, int changed, Timing timing) {
    }

    public record Loads(int minimum, int maximum, double mean, double standardDeviation, int idle, int atMaximum) {
    }

    /**
     * Milliseconds: reading the instance, building the problem, the solve (of which the bare OR-Tools
     * calls are {@code solver}), verifying, storing, and everything end to end.
     */
    public record Timing(double read, double build, double solve, double solver, double floorSearch, double verify, double store,
            double total, int rounds) {
    }

    /** Why an instance is infeasible: a message key and its arguments with ids replaced by labels and names. */
    public record ExplanationView(String messageKey, List<Object> args) {
    }

    public record PairView(UUID subjectId, String subjectLabel, UUID reviewerId, String reviewerName, double affinity, boolean pinned) {
    }

    public record LoadView(UUID reviewerId, String name, String status, int load, int maxLoad, double meanAffinity) {
    }

    public record PairingView(UUID subjectId, String subjectLabel, UUID reviewerId, String reviewerName, String kind) {
    }

    /** Thrown to roll back a change (a withdrawal) whose re-assignment is infeasible; carries the explanations. */
    public static class Infeasible extends RuntimeException {
        private final transient RunSummary summary;

        public Infeasible(RunSummary summary) {
            super("infeasible: " + summary.explanations());
            this.summary = summary;
        }

        public RunSummary summary() {
            return summary;
        }
    }

    // runs

    /** Solves the panel's whole instance and stores it (SETUP only). Infeasible: nothing is written. */
    public RunSummary run(UUID panelId) {
        long start = System.nanoTime();
        PanelRow panel = lockPanel(panelId);
        if (!panel.status.equals("SETUP")) {
            throw new InvalidInputException(null, "review.panel.error.notSetup");
        }
        conflicts.recompute(panelId);
        Instance instance = read(panel, List.of());
        long read = System.nanoTime();
        AssignmentProblem problem = instance.build();
        long built = System.nanoTime();
        Double floor = null;
        if (panel.fairnessFloor) {
            double t = solver.highestFeasibleFloor(problem);
            if (t > 0) {
                problem = problem.withFairnessFloor(t);
                floor = t;
            }
        }
        long floorDone = System.nanoTime();
        AssignmentResult result = solver.solve(problem);
        long solved = System.nanoTime();
        if (!result.feasible()) {
            return infeasible(panelId, "FULL", instance, result);
        }
        verify(result);
        long verified = System.nanoTime();
        UUID runId = UUID.randomUUID();
        Instant now = clock.instant();
        Timings t = new Timings(start, read, built, floorDone, solved, verified);
        List<AssignmentResult.AssignedPair> pairs = result.pairs();
        insertRun(runId, panelId, "FULL", now, instance, result, floor, 0, t);
        int changed = storeDifference(panelId, runId, now, pairs);
        long stored = System.nanoTime();
        Summary summary = summary(instance, result, floor, changed, t.with(stored));
        jdbc.sql("update review.assignment_run set summary = ?::jsonb where id = ?").params(json.writeValueAsString(summary), runId).update();
        events.publishEvent(new AssignmentStored(panelId, runId, "FULL", pairs.size(), changed, currentActor.get()));
        return new RunSummary(runId, panelId, "FULL", true, now, summary, List.of());
    }

    /**
     * After reviewers dropped out: every pair not involving them is kept, and so is each of their pairs
     * with a submitted review; only the other subjects they had get new reviewers. Infeasible: nothing is
     * written and the summary says why.
     */
    RunSummary reassign(UUID panelId, List<UUID> dropped) {
        long start = System.nanoTime();
        PanelRow panel = lockPanel(panelId);
        conflicts.recompute(panelId);
        Instance instance = read(panel, dropped);
        long read = System.nanoTime();
        AssignmentProblem problem = instance.build();
        AssignmentResult previous = AssignmentResult.stored(problem, instance.current);
        long built = System.nanoTime();
        AssignmentResult result = solver.reassign(previous, instance.droppedIndices());
        long solved = System.nanoTime();
        if (!result.feasible()) {
            return infeasible(panelId, "REASSIGN", instance, result);
        }
        List<String> violations = AssignmentVerifier.violations(result);
        if (!violations.isEmpty()) {
            // the stored pairs kept as they are break a rule (a lowered maximum load, say): explained, nothing written
            return new RunSummary(null, panelId, "REASSIGN", false, clock.instant(), null,
                    List.of(new ExplanationView("review.assignment.keptPairsInvalid", List.of(violations.size()))));
        }
        // a further review asked of a dropped reviewer and not submitted goes with them
        jdbc.sql("""
                delete from review.assignment a where a.panel_id = ? and a.reviewer_id = any (?) and a.run_id in (""" + FURTHER_RUNS + """
                ) and not exists (select 1 from review.review v where v.panel_id = a.panel_id and v.subject_id = a.subject_id
                    and v.reviewer_id = a.reviewer_id and v.status = 'SUBMITTED')""")
                .params(panelId, dropped.toArray(UUID[]::new), panelId).update();
        long verified = System.nanoTime();
        List<AssignmentResult.AssignedPair> pairs = result.pairs();
        UUID runId = UUID.randomUUID();
        Instant now = clock.instant();
        Timings t = new Timings(start, read, built, built, solved, verified);
        insertRun(runId, panelId, "REASSIGN", now, instance, result, null, 0, t);
        int changed = storeDifference(panelId, runId, now, pairs);
        long stored = System.nanoTime();
        Summary summary = summary(instance, result, null, changed, t.with(stored));
        jdbc.sql("update review.assignment_run set summary = ?::jsonb where id = ?").params(json.writeValueAsString(summary), runId).update();
        events.publishEvent(new AssignmentStored(panelId, runId, "REASSIGN", pairs.size(), changed, currentActor.get()));
        return new RunSummary(runId, panelId, "REASSIGN", true, now, summary, List.of());
    }

    /** The runs that recorded a further review (one pair each, outside any solved instance). */
    private static final String FURTHER_RUNS = "select id from review.assignment_run where panel_id = ? and kind = 'REASSIGN'"
            + " and summary ->> 'furtherReview' = 'true'";

    private static void verify(AssignmentResult result) {
        List<String> violations = AssignmentVerifier.violations(result);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the solver's assignment breaks a constraint: "
                    + violations.subList(0, Math.min(5, violations.size())));
        }
    }

    private RunSummary infeasible(UUID panelId, String kind, Instance instance, AssignmentResult result) {
        List<ExplanationView> explanations = result.explanations().stream().map(e -> explain(e, instance)).toList();
        return new RunSummary(null, panelId, kind, false, clock.instant(), null, explanations);
    }

    private static ExplanationView explain(Explanation explanation, Instance instance) {
        List<Object> args = new ArrayList<>();
        for (Object arg : explanation.args()) {
            if (arg instanceof UUID id) {
                String label = instance.subjectLabels.get(id);
                args.add(label != null ? label : instance.reviewerNames.getOrDefault(id, id.toString()));
            } else {
                args.add(arg);
            }
        }
        return new ExplanationView(explanation.messageKey(), args);
    }

    /**
     * Writes only what changed: pairs no longer chosen are deleted (one statement), new ones copied in;
     * an unchanged pair keeps the run that assigned it. Returns the number of pairs added or removed.
     */
    private int storeDifference(UUID panelId, UUID runId, Instant now, List<AssignmentResult.AssignedPair> pairs) {
        Set<String> before = currentPairs(panelId);
        Set<String> after = new HashSet<>();
        List<AssignmentResult.AssignedPair> added = new ArrayList<>();
        for (AssignmentResult.AssignedPair pair : pairs) {
            String key = pair.applicationId() + "|" + pair.reviewerId();
            after.add(key);
            if (!before.contains(key)) {
                added.add(pair);
            }
        }
        List<UUID> removedSubjects = new ArrayList<>();
        List<UUID> removedReviewers = new ArrayList<>();
        for (String key : before) {
            if (!after.contains(key)) {
                int bar = key.indexOf('|');
                removedSubjects.add(UUID.fromString(key.substring(0, bar)));
                removedReviewers.add(UUID.fromString(key.substring(bar + 1)));
            }
        }
        if (!removedSubjects.isEmpty()) {
            template.update("""
                    delete from review.assignment a using unnest(?::uuid[], ?::uuid[]) as x(s, r)
                    where a.panel_id = ? and a.subject_id = x.s and a.reviewer_id = x.r""", ps -> {
                        ps.setArray(1, ps.getConnection().createArrayOf("uuid", removedSubjects.toArray()));
                        ps.setArray(2, ps.getConnection().createArrayOf("uuid", removedReviewers.toArray()));
                        ps.setObject(3, panelId);
                    });
        }
        insertPairs(panelId, runId, now, added);
        return added.size() + removedSubjects.size();
    }

    private Set<String> currentPairs(UUID panelId) {
        Set<String> pairs = new HashSet<>();
        jdbc.sql("select subject_id, reviewer_id from review.assignment where panel_id = ? and run_id not in (" + FURTHER_RUNS + ")")
                .params(panelId, panelId)
                .query(rs -> {
                    pairs.add(rs.getObject(1, UUID.class) + "|" + rs.getObject(2, UUID.class));
                });
        return pairs;
    }

    private void insertRun(UUID runId, UUID panelId, String kind, Instant now, Instance instance, AssignmentResult result, Double floor,
            int changed, Timings t) {
        Actor actor = currentActor.get();
        jdbc.sql("insert into review.assignment_run (id, panel_id, run_by, run_at, kind, feasible, summary) values (?, ?, ?, ?, ?, true, '{}')")
                .params(runId, panelId, actor.personId() == null ? new UUID(0, 0) : actor.personId(), Timestamp.from(now), kind).update();
    }

    /**
     * All pairs in one COPY on the transaction's own connection (tab-separated rows), the fastest way
     * into PostgreSQL: no per-row statements.
     */
    private void insertPairs(UUID panelId, UUID runId, Instant now, List<AssignmentResult.AssignedPair> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        String at = now.toString();
        StringBuilder rows = new StringBuilder(pairs.size() * 140);
        for (AssignmentResult.AssignedPair pair : pairs) {
            rows.append(panelId).append('\t').append(pair.applicationId()).append('\t').append(pair.reviewerId()).append('\t')
                    .append(pair.affinity()).append('\t').append(pair.pinned() ? 't' : 'f').append('\t').append(runId).append('\t')
                    .append(at).append('\n');
        }
        java.sql.Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy review.assignment (panel_id, subject_id, reviewer_id, affinity, pinned, run_id, assigned_at) from stdin",
                    new java.io.StringReader(rows.toString()));
        } catch (java.sql.SQLException | java.io.IOException e) {
            throw new IllegalStateException("storing the assignment failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private record Timings(long start, long read, long built, long floorDone, long solved, long verified, long stored) {
        Timings(long start, long read, long built, long floorDone, long solved, long verified) {
            this(start, read, built, floorDone, solved, verified, verified);
        }

        Timings with(long stored) {
            return new Timings(start, read, built, floorDone, solved, verified, stored);
        }
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }

    private static Summary summary(Instance instance, AssignmentResult result, Double floor, int changed, Timings t) {
        AssignmentResult.Quality quality = result.quality();
        Map<String, Double> percentiles = new LinkedHashMap<>();
        for (int i = 0; i < AssignmentResult.PERCENTILES.length; i++) {
            percentiles.put("p" + AssignmentResult.PERCENTILES[i], quality.lowestAffinityPercentiles()[i]);
        }
        AssignmentResult.LoadSpread spread = result.loads();
        AssignmentResult.Timing timing = result.timing();
        int pairs = 0;
        for (int a = 0; a < result.problem().applicationCount(); a++) {
            pairs += result.reviewersOf(a).length;
        }
        return new Summary(instance.subjectIds.size(), instance.reviewerIds.size(), pairs, instance.candidatePairs, instance.conflictedPairs,
                result.objective().value(), result.objective().totalAffinity(), result.objective().loadPenalty(), percentiles,
                quality.meanOfMeans(), new Loads(spread.minimum(), spread.maximum(), spread.mean(), spread.standardDeviation(),
                        spread.idleReviewers(), spread.reviewersAtMaximum()),
                floor, changed, new Timing(ms(t.read - t.start), ms(t.built - t.read), ms(t.solved - t.floorDone), ms(timing.solverNanos()),
                        ms(t.floorDone - t.built), ms(t.verified - t.solved), ms(t.stored - t.verified), ms(t.stored - t.start), timing.rounds()));
    }

    // reading the instance: one query per table

    private record PanelRow(UUID id, String status, int k, int minLoad, int maxLoad, double penalty, boolean fairnessFloor) {
    }

    private PanelRow lockPanel(UUID panelId) {
        return jdbc.sql("""
                select id, status, reviewers_per_subject, min_load, max_load, load_penalty, fairness_floor
                from review.panel where id = ? for update""").param(panelId)
                .query((rs, n) -> new PanelRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getDouble(6), rs.getBoolean(7)))
                .optional().orElseThrow(() -> new NotFoundException("panel " + panelId));
    }

    /** Everything the solver needs, read with one query per table; reviewer indices follow reviewerIds. */
    private final class Instance {
        final PanelRow panel;
        final List<UUID> subjectIds = new ArrayList<>();
        final List<String[]> subjectFields = new ArrayList<>();
        final Map<UUID, Integer> subjectIndex = new HashMap<>();
        final Map<UUID, String> subjectLabels = new HashMap<>();
        final List<UUID> reviewerIds = new ArrayList<>();
        final List<String[]> reviewerFields = new ArrayList<>();
        final List<int[]> reviewerLoads = new ArrayList<>();
        final Map<UUID, Integer> reviewerIndex = new HashMap<>();
        final Map<UUID, String> reviewerNames = new HashMap<>();
        final List<int[]> conflicts = new ArrayList<>();
        final List<int[]> pins = new ArrayList<>();
        final List<int[]> bans = new ArrayList<>();
        /** Re-assignment only: stored pairs (reviewer indices per subject), the dropped indices, kept pairs of dropped reviewers. */
        int[][] current;
        final List<Integer> dropped = new ArrayList<>();
        final List<double[]> keptAffinities = new ArrayList<>();
        long candidatePairs;
        int conflictedPairs;

        Instance(PanelRow panel) {
            this.panel = panel;
        }

        List<Integer> droppedIndices() {
            return dropped;
        }

        int reviewer(UUID id, String name, String[] fields, int min, int max) {
            int index = reviewerIds.size();
            reviewerIds.add(id);
            reviewerFields.add(fields);
            reviewerLoads.add(new int[] {min, max});
            reviewerIndex.putIfAbsent(id, index);
            reviewerNames.putIfAbsent(id, name);
            return index;
        }

        AssignmentProblem build() {
            AssignmentProblem.Builder b = AssignmentProblem.builder(panel.k).loadPenalty(panel.penalty);
            for (UUID id : subjectIds) {
                b.application(id);
            }
            for (int r = 0; r < reviewerIds.size(); r++) {
                b.reviewer(reviewerIds.get(r), reviewerLoads.get(r)[0], reviewerLoads.get(r)[1]);
            }
            // indices of reviewers by exact field, by declared area, and by the areas of their exact fields
            Map<String, int[]> exact = index(false, false);
            Map<String, int[]> declaredArea = index(true, false);
            Map<String, int[]> fieldArea = index(false, true);
            int m = reviewerIds.size();
            double[] affinity = new double[m];
            int[] touched = new int[m];
            boolean[] isDropped = new boolean[m];
            dropped.forEach(r -> isDropped[r] = true);
            long candidates = 0;
            for (int a = 0; a < subjectIds.size(); a++) {
                int count = 0;
                String[] fields = subjectFields.get(a);
                boolean hasDiscipline = false;
                for (String field : fields) {
                    if (field.indexOf('.') > 0) {
                        hasDiscipline = true;
                        for (int r : exact.getOrDefault(field, EMPTY)) {
                            if (affinity[r] == 0) {
                                touched[count++] = r;
                            }
                            affinity[r] = SAME_FIELD;
                        }
                    }
                }
                for (String field : fields) {
                    String area = area(field);
                    count = atLeast(declaredArea.getOrDefault(area, EMPTY), affinity, touched, count);
                    if (!hasDiscipline) {
                        count = atLeast(fieldArea.getOrDefault(area, EMPTY), affinity, touched, count);
                    }
                }
                Arrays.sort(touched, 0, count);
                for (int i = 0; i < count; i++) {
                    int r = touched[i];
                    if (!isDropped[r]) {
                        b.affinity(a, r, affinity[r]);
                        candidates++;
                    }
                    affinity[r] = 0;
                }
            }
            // kept pairs of dropped reviewers (submitted reviews) count as candidates of their keeper index only
            for (double[] kept : keptAffinities) {
                b.affinity((int) kept[0], (int) kept[1], Math.max(kept[2], 1e-6));
            }
            for (int[] pair : conflicts) {
                b.conflict(pair[0], pair[1]);
            }
            for (int[] pair : pins) {
                b.pin(pair[0], pair[1]);
            }
            for (int[] pair : bans) {
                b.ban(pair[0], pair[1]);
            }
            this.candidatePairs = candidates;
            return b.build();
        }

        private int atLeast(int[] reviewers, double[] affinity, int[] touched, int count) {
            for (int r : reviewers) {
                if (affinity[r] == 0) {
                    touched[count++] = r;
                    affinity[r] = SAME_AREA;
                }
            }
            return count;
        }

        private Map<String, int[]> index(boolean declaredAreas, boolean areasOfFields) {
            Map<String, List<Integer>> lists = new HashMap<>();
            for (int r = 0; r < reviewerIds.size(); r++) {
                if (reviewerFields.get(r) == null) {
                    continue; // a keeper index: no affinity from fields
                }
                Set<String> keys = new HashSet<>();
                for (String field : reviewerFields.get(r)) {
                    boolean isArea = field.indexOf('.') < 0;
                    if (declaredAreas && isArea || !declaredAreas && !areasOfFields && !isArea) {
                        keys.add(field);
                    } else if (areasOfFields && !isArea) {
                        keys.add(area(field));
                    }
                }
                for (String key : keys) {
                    lists.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
                }
            }
            Map<String, int[]> out = new HashMap<>();
            lists.forEach((key, list) -> out.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
            return out;
        }
    }

    private static final int[] EMPTY = new int[0];

    static String area(String field) {
        int dot = field.indexOf('.');
        return dot < 0 ? field : field.substring(0, dot);
    }

    private Instance read(PanelRow panel, List<UUID> droppedReviewers) {
        Instance instance = new Instance(panel);
        UUID panelId = panel.id;
        jdbc.sql("select subject_id, label, fields from review.subject where panel_id = ? order by subject_id").param(panelId)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    instance.subjectIndex.put(id, instance.subjectIds.size());
                    instance.subjectIds.add(id);
                    instance.subjectLabels.put(id, rs.getString(2));
                    java.sql.Array fields = rs.getArray(3);
                    instance.subjectFields.add(fields == null ? new String[0] : (String[]) fields.getArray());
                });
        Set<UUID> dropped = new HashSet<>(droppedReviewers);
        jdbc.sql("""
                select r.id, r.name, r.fields, least(coalesce(m.max_load, r.max_load), p.max_load), p.min_load, m.status
                from review.panel_member m join review.reviewer r on r.id = m.reviewer_id join review.panel p on p.id = m.panel_id
                where m.panel_id = ? and (m.status = 'ACCEPTED' or m.reviewer_id = any (?)) order by r.id""")
                .params(panelId, droppedReviewers.toArray(UUID[]::new))
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    int max = rs.getInt(4);
                    boolean gone = dropped.contains(id);
                    int index = instance.reviewer(id, rs.getString(2), (String[]) rs.getArray(3).getArray(),
                            gone ? 0 : Math.min(rs.getInt(5), max), gone ? Integer.MAX_VALUE / 4 : max);
                    if (gone) {
                        instance.dropped.add(index);
                    }
                });
        jdbc.sql("select distinct subject_id, reviewer_id from review.conflict where panel_id = ?").param(panelId).query(rs -> {
            Integer a = instance.subjectIndex.get(rs.getObject(1, UUID.class));
            Integer r = instance.reviewerIndex.get(rs.getObject(2, UUID.class));
            if (a != null && r != null) {
                instance.conflicts.add(new int[] {a, r});
            }
            instance.conflictedPairs++;
        });
        jdbc.sql("select subject_id, reviewer_id, kind from review.pairing where panel_id = ?").param(panelId).query(rs -> {
            Integer a = instance.subjectIndex.get(rs.getObject(1, UUID.class));
            Integer r = instance.reviewerIndex.get(rs.getObject(2, UUID.class));
            if (a != null && r != null && !dropped.contains(rs.getObject(2, UUID.class))) {
                (rs.getString(3).equals("PIN") ? instance.pins : instance.bans).add(new int[] {a, r});
            }
        });
        if (!droppedReviewers.isEmpty()) {
            readCurrent(instance, dropped);
        }
        return instance;
    }

    /**
     * The stored pairs for a re-assignment. A dropped reviewer's pair with a submitted review moves to a
     * second index of the same reviewer (a keeper, never dropped, capacity its submitted reviews) so the
     * solver keeps it while re-assigning their other subjects.
     */
    private void readCurrent(Instance instance, Set<UUID> dropped) {
        UUID panelId = instance.panel.id;
        List<List<Integer>> bySubject = new ArrayList<>();
        instance.subjectIds.forEach(id -> bySubject.add(new ArrayList<>()));
        Map<UUID, Integer> keepers = new HashMap<>();
        Map<UUID, Integer> keptCounts = new HashMap<>();
        Set<Long> conflicted = new HashSet<>();
        instance.conflicts.forEach(pair -> conflicted.add(((long) pair[0] << 32) | pair[1]));
        Set<Long> pinned = new HashSet<>();
        instance.pins.forEach(pair -> pinned.add(((long) pair[0] << 32) | pair[1]));
        // further-review pairs stay out of the instance (and are kept as they are); a stored pinned pair is a pin
        List<Object[]> rows = jdbc.sql("""
                select a.subject_id, a.reviewer_id, a.affinity, exists (select 1 from review.review v where v.panel_id = a.panel_id
                    and v.subject_id = a.subject_id and v.reviewer_id = a.reviewer_id and v.status = 'SUBMITTED'), a.pinned
                from review.assignment a where a.panel_id = ? and a.run_id not in (""" + FURTHER_RUNS + ")").params(panelId, panelId)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getDouble(3), rs.getBoolean(4),
                        rs.getBoolean(5)})
                .list();
        for (Object[] row : rows) {
            UUID reviewer = (UUID) row[1];
            if (dropped.contains(reviewer) && (Boolean) row[3] && !isConflicted(instance, conflicted, row)) {
                keptCounts.merge(reviewer, 1, Integer::sum);
            }
        }
        keptCounts.forEach((reviewer, count) -> keepers.put(reviewer,
                instance.reviewer(reviewer, instance.reviewerNames.get(reviewer), null, 0, count)));
        for (Object[] row : rows) {
            Integer a = instance.subjectIndex.get((UUID) row[0]);
            UUID reviewer = (UUID) row[1];
            Integer r = instance.reviewerIndex.get(reviewer);
            if (a == null || r == null) {
                continue;
            }
            if (conflicted.contains(((long) a << 32) | r)) {
                // a kept pair that became conflicted is dropped: its stand-in index is removed by the re-assignment
                int standIn = instance.reviewer(reviewer, instance.reviewerNames.get(reviewer), null, 0, Integer.MAX_VALUE / 4);
                instance.dropped.add(standIn);
                bySubject.get(a).add(standIn);
            } else if (dropped.contains(reviewer) && (Boolean) row[3]) {
                int keeper = keepers.get(reviewer);
                instance.keptAffinities.add(new double[] {a, keeper, (Double) row[2]});
                bySubject.get(a).add(keeper);
            } else {
                bySubject.get(a).add(r);
                if ((Boolean) row[4] && !dropped.contains(reviewer) && pinned.add(((long) a << 32) | r)) {
                    instance.pins.add(new int[] {a, r});
                }
            }
        }
        // the reviewer of a further review is not asked again for the same subject
        jdbc.sql("select subject_id, reviewer_id from review.assignment where panel_id = ? and run_id in (" + FURTHER_RUNS + ")")
                .params(panelId, panelId).query(rs -> {
                    Integer a = instance.subjectIndex.get(rs.getObject(1, UUID.class));
                    Integer r = instance.reviewerIndex.get(rs.getObject(2, UUID.class));
                    if (a != null && r != null) {
                        instance.bans.add(new int[] {a, r});
                    }
                });
        instance.current = new int[bySubject.size()][];
        for (int a = 0; a < bySubject.size(); a++) {
            instance.current[a] = bySubject.get(a).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
    }

    private static boolean isConflicted(Instance instance, Set<Long> conflicted, Object[] row) {
        Integer a = instance.subjectIndex.get((UUID) row[0]);
        Integer r = instance.reviewerIndex.get((UUID) row[1]);
        return a != null && r != null && conflicted.contains(((long) a << 32) | r);
    }

    // reading what is stored

    @Transactional(readOnly = true)
    public Optional<RunSummary> latest(UUID panelId) {
        return jdbc.sql("select id, kind, feasible, run_at, summary::text from review.assignment_run where panel_id = ? order by run_at desc limit 1")
                .param(panelId)
                .query((rs, n) -> new RunSummary(rs.getObject(1, UUID.class), panelId, rs.getString(2), rs.getBoolean(3),
                        rs.getTimestamp(4).toInstant(), json.readValue(rs.getString(5), Summary.class), List.of()))
                .optional();
    }

    /**
     * Assigned pairs that have a conflict of interest now (a relation or profile changed after the run):
     * their reviewer no longer sees the subject, until a new run (SETUP) or their withdrawal (REVIEWING).
     */
    @Transactional(readOnly = true)
    public int conflictedPairs(UUID panelId) {
        return jdbc.sql("""
                select count(*) from review.assignment a where a.panel_id = ? and exists (select 1 from review.conflict c
                where c.panel_id = a.panel_id and c.subject_id = a.subject_id and c.reviewer_id = a.reviewer_id)""")
                .param(panelId).query(Integer.class).single();
    }

    @Transactional(readOnly = true)
    public List<PairView> pairs(UUID panelId) {
        return jdbc.sql("""
                select a.subject_id, s.label, a.reviewer_id, r.name, a.affinity, a.pinned from review.assignment a
                join review.subject s on s.panel_id = a.panel_id and s.subject_id = a.subject_id join review.reviewer r on r.id = a.reviewer_id
                where a.panel_id = ? order by s.label, a.affinity desc, r.name""").param(panelId)
                .query((rs, n) -> new PairView(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                        rs.getDouble(5), rs.getBoolean(6)))
                .list();
    }

    /** One assigned subject with its reviewers, best affinity first. */
    public record SubjectPairs(UUID subjectId, String label, List<PairView> pairs) {
    }

    /** One page of the assigned subjects (by label), with the number of assigned subjects and pages. */
    public record PairPage(List<SubjectPairs> subjects, int total, int page, int pages) {
    }

    /** Page {@code page} (from 1) of at most {@code size} assigned subjects: only their pairs are read. */
    @Transactional(readOnly = true)
    public PairPage pairPage(UUID panelId, int page, int size) {
        int total = jdbc.sql("select count(distinct subject_id) from review.assignment where panel_id = ?").param(panelId)
                .query(Integer.class).single();
        int pages = Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(1, page), pages);
        Map<UUID, SubjectPairs> bySubject = new LinkedHashMap<>();
        jdbc.sql("""
                with shown as (select s.subject_id, s.label from review.subject s where s.panel_id = ?
                    and exists (select 1 from review.assignment a where a.panel_id = s.panel_id and a.subject_id = s.subject_id)
                    order by s.label, s.subject_id limit ? offset ?)
                select a.subject_id, shown.label, a.reviewer_id, r.name, a.affinity, a.pinned from shown
                join review.assignment a on a.panel_id = ? and a.subject_id = shown.subject_id join review.reviewer r on r.id = a.reviewer_id
                order by shown.label, shown.subject_id, a.affinity desc, r.name""").params(panelId, size, (current - 1) * size, panelId)
                .query((rs, n) -> new PairView(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                        rs.getDouble(5), rs.getBoolean(6)))
                .list()
                .forEach(pair -> bySubject.computeIfAbsent(pair.subjectId(), k -> new SubjectPairs(k, pair.subjectLabel(), new ArrayList<>()))
                        .pairs().add(pair));
        return new PairPage(List.copyOf(bySubject.values()), total, current, pages);
    }

    @Transactional(readOnly = true)
    public List<LoadView> loads(UUID panelId) {
        return jdbc.sql("""
                select r.id, r.name, m.status, count(a.subject_id), least(coalesce(m.max_load, r.max_load), p.max_load),
                    coalesce(avg(a.affinity), 0)
                from review.panel_member m join review.reviewer r on r.id = m.reviewer_id join review.panel p on p.id = m.panel_id
                left join review.assignment a on a.panel_id = m.panel_id and a.reviewer_id = m.reviewer_id
                where m.panel_id = ? and m.status in ('ACCEPTED', 'WITHDRAWN')
                group by r.id, r.name, m.status, m.max_load, r.max_load, p.max_load order by count(a.subject_id) desc, r.name""")
                .param(panelId)
                .query((rs, n) -> new LoadView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getDouble(6)))
                .list();
    }

    // pins and bans

    @Transactional(readOnly = true)
    public List<PairingView> pairings(UUID panelId) {
        return jdbc.sql("""
                select p.subject_id, s.label, p.reviewer_id, r.name, p.kind from review.pairing p
                join review.subject s on s.panel_id = p.panel_id and s.subject_id = p.subject_id join review.reviewer r on r.id = p.reviewer_id
                where p.panel_id = ? order by s.label, r.name""").param(panelId)
                .query((rs, n) -> new PairingView(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** Pins (must assign) or bans (must not) a pair before solving; kind null removes it. SETUP only. */
    public void setPairing(UUID panelId, UUID subjectId, UUID reviewerId, String kind) {
        PanelRow panel = lockPanel(panelId);
        if (!panel.status.equals("SETUP")) {
            throw new InvalidInputException(null, "review.panel.error.notSetup");
        }
        if (kind == null || kind.isBlank()) {
            jdbc.sql("delete from review.pairing where panel_id = ? and subject_id = ? and reviewer_id = ?").params(panelId, subjectId, reviewerId)
                    .update();
            return;
        }
        if (!kind.equals("PIN") && !kind.equals("BAN")) {
            throw new InvalidInputException("kind", "review.pairing.error.kind");
        }
        boolean subject = subjectId != null && jdbc.sql("select exists (select 1 from review.subject where panel_id = ? and subject_id = ?)")
                .params(panelId, subjectId).query(Boolean.class).single();
        if (!subject) {
            throw new InvalidInputException("subject", "review.pairing.error.subject");
        }
        boolean member = reviewerId != null && jdbc.sql("""
                select exists (select 1 from review.panel_member where panel_id = ? and reviewer_id = ?)""")
                .params(panelId, reviewerId).query(Boolean.class).single();
        if (!member) {
            throw new InvalidInputException("reviewer", "review.pairing.error.reviewer");
        }
        boolean accepted = jdbc.sql("""
                select exists (select 1 from review.panel_member where panel_id = ? and reviewer_id = ? and status = 'ACCEPTED')""")
                .params(panelId, reviewerId).query(Boolean.class).single();
        if (!accepted) {
            // the solver only sees accepted reviewers: a pin or ban on anyone else would be silently ignored
            throw new InvalidInputException("reviewer", "review.pairing.error.notAccepted");
        }
        jdbc.sql("""
                insert into review.pairing (panel_id, subject_id, reviewer_id, kind, set_by, set_at) values (?, ?, ?, ?, ?, ?)
                on conflict (panel_id, subject_id, reviewer_id) do update set kind = excluded.kind, set_by = excluded.set_by,
                    set_at = excluded.set_at""")
                .params(panelId, subjectId, reviewerId, kind, currentActor.personId() == null ? new UUID(0, 0) : currentActor.personId(),
                        Timestamp.from(clock.instant()))
                .update();
    }
}
