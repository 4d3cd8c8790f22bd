package org.ansoplatform.calls.selection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.SelectionSettings;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Selection runs with their decisions, hosts' own rankings, and what a run reads of the call's applications. */
@Repository
public class SelectionStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SelectionStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A candidate's application: track, country, nominating organization, host preferences and the NUMBER answers the tie-breaks read. */
    record CandidateRow(UUID id, String track, String country, UUID organization, List<String> hostChoices, Map<String, Double> answers,
            String reference, String requestedAmount, String requestedCurrency) {
    }

    /** A run as stored, with every decision as one JSON array (a row per candidate is inserted from it in one statement). */
    record Run(UUID id, UUID callId, String rules, String resolved, UUID runBy, String runByName, Instant runAt, int candidates,
            String ties) {
    }

    public boolean offersSent(UUID callId) {
        return jdbc.sql("select exists (select 1 from calls.selection_run where call_id = :call and offers_sent_at is not null)")
                .param("call", callId).query(Boolean.class).single();
    }

    public Optional<UUID> latestRunId(UUID callId) {
        return jdbc.sql("select id from calls.selection_run where call_id = :call order by run_at desc, id limit 1").param("call", callId)
                .query(UUID.class).optional();
    }

    /** The rules a run applied (quotas and caps as counts), for the waitlist cascade. */
    public SelectionRules resolvedRules(UUID runId) {
        return json.readValue(jdbc.sql("select resolved::text from calls.selection_run where id = :id").param("id", runId)
                .query(String.class).single(), SelectionRules.class);
    }

    /** The rules of a run as the Secretariat wrote them (for the offers' deadline). */
    public SelectionSettings settings(UUID runId) {
        return json.readValue(jdbc.sql("select rules::text from calls.selection_run where id = :id").param("id", runId)
                .query(String.class).single(), SelectionSettings.class);
    }

    public void markOffersSent(UUID runId, Instant now) {
        jdbc.sql("update calls.selection_run set offers_sent_at = coalesce(offers_sent_at, :now) where id = :id")
                .param("now", Timestamp.from(now)).param("id", runId).update();
    }

    /**
     * The call's submitted, eligible applications with a track; {@code answerKeys}: the form answers read as numbers;
     * {@code amountField}: the MONEY answer read as the requested amount and its currency (null without an envelope).
     */
    List<CandidateRow> candidates(UUID callId, List<String> answerKeys, String amountField) {
        StringBuilder columns = new StringBuilder(", a.reference, a.answers -> :amountField ->> 'amount' as requested_amount,"
                + " a.answers -> :amountField ->> 'currency' as requested_currency");
        for (int i = 0; i < answerKeys.size(); i++) {
            columns.append(", a.answers ->> :key").append(i).append(" as answer").append(i);
        }
        var spec = jdbc.sql("""
                select a.id, a.track_code, a.country, n.organization_id, a.host_choices::text as host_choices""" + columns + " " + """
                from calls.application a
                left join calls.nomination n on n.application_id = a.id and n.withdrawn_at is null
                where a.call_id = :call and a.status = :submitted and coalesce(a.override_eligible, a.eligible) and a.track_code is not null""")
                .param("call", callId).param("submitted", ApplicationStatus.SUBMITTED.name())
                .param("amountField", amountField == null ? "" : amountField);
        for (int i = 0; i < answerKeys.size(); i++) {
            spec = spec.param("key" + i, answerKeys.get(i));
        }
        return spec.query((rs, n) -> {
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
            return new CandidateRow(Rows.uuid(rs, "id"), rs.getString("track_code"), rs.getString("country"),
                    Rows.uuid(rs, "organization_id"), hosts, answers, rs.getString("reference"), rs.getString("requested_amount"),
                    rs.getString("requested_currency"));
        }).list();
    }

    void insertRun(Run run, List<Map<String, Object>> decisions) {
        jdbc.sql("""
                insert into calls.selection_run (id, call_id, rules, resolved, run_by, run_by_name, run_at, candidates, ties)
                values (:id, :call, :rules::jsonb, :resolved::jsonb, :runBy, :runByName, :runAt, :candidates, :ties::jsonb)""")
                .param("id", run.id()).param("call", run.callId()).param("rules", run.rules()).param("resolved", run.resolved())
                .param("runBy", run.runBy()).param("runByName", run.runByName()).param("runAt", Timestamp.from(run.runAt()))
                .param("candidates", run.candidates()).param("ties", run.ties()).update();
        jdbc.sql("""
                insert into calls.selection_decision (run_id, application_id, track, rank, track_size, outcome, waitlist_position,
                    score, raw_mean, country, organization_id, message_key, args, ties, host_code, placement_key, placement_args,
                    requested_amount, granted_amount, currency)
                select :run, x.application_id, x.track, x.rank, x.track_size, x.outcome, x.waitlist_position, x.score, x.raw_mean,
                    x.country, x.organization_id, x.message_key, x.args, x.ties, x.host_code, x.placement_key, x.placement_args,
                    x.requested_amount, x.granted_amount, x.currency
                from jsonb_to_recordset(:decisions::jsonb) as x(application_id uuid, track text, rank int, track_size int, outcome text,
                    waitlist_position int, score float8, raw_mean float8, country text, organization_id uuid, message_key text,
                    args jsonb, ties jsonb, host_code text, placement_key text, placement_args jsonb, requested_amount numeric,
                    granted_amount numeric, currency text)""")
                .param("run", run.id()).param("decisions", json.writeValueAsString(decisions)).update();
    }

    /** Each host's own ranking (application ids, best first), where the Secretariat uploaded one. */
    public Map<String, List<UUID>> hostRankings(UUID callId) {
        Map<String, List<UUID>> rankings = new HashMap<>();
        jdbc.sql("select host_code, applications from calls.host_ranking where call_id = :call").param("call", callId).query(rs -> {
            rankings.put(rs.getString("host_code"), Rows.uuids(rs, "applications"));
        });
        return rankings;
    }

    void saveHostRanking(UUID callId, String hostCode, List<UUID> ranking, UUID by, Instant now) {
        jdbc.sql("""
                insert into calls.host_ranking (call_id, host_code, applications, uploaded_by, uploaded_at)
                values (:call, :host, cast(:ranking as uuid[]), :by, :now)
                on conflict (call_id, host_code) do update set applications = excluded.applications, uploaded_by = excluded.uploaded_by,
                    uploaded_at = excluded.uploaded_at""")
                .param("call", callId).param("host", hostCode)
                .param("ranking", ranking.stream().map(UUID::toString).collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .param("by", by).param("now", Timestamp.from(now)).update();
    }

    void deleteHostRanking(UUID callId, String hostCode) {
        jdbc.sql("delete from calls.host_ranking where call_id = :call and host_code = :host").param("call", callId).param("host", hostCode)
                .update();
    }

    /** The call's applications by reference number (upper case), for a host's ranking. */
    Map<String, UUID> applicationsByReference(UUID callId) {
        Map<String, UUID> ids = new HashMap<>();
        jdbc.sql("select reference, id from calls.application where call_id = :call and reference is not null").param("call", callId)
                .query(rs -> {
                    ids.put(rs.getString("reference").toUpperCase(Locale.ROOT), Rows.uuid(rs, "id"));
                });
        return ids;
    }
}
