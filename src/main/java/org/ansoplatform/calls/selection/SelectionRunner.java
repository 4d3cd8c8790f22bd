package org.ansoplatform.calls.selection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.Host;
import org.ansoplatform.calls.SelectionRun;
import org.ansoplatform.calls.SelectionSettings;
import org.ansoplatform.calls.definition.CallStore;
import org.ansoplatform.calls.intake.CallSubjectSource;
import org.ansoplatform.calls.selection.SelectionStore.CandidateRow;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.review.ReviewOutcomes;
import org.ansoplatform.review.ReviewOutcomes.SubjectOutcome;
import org.ansoplatform.review.ReviewScope;
import org.ansoplatform.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a call's ranking, selection and placement after review: the eligible, submitted applications that
 * have a calibrated score become candidates, {@link Selection} selects per track under the quotas and caps,
 * {@link Placement} places the selected at hosts, and the run is stored with every decision and its
 * explanation. A run needs the call's review panel to be closed and is refused once offers were sent. The
 * same data always gives the same result.
 */
@Service
public class SelectionRunner {

    private static final Logger log = LoggerFactory.getLogger(SelectionRunner.class);

    private final SelectionStore store;
    private final SelectionRuleBook ruleBook;
    private final CallStore calls;
    private final CallQueries callQueries;
    private final ReviewOutcomes reviews;
    private final JsonMapper json;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SelectionRunner(SelectionStore store, SelectionRuleBook ruleBook, CallStore calls, CallQueries callQueries, ReviewOutcomes reviews,
            JsonMapper json, CurrentActor actor, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.ruleBook = ruleBook;
        this.calls = calls;
        this.callQueries = callQueries;
        this.reviews = reviews;
        this.json = json;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    /** What a run did: its candidates, how many were selected per track, how many placed. */
    @Schema(name = "SelectionRunSummary")
    public record RunSummary(UUID runId, int candidates, Map<String, Long> selected, int placed) {
    }

    /** The candidates of a run with what they were read from: their applications and review outcomes. */
    private record Candidates(List<Candidate> list, Map<UUID, CandidateRow> rows, Map<UUID, SubjectOutcome> outcomes) {
    }

    @Transactional
    public RunSummary run(UUID callId) {
        long started = System.nanoTime();
        CallView call = callQueries.any(callId);
        calls.lock(callId);
        ReviewScope scope = new ReviewScope(CallSubjectSource.SCOPE, callId);
        SelectionSettings settings = ruleBook.rules(callId);
        requireRunnable(call, scope, settings);
        SelectionRules rules = settings.resolve(call.definition().tracks());
        Candidates candidates = candidates(callId, scope, settings);
        RequestedAmounts.require(settings, candidates.list(), candidates.rows());
        SelectionResult result = Selection.select(candidates.list(), rules);
        Placement.PlacementResult placement = place(call, result, candidates);
        Actor who = actor.get();
        UUID runId = store(callId, settings, rules, result, placement, candidates, who);
        int selected = (int) result.decisions().stream().filter(d -> d.outcome() == Decision.Outcome.SELECTED).count();
        events.publishEvent(new SelectionRun(runId, callId, candidates.list().size(), selected, placement.hostOf().size(), who));
        log.info("Selection of {} candidates ran in {} ms (read, ranked, placed and stored; before commit)", candidates.list().size(),
                (System.nanoTime() - started) / 1_000_000);
        Map<String, Long> selectedByTrack = new LinkedHashMap<>();
        rules.tracks().forEach(track -> selectedByTrack.put(track.track(), (long) result.selected(track.track()).size()));
        return new RunSummary(runId, candidates.list().size(), selectedByTrack, placement.hostOf().size());
    }

    /** The call closed, reviewing closed, offers not yet sent, every criterion the tie-breaks name on the panel's rubric. */
    private void requireRunnable(CallView call, ReviewScope scope, SelectionSettings settings) {
        UUID callId = call.id();
        requireClosed(call, clock.instant(), "selection", "calls.selection.callOpen");
        if (reviews.panel(scope).filter(panel -> panel.status() == ReviewOutcomes.PanelStatus.CLOSED).isEmpty()) {
            throw new InvalidInputException("selection", "calls.selection.reviewNotClosed");
        }
        if (store.offersSent(callId)) {
            throw new InvalidInputException("selection", "calls.selection.offersAlreadySent");
        }
        List<String> criteria = reviews.criteria(scope);
        List<Violation> unknownCriteria = settings.criterionKeys().stream().filter(key -> !criteria.contains(key))
                .map(key -> new Violation("selection", "calls.selection.unknownCriterion", key, String.join(", ", criteria))).toList();
        if (!unknownCriteria.isEmpty()) {
            throw new InvalidInputException(unknownCriteria);
        }
        List<Violation> amountField = settings.amountFieldProblems(call.definition().form(), "selection");
        if (!amountField.isEmpty()) {
            throw new InvalidInputException(amountField);
        }
    }

    /**
     * Refuses while the call still takes submissions: an application submitted after the run would never be
     * ranked, so the selection and the offers wait until the call closes (decided against a mere warning).
     */
    public static void requireClosed(CallView call, java.time.Instant now, String field, String messageKey) {
        if (call.definition().status() == org.ansoplatform.calls.CallStatus.OPEN && now.isBefore(call.definition().closesAt())) {
            java.time.ZoneId zone = call.definition().zone();
            throw new InvalidInputException(field, messageKey,
                    java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(call.definition().closesAt().atZone(zone))
                            + " (" + zone.getId() + ")");
        }
    }

    /** The eligible, submitted applications with a finite calibrated score, with the values the caps and tie-breaks read. */
    private Candidates candidates(UUID callId, ReviewScope scope, SelectionSettings settings) {
        Map<UUID, SubjectOutcome> outcomes = reviews.outcomes(scope).stream()
                .collect(Collectors.toMap(SubjectOutcome::subjectId, Function.identity()));
        List<Candidate> candidates = new ArrayList<>();
        Map<UUID, CandidateRow> byId = new HashMap<>();
        String amountField = settings.hasBudget() ? settings.budget().amountField() : null;
        for (CandidateRow row : store.candidates(callId, settings.answerKeys(), amountField)) {
            SubjectOutcome outcome = outcomes.get(row.id());
            if (outcome == null || !Double.isFinite(outcome.calibrated())) {
                continue;
            }
            byId.put(row.id(), row);
            candidates.add(candidate(row, outcome, settings.hasBudget() ? RequestedAmounts.parse(row) : null));
        }
        return new Candidates(candidates, byId, outcomes);
    }

    private static Candidate candidate(CandidateRow row, SubjectOutcome outcome, org.ansoplatform.shared.Money requested) {
        Map<String, String> attributes = new HashMap<>();
        if (row.country() != null) {
            attributes.put(SelectionSettings.COUNTRY, row.country());
        }
        if (row.organization() != null) {
            attributes.put(SelectionSettings.ORGANIZATION, row.organization().toString());
        }
        Map<String, Double> values = new HashMap<>();
        values.put(SelectionSettings.RAW_MEAN, outcome.rawMean());
        values.put(SelectionSettings.REVIEWS, (double) outcome.reviews());
        values.put(SelectionSettings.SPREAD, outcome.spread());
        row.answers().forEach((key, value) -> values.put(SelectionSettings.ANSWER + key, value));
        outcome.criterionMeans().forEach((key, value) -> values.put(SelectionSettings.CRITERION + key, value));
        return new Candidate(row.id(), row.track(), outcome.calibrated(), attributes, values, requested);
    }

    /** The selected at hosts: their preferences among the call's hosts, the hosts' capacities and own rankings. */
    private Placement.PlacementResult place(CallView call, SelectionResult result, Candidates candidates) {
        if (call.definition().hosts().isEmpty()) {
            // a call without hosts (a cooperation call funds projects, it seats no one): nothing to place, nothing to explain
            return new Placement.PlacementResult(Map.of(), Map.of(), Map.of());
        }
        Set<String> hostCodes = call.definition().hosts().stream().map(Host::code).collect(Collectors.toSet());
        Map<UUID, Double> scores = candidates.list().stream().collect(Collectors.toMap(Candidate::applicationId, Candidate::score));
        List<Placement.Awardee> awardees = new ArrayList<>();
        for (Decision decision : result.decisions()) {
            if (decision.outcome() == Decision.Outcome.SELECTED) {
                List<String> preferences = new ArrayList<>(new LinkedHashSet<>(candidates.rows().get(decision.applicationId()).hostChoices()));
                preferences.retainAll(hostCodes);
                awardees.add(new Placement.Awardee(decision.applicationId(), scores.get(decision.applicationId()), preferences));
            }
        }
        Map<String, List<UUID>> own = store.hostRankings(call.id());
        List<Placement.HostSeats> seats = call.definition().hosts().stream()
                .map(host -> new Placement.HostSeats(host.code(), host.capacity(), own.get(host.code()))).toList();
        return Placement.place(awardees, seats);
    }

    /** Stores the run with its rules, ties and every decision with its explanation and placement. */
    private UUID store(UUID callId, SelectionSettings settings, SelectionRules rules, SelectionResult result,
            Placement.PlacementResult placement, Candidates candidates, Actor who) {
        UUID runId = UUID.randomUUID();
        List<Map<String, Object>> decisions = new ArrayList<>();
        Map<UUID, Candidate> byId = candidates.list().stream().collect(Collectors.toMap(Candidate::applicationId, Function.identity()));
        for (Decision decision : result.decisions()) {
            decisions.add(decision(decision, candidates.rows().get(decision.applicationId()),
                    candidates.outcomes().get(decision.applicationId()), placement, byId.get(decision.applicationId()).requested()));
        }
        store.insertRun(new SelectionStore.Run(runId, callId, json.writeValueAsString(settings), json.writeValueAsString(rules),
                who.personId(), who.name() == null ? "system" : who.name(), clock.instant(), candidates.list().size(),
                json.writeValueAsString(result.ties().stream().map(SelectionRunner::tie).toList())), decisions);
        return runId;
    }

    private static Map<String, Object> decision(Decision decision, CandidateRow row, SubjectOutcome outcome,
            Placement.PlacementResult placement, org.ansoplatform.shared.Money requested) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("application_id", decision.applicationId());
        d.put("track", decision.track());
        d.put("rank", decision.rank());
        d.put("track_size", decision.trackSize());
        d.put("outcome", decision.outcome().name());
        d.put("waitlist_position", decision.waitlistPosition());
        d.put("score", outcome.calibrated());
        d.put("raw_mean", outcome.rawMean());
        d.put("country", row.country());
        d.put("organization_id", row.organization());
        d.put("message_key", decision.messageKey());
        d.put("args", decision.args());
        d.put("ties", decision.ties().stream().map(SelectionRunner::tie).toList());
        Placement.Explanation explanation = placement.explanations().get(decision.applicationId());
        d.put("host_code", placement.hostOf().get(decision.applicationId()));
        d.put("placement_key", explanation == null ? null : explanation.messageKey());
        d.put("placement_args", explanation == null ? null : explanation.args());
        d.put("requested_amount", requested == null ? null : requested.amount());
        d.put("granted_amount", decision.granted() == null ? null : decision.granted().amount());
        d.put("currency", requested == null ? null : requested.currency());
        return d;
    }

    private static Map<String, Object> tie(TieRecord tie) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("track", tie.track());
        map.put("ahead", tie.ahead());
        map.put("behind", tie.behind());
        map.put("score", tie.score());
        map.put("rule", tie.rule());
        map.put("aheadValue", String.valueOf(tie.aheadValue()));
        map.put("behindValue", String.valueOf(tie.behindValue()));
        return map;
    }
}
