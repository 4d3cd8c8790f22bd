package org.ansoplatform.review.panels;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.review.AssignmentStored;
import org.ansoplatform.review.assignment.AssignmentProblem;
import org.ansoplatform.review.assignment.AssignmentResult;
import org.ansoplatform.review.assignment.AssignmentSolver;
import org.ansoplatform.review.assignment.AssignmentVerifier;
import org.ansoplatform.review.assignment.Explanation;
import org.ansoplatform.review.panels.AssignmentStore.Pair;
import org.ansoplatform.review.panels.RunSummary.ExplanationView;
import org.ansoplatform.review.panels.RunSummary.Loads;
import org.ansoplatform.review.panels.RunSummary.Summary;
import org.ansoplatform.review.panels.RunSummary.Timing;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The optimal assignment of a panel's accepted reviewers to its subjects: the instance is read
 * ({@link AssignmentInstance}), solved exactly by {@link AssignmentSolver} (at the highest feasible fairness
 * floor when the panel asks for one), re-checked by {@link AssignmentVerifier} and stored as a difference
 * with a run summary. An infeasible instance changes nothing and is explained. After a dropout only the
 * subjects that lost a reviewer get new ones, and a reviewer's pair is never moved once they submitted.
 */
@Service
@Transactional
public class AssignmentRunner {

    private final AssignmentStore store;
    private final PanelStore panels;
    private final ConflictRegister conflicts;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final AssignmentSolver solver = new AssignmentSolver();

    AssignmentRunner(AssignmentStore store, PanelStore panels, ConflictRegister conflicts, CurrentActor currentActor,
            ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.store = store;
        this.panels = panels;
        this.conflicts = conflicts;
        this.currentActor = currentActor;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** Solves the panel's whole instance and stores it (SETUP only). Infeasible: nothing is written. */
    public RunSummary run(UUID panelId) {
        long start = System.nanoTime();
        Panel panel = panels.lock(panelId);
        panel.requireSetup();
        conflicts.recompute(panelId);
        AssignmentInstance instance = AssignmentInstance.read(store, panel, List.of());
        long read = System.nanoTime();
        AssignmentProblem problem = instance.build();
        long built = System.nanoTime();
        Double floor = null;
        if (panel.fairnessFloor()) {
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
            return infeasible(panelId, RunKind.FULL, instance, result);
        }
        List<String> violations = AssignmentVerifier.violations(result);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the solver's assignment breaks a constraint: "
                    + violations.subList(0, Math.min(5, violations.size())));
        }
        return store(panelId, RunKind.FULL, instance, result, floor, new Timings(start, read, built, floorDone, solved, System.nanoTime()));
    }

    /**
     * After reviewers dropped out: every pair not involving them is kept, and so is each of their pairs
     * with a submitted review; only the other subjects they had get new reviewers. Infeasible: nothing is
     * written and the summary says why.
     */
    RunSummary reassign(UUID panelId, List<UUID> dropped) {
        long start = System.nanoTime();
        Panel panel = panels.lock(panelId);
        conflicts.recompute(panelId);
        AssignmentInstance instance = AssignmentInstance.read(store, panel, dropped);
        long read = System.nanoTime();
        AssignmentProblem problem = instance.build();
        AssignmentResult previous = AssignmentResult.stored(problem, instance.current);
        long built = System.nanoTime();
        AssignmentResult result = solver.reassign(previous, instance.droppedIndices());
        long solved = System.nanoTime();
        if (!result.feasible()) {
            return infeasible(panelId, RunKind.REASSIGN, instance, result);
        }
        List<String> violations = AssignmentVerifier.violations(result);
        if (!violations.isEmpty()) {
            // the stored pairs kept as they are break a rule (a lowered maximum load, say): explained, nothing written
            return new RunSummary(null, panelId, RunKind.REASSIGN.name(), false, clock.instant(), null,
                    List.of(new ExplanationView("review.assignment.keptPairsInvalid", List.of(violations.size()))));
        }
        store.deleteOpenFurtherReviewsOf(panelId, dropped);
        return store(panelId, RunKind.REASSIGN, instance, result, null, new Timings(start, read, built, built, solved, System.nanoTime()));
    }

    private RunSummary store(UUID panelId, RunKind kind, AssignmentInstance instance, AssignmentResult result, Double floor, Timings t) {
        List<AssignmentResult.AssignedPair> pairs = result.pairs();
        UUID runId = UUID.randomUUID();
        Instant now = clock.instant();
        UUID runBy = currentActor.get().personId();
        store.insertRun(runId, panelId, kind, runBy == null ? new UUID(0, 0) : runBy, now);
        int changed = storeDifference(panelId, runId, now, pairs);
        Summary summary = summary(instance, result, floor, changed, t.with(System.nanoTime()));
        store.saveSummary(runId, json.writeValueAsString(summary));
        events.publishEvent(new AssignmentStored(panelId, runId, kind.name(), pairs.size(), changed, currentActor.get()));
        return new RunSummary(runId, panelId, kind.name(), true, now, summary, List.of());
    }

    private RunSummary infeasible(UUID panelId, RunKind kind, AssignmentInstance instance, AssignmentResult result) {
        List<ExplanationView> explanations = result.explanations().stream().map(e -> explain(e, instance)).toList();
        return new RunSummary(null, panelId, kind.name(), false, clock.instant(), null, explanations);
    }

    private static ExplanationView explain(Explanation explanation, AssignmentInstance instance) {
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
        Set<Pair> before = store.currentPairs(panelId);
        Set<Pair> after = new HashSet<>();
        List<AssignmentResult.AssignedPair> added = new ArrayList<>();
        for (AssignmentResult.AssignedPair pair : pairs) {
            Pair key = new Pair(pair.applicationId(), pair.reviewerId());
            after.add(key);
            if (!before.contains(key)) {
                added.add(pair);
            }
        }
        List<Pair> removed = before.stream().filter(pair -> !after.contains(pair)).toList();
        store.deletePairs(panelId, removed);
        store.copyPairs(panelId, runId, now, added);
        return added.size() + removed.size();
    }

    /** Nano times of the run's steps; {@code stored} is set once the pairs are written. */
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

    private static Summary summary(AssignmentInstance instance, AssignmentResult result, Double floor, int changed, Timings t) {
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
}
