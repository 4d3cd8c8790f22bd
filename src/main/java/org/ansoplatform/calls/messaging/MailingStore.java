package org.ansoplatform.calls.messaging;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationQueries.Filter;
import org.ansoplatform.calls.intake.ApplicationFilterSql;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mailings ({@code calls.mailing}) and their outbox ({@code calls.mailing_recipient}): the recipients of a mailing are
 * written by one {@code insert … select} over the list's own where-clause, never one statement per applicant; the
 * sender claims them a batch at a time, skipping rows another sender holds (decision 326).
 */
@Repository
class MailingStore {

    /** A mailing as stored: texts per language (one text for all is kept under English, the fallback). */
    record Mailing(UUID id, UUID callId, LocalizedText subject, LocalizedText body, String replyTo, UUID createdBy,
            String createdByName, Instant createdAt) {
    }

    /** A mailing in the list, with how many of its messages went out. */
    record Summary(UUID id, String subject, Instant createdAt, String createdByName, long sent, long total) {
    }

    /** One recipient's message due, claimed under {@code claim}. */
    record Due(UUID mailingId, UUID applicationId, UUID applicantId, UUID claim) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MailingStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** How many applications the filter holds: the recipients a mailing to it would have. */
    long count(UUID callId, Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = ApplicationFilterSql.where(callId, filter, parameters);
        return jdbc.sql("select count(*) from calls.application a " + where).params(parameters).query(Long.class).single();
    }

    /** The first applications of the filter in the list's order (newest first), for a preview. */
    List<UUID> first(UUID callId, Filter filter, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String where = ApplicationFilterSql.where(callId, filter, parameters);
        parameters.put("limit", limit);
        return jdbc.sql("select a.id from calls.application a " + where + " order by a.submitted_at desc nulls last, a.reference limit :limit")
                .params(parameters).query(UUID.class).list();
    }

    void create(Mailing mailing, Map<String, Object> filter) {
        jdbc.sql("""
                insert into calls.mailing (id, call_id, subject, body, reply_to, filter, created_by, created_by_name, created_at)
                values (:id, :call, :subject::jsonb, :body::jsonb, :replyTo, :filter::jsonb, :by, :byName, :at)""")
                .param("id", mailing.id()).param("call", mailing.callId())
                .param("subject", json.writeValueAsString(mailing.subject().values()))
                .param("body", json.writeValueAsString(mailing.body().values())).param("replyTo", mailing.replyTo())
                .param("filter", json.writeValueAsString(filter)).param("by", mailing.createdBy())
                .param("byName", mailing.createdByName()).param("at", Timestamp.from(mailing.createdAt())).update();
    }

    /** Every application of the filter becomes a recipient, in one statement; returns how many. */
    int enqueue(UUID mailingId, UUID callId, Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = ApplicationFilterSql.where(callId, filter, parameters);
        parameters.put("mailing", mailingId);
        return jdbc.sql("insert into calls.mailing_recipient (mailing_id, application_id, applicant_id) select :mailing, a.id, a.applicant_id "
                + "from calls.application a " + where + " on conflict do nothing").params(parameters).update();
    }

    /** The ticked applications of the call become recipients, in one statement; returns how many of them are the call's. */
    int enqueue(UUID mailingId, UUID callId, List<UUID> applicationIds) {
        return jdbc.sql("""
                insert into calls.mailing_recipient (mailing_id, application_id, applicant_id)
                select :mailing, a.id, a.applicant_id from calls.application a where a.call_id = :call and a.id in (:ids)
                on conflict do nothing""")
                .param("mailing", mailingId).param("call", callId).param("ids", applicationIds).update();
    }

    Optional<Mailing> find(UUID id) {
        return jdbc.sql("select * from calls.mailing where id = :id").param("id", id).query((row, n) -> new Mailing(Rows.uuid(row, "id"),
                Rows.uuid(row, "call_id"), text(row.getString("subject")), text(row.getString("body")), row.getString("reply_to"),
                Rows.uuid(row, "created_by"), row.getString("created_by_name"), Rows.instant(row, "created_at"))).optional();
    }

    List<Summary> ofCall(UUID callId) {
        return jdbc.sql("""
                select m.id, m.subject, m.created_at, m.created_by_name,
                       count(r.sent_at) as sent, count(r.application_id) as total
                from calls.mailing m left join calls.mailing_recipient r on r.mailing_id = m.id
                where m.call_id = :call group by m.id order by m.created_at desc limit 200""")
                .param("call", callId).query((row, n) -> new Summary(Rows.uuid(row, "id"), text(row.getString("subject")).in(java.util.Locale.ENGLISH),
                        Rows.instant(row, "created_at"), row.getString("created_by_name"), row.getLong("sent"), row.getLong("total"))).list();
    }

    /**
     * Claims up to {@code limit} unsent recipients (oldest mailing first), skipping rows another transaction holds
     * and rows another sender claimed since {@code leaseStart}.
     */
    List<Due> claim(int limit, Instant at, Instant leaseStart) {
        UUID claim = UUID.randomUUID();
        return jdbc.sql("""
                with due as (
                  select r.mailing_id, r.application_id from calls.mailing_recipient r join calls.mailing m on m.id = r.mailing_id
                  where r.sent_at is null and r.failed_at is null and (r.claimed_at is null or r.claimed_at < :lease)
                  order by m.created_at, r.mailing_id, r.application_id
                  limit :limit for update of r skip locked)
                update calls.mailing_recipient r set claimed_at = :at, claim = :claim
                from due where r.mailing_id = due.mailing_id and r.application_id = due.application_id
                returning r.mailing_id, r.application_id, r.applicant_id""")
                .param("limit", limit).param("at", Timestamp.from(at)).param("lease", Timestamp.from(leaseStart)).param("claim", claim)
                .query((row, n) -> new Due(Rows.uuid(row, "mailing_id"), Rows.uuid(row, "application_id"), Rows.uuid(row, "applicant_id"),
                        claim)).list();
    }

    /**
     * Takes one claimed row just before its message is handed over: false when another sender claimed it since (this
     * one's lease ran out) or it was sent, so that this sender leaves it alone.
     */
    boolean take(Due due, Instant at) {
        return jdbc.sql("""
                update calls.mailing_recipient set claimed_at = :at
                where mailing_id = :mailing and application_id = :application and claim = :claim and sent_at is null""")
                .param("mailing", due.mailingId()).param("application", due.applicationId()).param("claim", due.claim())
                .param("at", Timestamp.from(at)).update() == 1;
    }

    boolean markSent(Due due, Instant at) {
        return jdbc.sql("update calls.mailing_recipient set sent_at = :at where mailing_id = :mailing and application_id = :application "
                + "and sent_at is null").param("mailing", due.mailingId()).param("application", due.applicationId())
                .param("at", Timestamp.from(at)).update() == 1;
    }

    /** A recipient without an account any more: done, never tried again. */
    void markFailed(Due due, Instant at) {
        jdbc.sql("update calls.mailing_recipient set failed_at = :at where mailing_id = :mailing and application_id = :application")
                .param("mailing", due.mailingId()).param("application", due.applicationId()).param("at", Timestamp.from(at)).update();
    }

    private LocalizedText text(String stored) {
        return LocalizedText.of(json.readValue(stored, new TypeReference<Map<String, String>>() { }));
    }
}
