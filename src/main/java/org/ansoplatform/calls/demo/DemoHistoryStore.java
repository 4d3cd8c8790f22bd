package org.ansoplatform.calls.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * The rows of a past call's outcome that the demo's history (issue 24) writes in bulk: the illustrative mark, the
 * member organizations' nominations, and the offers the selected accepted and took up, as if their answers and
 * enrolment had come in (no letters: a history's letters were sent long ago).
 */
@Repository
class DemoHistoryStore {

    private final NamedParameterJdbcTemplate jdbc;

    DemoHistoryStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An eligible, submitted application: what the history steers by. */
    record Eligible(UUID id, String country, String track) {
    }

    /** A selected application of a run with where it was placed. */
    record Selected(UUID applicationId, UUID applicantId, String track, String hostCode) {
    }

    record Nomination(UUID applicationId, UUID organizationId, Instant at) {
    }

    void markIllustrative(UUID callId) {
        jdbc.update("update calls.application set illustrative = true where call_id = :call and not illustrative",
                new MapSqlParameterSource("call", callId));
    }

    /**
     * Every applicant ranks all the call's hosts (those not chosen appended in the call's order), so that all the
     * selected can be placed, as the report's 500 were; the answer and the column stay the same.
     */
    void rankAllHosts(UUID callId, String hostsJson) {
        jdbc.update("""
                update calls.application a set host_choices = h.full, answers = jsonb_set(a.answers, '{hosts}', h.full)
                from (select x.id, x.host_choices || coalesce((select jsonb_agg(c.value order by c.ordinality)
                          from jsonb_array_elements(cast(:hosts as jsonb)) with ordinality c
                          where not x.host_choices @> jsonb_build_array(c.value)), '[]'::jsonb) as full
                      from calls.application x where x.call_id = :call) h
                where h.id = a.id and a.call_id = :call and a.answers -> 'hosts' is not null""",
                new MapSqlParameterSource("call", callId).addValue("hosts", hostsJson));
    }

    List<Eligible> eligible(UUID callId) {
        return jdbc.query("""
                select id, country, track_code from calls.application
                where call_id = :call and status = 'SUBMITTED' and coalesce(override_eligible, eligible, false) order by id""",
                new MapSqlParameterSource("call", callId),
                (rs, n) -> new Eligible(Rows.uuid(rs, "id"), rs.getString("country"), rs.getString("track_code")));
    }

    void nominate(UUID callId, UUID nominatedBy, List<Nomination> nominations) {
        jdbc.batchUpdate("""
                insert into calls.nomination (id, call_id, application_id, organization_id, nominated_by, nominated_at)
                values (:id, :call, :application, :organization, :by, :at) on conflict do nothing""",
                nominations.stream().map(n -> (SqlParameterSource) new MapSqlParameterSource("id",
                        UUID.nameUUIDFromBytes(("anso-demo-nomination-" + n.applicationId()).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .addValue("call", callId).addValue("application", n.applicationId()).addValue("organization", n.organizationId())
                        .addValue("by", nominatedBy).addValue("at", Timestamp.from(n.at()))).toArray(SqlParameterSource[]::new));
    }

    List<Selected> selected(UUID runId) {
        return jdbc.query("""
                select d.application_id, a.applicant_id, d.track, d.host_code from calls.selection_decision d
                join calls.application a on a.id = d.application_id
                where d.run_id = :run and d.outcome = 'SELECTED' order by d.track, d.rank""", new MapSqlParameterSource("run", runId),
                (rs, n) -> new Selected(Rows.uuid(rs, "application_id"), Rows.uuid(rs, "applicant_id"), rs.getString("track"),
                        rs.getString("host_code")));
    }

    /** Offers made, accepted and enrolled on the days given; the run is marked as having sent its offers. */
    void enrolled(UUID callId, UUID runId, List<Selected> selected, Instant offered, Instant accepted, Instant enrolled) {
        jdbc.batchUpdate("""
                insert into calls.offer (id, call_id, run_id, application_id, applicant_id, track, host_code, status, offered_at, respond_by,
                    answered_at, enrolled_at)
                values (:id, :call, :run, :application, :applicant, :track, :host, 'ENROLLED', :offered, :respondBy, :accepted, :enrolled)
                on conflict do nothing""",
                selected.stream().map(s -> (SqlParameterSource) new MapSqlParameterSource("id",
                        UUID.nameUUIDFromBytes(("anso-demo-offer-" + s.applicationId()).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .addValue("call", callId).addValue("run", runId).addValue("application", s.applicationId())
                        .addValue("applicant", s.applicantId()).addValue("track", s.track()).addValue("host", s.hostCode())
                        .addValue("offered", Timestamp.from(offered)).addValue("respondBy", Timestamp.from(offered.plusSeconds(14 * 86_400L)))
                        .addValue("accepted", Timestamp.from(accepted)).addValue("enrolled", Timestamp.from(enrolled)))
                        .toArray(SqlParameterSource[]::new));
        jdbc.update("update calls.selection_run set offers_sent_at = :at where id = :run",
                new MapSqlParameterSource("run", runId).addValue("at", Timestamp.from(offered)));
    }
}
