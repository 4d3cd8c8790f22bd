package org.ansoplatform.calls;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ansoplatform.calls.SelectionView.DecisionView;
import org.ansoplatform.calls.SelectionView.TieView;
import org.ansoplatform.calls.selection.Candidate;
import org.ansoplatform.calls.selection.Decision;
import org.ansoplatform.calls.selection.Placement;
import org.ansoplatform.calls.selection.Selection;
import org.ansoplatform.calls.selection.SelectionResult;
import org.ansoplatform.calls.selection.SelectionRules;
import org.ansoplatform.calls.selection.TieRecord;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.review.ReviewOutcomes;
import org.ansoplatform.review.ReviewOutcomes.SubjectOutcome;
import org.ansoplatform.review.ReviewScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ranking and selection after review, with placement at hosts: the call's rules as data, runs stored with
 * every decision and its explanation, hosts' own rankings, and the ranked list as the Secretariat and
 * (once offers are sent, their own line only) the applicant read it. A run needs the call's review panel
 * to be closed and is refused once offers were sent. The same data always gives the same result.
 */
@Service
public class Selections {

    static final String SCOPE_TYPE = "call";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Selections.class);
    private static final TypeReference<List<Object>> LIST = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Calls calls;
    private final ReviewOutcomes reviews;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Selections(JdbcClient jdbc, JsonMapper json, Calls calls, ReviewOutcomes reviews, CurrentActor actor,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.calls = calls;
        this.reviews = reviews;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    // the rules

    @Transactional(readOnly = true)
    public SelectionSettings rules(UUID callId) {
        calls.any(callId);
        String text = jdbc.sql("select selection_rules::text from calls.call where id = ?").param(callId).query(String.class)
                .optional().orElse(null);
        return text == null ? SelectionSettings.defaults() : json.readValue(text, SelectionSettings.class);
    }

    /** The rules as pretty JSON for the editor. */
    public String rulesJson(UUID callId) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(rules(callId));
    }

    /** Checks and saves the rules as written; every problem is reported together and nothing is saved. */
    @Transactional
    public void saveRules(UUID callId, String text) {
        CallView call = calls.any(callId);
        SelectionSettings settings;
        try {
            settings = json.readValue(text == null ? "" : text, SelectionSettings.class);
        } catch (JacksonException e) {
            var location = e.getLocation();
            throw location == null || location.getLineNr() < 1 ? new InvalidInputException("selectionRules", "calls.secretariat.badStructure")
                    : new InvalidInputException("selectionRules", "calls.secretariat.badJson", location.getLineNr(), location.getColumnNr());
        }
        if (settings == null) {
            throw new InvalidInputException("selectionRules", "calls.secretariat.badStructure");
        }
        List<Violation> problems = settings.problems(call.definition().tracks(), "selectionRules");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("update calls.call set selection_rules = ?::jsonb where id = ?").params(json.writeValueAsString(settings), callId).update();
        events.publishEvent(new CallChanged(callId, call.definition().code(), "selection rules updated", actor.get()));
    }

    // running the selection

    /** Serialises everything that changes a call's selection or its offers (runs, offers, answers, the job). */
    void lockCall(UUID callId) {
        jdbc.sql("select id from calls.call where id = ? for update").param(callId).query(UUID.class).single();
    }

    private record Row(UUID id, String track, String country, UUID organization, List<String> hostChoices, Map<String, Double> answers) {
    }

    /**
     * Ranks the call's eligible, submitted applications that have a calibrated score, selects per track
     * under the quotas and caps, places the selected at hosts and stores the run with every decision.
     */
    /** What a run did: its candidates, how many were selected per track, how many placed. */
    public record RunSummary(UUID runId, int candidates, Map<String, Long> selected, int placed) {
    }

    @Transactional
    public RunSummary run(UUID callId) {
        long started = System.nanoTime();
        CallView call = calls.any(callId);
        lockCall(callId);
        ReviewScope scope = new ReviewScope(SCOPE_TYPE, callId);
        if (reviews.panel(scope).filter(panel -> panel.status() == ReviewOutcomes.PanelStatus.CLOSED).isEmpty()) {
            throw new InvalidInputException("selection", "calls.selection.reviewNotClosed");
        }
        if (offersSent(callId)) {
            throw new InvalidInputException("selection", "calls.selection.offersAlreadySent");
        }
        SelectionSettings settings = rules(callId);
        List<String> criteria = reviews.criteria(scope);
        List<Violation> unknownCriteria = settings.criterionKeys().stream().filter(key -> !criteria.contains(key))
                .map(key -> new Violation("selection", "calls.selection.unknownCriterion", key, String.join(", ", criteria))).toList();
        if (!unknownCriteria.isEmpty()) {
            throw new InvalidInputException(unknownCriteria);
        }
        SelectionRules rules = settings.resolve(call.definition().tracks());
        Map<UUID, SubjectOutcome> outcomes = reviews.outcomes(scope).stream()
                .collect(Collectors.toMap(SubjectOutcome::subjectId, Function.identity()));
        List<Row> rows = candidates(callId, settings.answerKeys());
        List<Candidate> candidates = new ArrayList<>();
        Map<UUID, Row> byId = new HashMap<>();
        for (Row row : rows) {
            SubjectOutcome outcome = outcomes.get(row.id());
            if (outcome == null || !Double.isFinite(outcome.calibrated())) {
                continue;
            }
            byId.put(row.id(), row);
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
            candidates.add(new Candidate(row.id(), row.track(), outcome.calibrated(), attributes, values));
        }
        SelectionResult result = Selection.select(candidates, rules);
        Map<UUID, Double> scores = candidates.stream().collect(Collectors.toMap(Candidate::applicationId, Candidate::score));
        Placement.PlacementResult placement = place(callId, call, result, byId, scores);

        UUID runId = UUID.randomUUID();
        Instant now = clock.instant();
        var who = actor.get();
        jdbc.sql("""
                insert into calls.selection_run (id, call_id, rules, resolved, run_by, run_by_name, run_at, candidates, ties)
                values (?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?::jsonb)""")
                .params(runId, callId, json.writeValueAsString(settings), json.writeValueAsString(rules), who.personId(),
                        who.name() == null ? "system" : who.name(), Timestamp.from(now), candidates.size(),
                        json.writeValueAsString(result.ties().stream().map(Selections::tie).toList()))
                .update();
        List<Map<String, Object>> decisions = new ArrayList<>();
        for (Decision decision : result.decisions()) {
            Row row = byId.get(decision.applicationId());
            SubjectOutcome outcome = outcomes.get(decision.applicationId());
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
            d.put("ties", decision.ties().stream().map(Selections::tie).toList());
            Placement.Explanation explanation = placement.explanations().get(decision.applicationId());
            d.put("host_code", placement.hostOf().get(decision.applicationId()));
            d.put("placement_key", explanation == null ? null : explanation.messageKey());
            d.put("placement_args", explanation == null ? null : explanation.args());
            decisions.add(d);
        }
        jdbc.sql("""
                insert into calls.selection_decision (run_id, application_id, track, rank, track_size, outcome, waitlist_position,
                    score, raw_mean, country, organization_id, message_key, args, ties, host_code, placement_key, placement_args)
                select ?, x.application_id, x.track, x.rank, x.track_size, x.outcome, x.waitlist_position, x.score, x.raw_mean,
                    x.country, x.organization_id, x.message_key, x.args, x.ties, x.host_code, x.placement_key, x.placement_args
                from jsonb_to_recordset(?::jsonb) as x(application_id uuid, track text, rank int, track_size int, outcome text,
                    waitlist_position int, score float8, raw_mean float8, country text, organization_id uuid, message_key text,
                    args jsonb, ties jsonb, host_code text, placement_key text, placement_args jsonb)""")
                .params(runId, json.writeValueAsString(decisions)).update();
        int selected = (int) result.decisions().stream().filter(d -> d.outcome() == Decision.Outcome.SELECTED).count();
        events.publishEvent(new SelectionRun(runId, callId, candidates.size(), selected, placement.hostOf().size(), who));
        Map<String, Long> selectedByTrack = new LinkedHashMap<>();
        rules.tracks().forEach(track -> selectedByTrack.put(track.track(), (long) result.selected(track.track()).size()));
        log.info("Selection of {} candidates ran in {} ms (read, ranked, placed and stored; before commit)", candidates.size(),
                (System.nanoTime() - started) / 1_000_000);
        return new RunSummary(runId, candidates.size(), selectedByTrack, placement.hostOf().size());
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

    private List<Row> candidates(UUID callId, List<String> answerKeys) {
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < answerKeys.size(); i++) {
            columns.append(", a.answers ->> ? as answer").append(i);
        }
        var spec = jdbc.sql("""
                select a.id, a.track_code, a.country, n.organization_id, a.host_choices::text as host_choices""" + columns + " " + """
                from calls.application a
                left join calls.nomination n on n.application_id = a.id and n.withdrawn_at is null
                where a.call_id = ? and a.status = 'SUBMITTED' and coalesce(a.override_eligible, a.eligible) and a.track_code is not null""");
        for (String key : answerKeys) {
            spec = spec.param(key);
        }
        return spec.param(callId).query((rs, n) -> {
            Map<String, Double> answers = new HashMap<>();
            for (int i = 0; i < answerKeys.size(); i++) {
                String value = rs.getString("answer" + i);
                try {
                    if (value != null) {
                        answers.put(answerKeys.get(i), Double.parseDouble(value.strip()));
                    }
                } catch (NumberFormatException notANumber) {
                    // a missing value ranks last under its rule
                }
            }
            List<String> hosts = json.readValue(rs.getString("host_choices"), new TypeReference<List<String>>() { });
            return new Row(rs.getObject("id", UUID.class), rs.getString("track_code"), rs.getString("country"),
                    rs.getObject("organization_id", UUID.class), hosts, answers);
        }).list();
    }

    private Placement.PlacementResult place(UUID callId, CallView call, SelectionResult result, Map<UUID, Row> rows,
            Map<UUID, Double> scores) {
        Set<String> hostCodes = call.definition().hosts().stream().map(Host::code).collect(Collectors.toSet());
        List<Placement.Awardee> awardees = new ArrayList<>();
        for (Decision decision : result.decisions()) {
            if (decision.outcome() == Decision.Outcome.SELECTED) {
                List<String> preferences = new ArrayList<>(new LinkedHashSet<>(rows.get(decision.applicationId()).hostChoices()));
                preferences.retainAll(hostCodes);
                awardees.add(new Placement.Awardee(decision.applicationId(), scores.get(decision.applicationId()), preferences));
            }
        }
        Map<String, List<UUID>> own = hostRankings(callId);
        List<Placement.HostSeats> seats = call.definition().hosts().stream()
                .map(host -> new Placement.HostSeats(host.code(), host.capacity(), own.get(host.code()))).toList();
        return Placement.place(awardees, seats);
    }

    // hosts' own rankings

    /** Each host's own ranking (application ids, best first), where the Secretariat uploaded one. */
    @Transactional(readOnly = true)
    public Map<String, List<UUID>> hostRankings(UUID callId) {
        Map<String, List<UUID>> rankings = new HashMap<>();
        jdbc.sql("select host_code, applications from calls.host_ranking where call_id = ?").param(callId).query(rs -> {
            UUID[] ids = (UUID[]) rs.getArray("applications").getArray();
            rankings.put(rs.getString("host_code"), List.of(ids));
        });
        return rankings;
    }

    /**
     * A host's own ranking, as reference numbers (best first, separated by commas, semicolons or new
     * lines: a one-column CSV); blank removes it (the host then ranks by calibrated score). Unknown
     * references are all reported and nothing is saved. Placement uses it from the next run.
     */
    @Transactional
    public int saveHostRanking(UUID callId, String hostCode, String references) {
        CallView call = calls.any(callId);
        if (hostCode == null || call.host(hostCode).isEmpty()) {
            throw new InvalidInputException("host", "calls.selection.unknownHost");
        }
        List<String> tokens = new ArrayList<>();
        for (String token : (references == null ? "" : references).split("[,;\\s\"]+")) {
            if (!token.isBlank() && !token.equalsIgnoreCase("reference")) {
                tokens.add(token.strip().toUpperCase(Locale.ROOT));
            }
        }
        if (tokens.isEmpty()) {
            jdbc.sql("delete from calls.host_ranking where call_id = ? and host_code = ?").params(callId, hostCode).update();
            return 0;
        }
        Map<String, UUID> ids = new HashMap<>();
        jdbc.sql("select reference, id from calls.application where call_id = ? and reference is not null").param(callId)
                .query(rs -> {
                    ids.put(rs.getString(1).toUpperCase(Locale.ROOT), rs.getObject(2, UUID.class));
                });
        List<Violation> unknown = new ArrayList<>();
        List<UUID> ranking = new ArrayList<>();
        for (String token : new LinkedHashSet<>(tokens)) {
            UUID id = ids.get(token);
            if (id == null) {
                unknown.add(new Violation("references", "calls.selection.unknownReference", token));
            } else {
                ranking.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        String array = ranking.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        jdbc.sql("""
                insert into calls.host_ranking (call_id, host_code, applications, uploaded_by, uploaded_at) values (?, ?, cast(? as uuid[]), ?, ?)
                on conflict (call_id, host_code) do update set applications = excluded.applications, uploaded_by = excluded.uploaded_by,
                    uploaded_at = excluded.uploaded_at""")
                .params(callId, hostCode, array, actor.personId(), Timestamp.from(clock.instant())).update();
        return ranking.size();
    }

    // reading back

    boolean offersSent(UUID callId) {
        return jdbc.sql("select exists (select 1 from calls.selection_run where call_id = ? and offers_sent_at is not null)")
                .param(callId).query(Boolean.class).single();
    }

    Optional<UUID> latestRunId(UUID callId) {
        return jdbc.sql("select id from calls.selection_run where call_id = ? order by run_at desc, id limit 1").param(callId)
                .query(UUID.class).optional();
    }

    /** The call's latest run with every decision, placement and offer status; empty before the first run. */
    @Transactional(readOnly = true)
    public Optional<SelectionView> latest(UUID callId) {
        return latestRunId(callId).map(runId -> view(callId, runId, null));
    }

    /**
     * The applicant's own decision, once the offers of the call were sent (never before), to the owner of
     * the application; empty otherwise.
     */
    @Transactional(readOnly = true)
    public Optional<DecisionView> decisionOf(ApplicationView application) {
        if (!offersSent(application.callId())) {
            return Optional.empty();
        }
        return latestRunId(application.callId()).flatMap(runId -> view(application.callId(), runId, application.id()).decisions()
                .stream().findFirst());
    }

    private SelectionView view(UUID callId, UUID runId, UUID onlyApplication) {
        record Run(Instant runAt, String runByName, int candidates, Instant offersSentAt, String rules, String ties) {
        }
        Run run = jdbc.sql("select run_at, run_by_name, candidates, offers_sent_at, rules::text, ties::text from calls.selection_run where id = ?")
                .param(runId).query((rs, n) -> new Run(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getInt(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6)))
                .single();
        var spec = jdbc.sql("""
                select d.*, d.args::text as args_text, d.ties::text as ties_text, d.placement_args::text as placement_text,
                    a.reference, a.applicant_name, o.status as offer_status
                from calls.selection_decision d
                join calls.application a on a.id = d.application_id
                left join calls.track t on t.call_id = a.call_id and t.code = d.track
                left join calls.offer o on o.application_id = d.application_id
                where d.run_id = ?""" + (onlyApplication == null ? "" : " and d.application_id = ?")
                + " order by coalesce(t.position, 1000), d.track, d.rank").param(runId);
        if (onlyApplication != null) {
            spec = spec.param(onlyApplication);
        }
        List<DecisionView> decisions = spec.query((rs, n) -> {
            String placementText = rs.getString("placement_text");
            return new DecisionView(rs.getObject("application_id", UUID.class), rs.getString("reference"), rs.getString("applicant_name"),
                    rs.getString("track"), rs.getInt("rank"), rs.getInt("track_size"), rs.getString("outcome"),
                    rs.getInt("waitlist_position"), rs.getDouble("score"), rs.getDouble("raw_mean"), rs.getString("country"),
                    rs.getObject("organization_id", UUID.class), rs.getString("message_key"), json.readValue(rs.getString("args_text"), LIST),
                    ties(rs.getString("ties_text"), null), rs.getString("host_code"), rs.getString("placement_key"),
                    placementText == null ? null : json.readValue(placementText, LIST), rs.getString("offer_status"));
        }).list();
        Map<UUID, String> references = onlyApplication == null
                ? decisions.stream().collect(Collectors.toMap(DecisionView::applicationId, DecisionView::reference))
                : null;
        List<TieView> ties = onlyApplication == null ? ties(run.ties(), references) : List.of();
        if (references != null) {
            decisions = decisions.stream().map(d -> new DecisionView(d.applicationId(), d.reference(), d.applicantName(), d.track(),
                    d.rank(), d.trackSize(), d.outcome(), d.waitlistPosition(), d.score(), d.rawMean(), d.country(), d.organizationId(),
                    d.messageKey(), d.args(), d.ties().stream().map(t -> withReferences(t, references)).toList(), d.hostCode(),
                    d.placementKey(), d.placementArgs(), d.offerStatus())).toList();
        }
        return new SelectionView(runId, callId, run.runAt(), run.runByName(), run.candidates(), run.offersSentAt(),
                json.readValue(run.rules(), SelectionSettings.class), decisions, ties);
    }

    private List<TieView> ties(String text, Map<UUID, String> references) {
        List<Map<String, Object>> raw = json.readValue(text, new TypeReference<List<Map<String, Object>>>() { });
        return raw.stream().map(t -> withReferences(new TieView((String) t.get("track"), UUID.fromString((String) t.get("ahead")), null,
                UUID.fromString((String) t.get("behind")), null, ((Number) t.get("score")).doubleValue(), (String) t.get("rule"),
                (String) t.get("aheadValue"), (String) t.get("behindValue")), references)).toList();
    }

    private static TieView withReferences(TieView tie, Map<UUID, String> references) {
        if (references == null) {
            return tie;
        }
        return new TieView(tie.track(), tie.ahead(), references.get(tie.ahead()), tie.behind(), references.get(tie.behind()),
                tie.score(), tie.rule(), tie.aheadValue(), tie.behindValue());
    }

    /** The rules a run applied (quotas and caps as counts), for the waitlist cascade. */
    SelectionRules resolvedRules(UUID runId) {
        return json.readValue(jdbc.sql("select resolved::text from calls.selection_run where id = ?").param(runId).query(String.class)
                .single(), SelectionRules.class);
    }
}
