package org.ansoplatform.calls.selection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.OfferStatus;
import org.ansoplatform.calls.SelectionSettings;
import org.ansoplatform.calls.SelectionView;
import org.ansoplatform.calls.SelectionView.DecisionView;
import org.ansoplatform.calls.SelectionView.TieView;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored runs read back: the call's latest ranked list as the Secretariat reads it, and (once offers are
 * sent, their own line only) as the applicant reads it; the funnel the statistics count.
 */
@Service
public class SelectionQueries {

    private static final TypeReference<List<Object>> LIST = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SelectionStore store;

    SelectionQueries(JdbcClient jdbc, JsonMapper json, SelectionStore store) {
        this.jdbc = jdbc;
        this.json = json;
        this.store = store;
    }

    /** The call's latest run with every decision, placement and offer status; empty before the first run. */
    @Transactional(readOnly = true)
    public Optional<SelectionView> latest(UUID callId) {
        return store.latestRunId(callId).map(runId -> view(callId, runId, null));
    }

    /**
     * The applicant's own decision, once the offers of the call were sent (never before), to the owner of
     * the application; empty otherwise.
     */
    @Transactional(readOnly = true)
    public Optional<DecisionView> decisionOf(ApplicationView application) {
        if (!store.offersSent(application.callId())) {
            return Optional.empty();
        }
        return store.latestRunId(application.callId()).flatMap(runId -> view(application.callId(), runId, application.id()).decisions()
                .stream().findFirst());
    }

    /** Each host's own ranking (application ids, best first), where the Secretariat uploaded one. */
    @Transactional(readOnly = true)
    public Map<String, List<UUID>> hostRankings(UUID callId) {
        return store.hostRankings(callId);
    }

    /** An application of the funnel: submitted (or withdrawn after), eligible, its decision in the latest run and its offer. */
    record FunnelLine(UUID id, String track, String country, UUID organization, boolean eligible, Decision.Outcome outcome,
            OfferStatus offer) {
    }

    List<FunnelLine> funnel(UUID callId, UUID runId) {
        return jdbc.sql("""
                select a.id, a.track_code, a.country, n.organization_id,
                    a.status = :submitted and coalesce(coalesce(a.override_eligible, a.eligible), false) as eligible,
                    d.outcome, o.status as offer
                from calls.application a
                left join calls.nomination n on n.application_id = a.id and n.withdrawn_at is null
                left join calls.selection_decision d on d.application_id = a.id and d.run_id = :run
                left join calls.offer o on o.application_id = a.id
                where a.call_id = :call and a.status <> :draft""")
                .param("submitted", ApplicationStatus.SUBMITTED.name()).param("run", runId).param("call", callId)
                .param("draft", ApplicationStatus.DRAFT.name())
                .query((rs, n) -> new FunnelLine(Rows.uuid(rs, "id"), rs.getString("track_code"), rs.getString("country"),
                        Rows.uuid(rs, "organization_id"), rs.getBoolean("eligible"), Rows.enumValue(rs, "outcome", Decision.Outcome.class),
                        Rows.enumValue(rs, "offer", OfferStatus.class)))
                .list();
    }

    /** Applications begun, whatever their status, by track code ("" before a track is chosen): the funnel's first step. */
    Map<String, Long> startedByTrack(UUID callId) {
        Map<String, Long> started = new java.util.LinkedHashMap<>();
        jdbc.sql("select coalesce(track_code, '') as track, count(*) as n from calls.application where call_id = :call group by 1 order by 1")
                .param("call", callId).query(rs -> {
                    started.put(rs.getString("track"), rs.getLong("n"));
                });
        return started;
    }

    private SelectionView view(UUID callId, UUID runId, UUID onlyApplication) {
        record Run(java.time.Instant runAt, String runByName, int candidates, java.time.Instant offersSentAt, String rules, String ties) {
        }
        Run run = jdbc.sql("""
                select run_at, run_by_name, candidates, offers_sent_at, rules::text as rules, ties::text as ties
                from calls.selection_run where id = :id""")
                .param("id", runId).query((rs, n) -> new Run(Rows.instant(rs, "run_at"), rs.getString("run_by_name"),
                        rs.getInt("candidates"), Rows.instant(rs, "offers_sent_at"), rs.getString("rules"), rs.getString("ties")))
                .single();
        var spec = jdbc.sql("""
                select d.*, d.args::text as args_text, d.ties::text as ties_text, d.placement_args::text as placement_text,
                    a.reference, a.applicant_name, o.status as offer_status
                from calls.selection_decision d
                join calls.application a on a.id = d.application_id
                left join calls.track t on t.call_id = a.call_id and t.code = d.track
                left join calls.offer o on o.application_id = d.application_id
                where d.run_id = :run""" + (onlyApplication == null ? "" : " and d.application_id = :application")
                + " order by coalesce(t.position, 1000), d.track, d.rank").param("run", runId);
        if (onlyApplication != null) {
            spec = spec.param("application", onlyApplication);
        }
        List<DecisionView> decisions = spec.query((rs, n) -> {
            String placementText = rs.getString("placement_text");
            return new DecisionView(Rows.uuid(rs, "application_id"), rs.getString("reference"), rs.getString("applicant_name"),
                    rs.getString("track"), rs.getInt("rank"), rs.getInt("track_size"), Rows.enumValue(rs, "outcome", Decision.Outcome.class),
                    rs.getInt("waitlist_position"), rs.getDouble("score"), rs.getDouble("raw_mean"), rs.getString("country"),
                    Rows.uuid(rs, "organization_id"), rs.getString("message_key"), json.readValue(rs.getString("args_text"), LIST),
                    ties(rs.getString("ties_text"), null), rs.getString("host_code"), rs.getString("placement_key"),
                    placementText == null ? null : json.readValue(placementText, LIST),
                    Rows.enumValue(rs, "offer_status", OfferStatus.class), money(rs, "requested_amount"), money(rs, "granted_amount"));
        }).list();
        Map<UUID, String> references = onlyApplication == null
                ? decisions.stream().collect(Collectors.toMap(DecisionView::applicationId, DecisionView::reference))
                : null;
        List<TieView> ties = onlyApplication == null ? ties(run.ties(), references) : List.of();
        if (references != null) {
            decisions = decisions.stream().map(d -> new DecisionView(d.applicationId(), d.reference(), d.applicantName(), d.track(),
                    d.rank(), d.trackSize(), d.outcome(), d.waitlistPosition(), d.score(), d.rawMean(), d.country(), d.organizationId(),
                    d.messageKey(), d.args(), d.ties().stream().map(t -> withReferences(t, references)).toList(), d.hostCode(),
                    d.placementKey(), d.placementArgs(), d.offerStatus(), d.requested(), d.granted())).toList();
        }
        return new SelectionView(runId, callId, run.runAt(), run.runByName(), run.candidates(), run.offersSentAt(),
                json.readValue(run.rules(), SelectionSettings.class), decisions, ties);
    }

    private static org.ansoplatform.shared.Money money(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.math.BigDecimal amount = rs.getBigDecimal(column);
        String currency = rs.getString("currency");
        // stored at four places; the currency's own minor unit is what the amount was read with
        return amount == null || currency == null ? null
                : new org.ansoplatform.shared.Money(amount.stripTrailingZeros().scale() < 0 ? amount.setScale(0) : amount.stripTrailingZeros(),
                        currency);
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
}
