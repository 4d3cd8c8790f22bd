package org.ansoplatform.calls;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.Money;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat's lists of a call's applications: filtered, paged, counted by country and track; and, for a call that
 * awards projects, the amount an application requests and the amount it was granted.
 */
@Service
public class ApplicationQueries {

    private final JdbcClient jdbc;
    private final tools.jackson.databind.json.JsonMapper json;

    ApplicationQueries(JdbcClient jdbc, tools.jackson.databind.json.JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Any filter may be null. {@code eligible}: true, false, or null for all; an override counts over the
     * rules' verdict. Drafts are listed only when asked for by status. {@code q}: a part of the reference or of the
     * applicant's name, in any case.
     */
    public record Filter(String track, String country, ApplicationStatus status, Boolean eligible, Boolean nominated, String q) {

        public Filter(String track, String country, ApplicationStatus status, Boolean eligible, Boolean nominated) {
            this(track, country, status, eligible, nominated, null);
        }

        /** Every submitted or withdrawn application (no draft). */
        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    public record Row(UUID id, String reference, String applicantName, String applicantEmail, String country, String track,
            ApplicationStatus status, Boolean eligible, boolean overridden, boolean nominated, Instant submittedAt, String failedRules) {
    }

    public record Count(String key, long count) {
    }

    /** An application's answers with its call and applicant, for the module an accepted award leads to (projects). */
    public record Answers(UUID applicationId, UUID callId, UUID applicantId, String applicantName, String applicantEmail,
            Map<String, Object> values) {
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    @Transactional(readOnly = true)
    public Optional<Answers> answers(UUID applicationId) {
        return jdbc.sql("""
                select id, call_id, applicant_id, applicant_name, applicant_email, cast(answers as text) as answers
                from calls.application where id = :id""")
                .param("id", applicationId)
                .query((row, number) -> new Answers(Rows.uuid(row, "id"), Rows.uuid(row, "call_id"),
                        Rows.uuid(row, "applicant_id"), row.getString("applicant_name"), row.getString("applicant_email"),
                        JSON.readValue(row.getString("answers"), new tools.jackson.core.type.TypeReference<Map<String, Object>>() { })))
                .optional();
    }

    @Transactional(readOnly = true)
    public PageResult<Row> search(UUID callId, Filter filter, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(callId, filter, parameters);
        long total = jdbc.sql("select count(*) from calls.application a " + where).params(parameters).query(Long.class).single();
        Map<String, Object> paged = new HashMap<>(parameters);
        paged.put("limit", page.size());
        paged.put("offset", page.offset());
        return new PageResult<>(rows(where + " order by a.submitted_at nulls last, a.id limit :limit offset :offset", paged), page.page(),
                page.size(), total);
    }

    /** Every row of the filter, for exports. */
    @Transactional(readOnly = true)
    public List<Row> all(UUID callId, Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(callId, filter, parameters);
        return rows(where + " order by a.submitted_at nulls last, a.id", parameters);
    }

    private List<Row> rows(String whereAndOrder, Map<String, Object> parameters) {
        return jdbc.sql("""
                select a.id, a.reference, a.applicant_name, a.applicant_email, a.country, a.track_code, a.status,
                    coalesce(a.override_eligible, a.eligible) as eligible, a.override_eligible is not null as overridden,
                    exists (select 1 from calls.nomination n where n.application_id = a.id and n.withdrawn_at is null) as nominated,
                    a.submitted_at,
                    (select string_agg(distinct f->>'ruleId', ', ') from jsonb_array_elements(a.eligibility) f) as failed_rules
                from calls.application a """ + " " + whereAndOrder)
                .params(parameters)
                .query((row, number) -> new Row(Rows.uuid(row, "id"), row.getString("reference"),
                        row.getString("applicant_name"), row.getString("applicant_email"), row.getString("country"),
                        row.getString("track_code"), Rows.enumValue(row, "status", ApplicationStatus.class),
                        (Boolean) row.getObject("eligible"), row.getBoolean("overridden"), row.getBoolean("nominated"),
                        Rows.instant(row, "submitted_at"), row.getString("failed_rules")))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Count> byCountry(UUID callId, Filter filter) {
        return count(callId, filter, "a.country");
    }

    @Transactional(readOnly = true)
    public List<Count> byTrack(UUID callId, Filter filter) {
        return count(callId, filter, "a.track_code");
    }

    private List<Count> count(UUID callId, Filter filter, String column) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(callId, filter, parameters);
        return jdbc.sql("select coalesce(" + column + ", '') as key, count(*) as count from calls.application a " + where
                        + " group by 1 order by 2 desc, 1")
                .params(parameters).query((row, number) -> new Count(row.getString("key"), row.getLong("count"))).list();
    }

    /**
     * The amount an application requests from its call's budget envelope: its MONEY answer at the envelope's
     * {@code amountField} (contracts of issue 18, section 3). Empty when the call has no envelope or the answer is
     * missing or is no amount in a known currency.
     */
    @Transactional(readOnly = true)
    public Optional<Money> requestedAmount(UUID applicationId) {
        return jdbc.sql("""
                select a.answers -> (c.selection_rules -> 'budget' ->> 'amountField') ->> 'amount' as amount,
                    a.answers -> (c.selection_rules -> 'budget' ->> 'amountField') ->> 'currency' as currency
                from calls.application a join calls.call c on c.id = a.call_id
                where a.id = :id and c.selection_rules -> 'budget' ->> 'amountField' is not null""")
                .param("id", applicationId)
                .query((rs, n) -> money(rs.getString("amount"), rs.getString("currency"))).optional().flatMap(found -> found);
    }

    /**
     * The amount granted to an application by its call's latest selection run under a budget envelope (what it
     * requested, when it was funded); empty when it was not funded, the call has no envelope or no run yet.
     */
    @Transactional(readOnly = true)
    public Optional<Money> grantedAmount(UUID applicationId) {
        return jdbc.sql("""
                select d.granted_amount, d.currency from calls.selection_decision d
                where d.application_id = :id and d.granted_amount is not null
                    and d.run_id = (select r.id from calls.selection_run r join calls.application a on a.call_id = r.call_id
                        where a.id = :id order by r.run_at desc, r.id limit 1)""")
                .param("id", applicationId)
                .query((rs, n) -> new Money(rs.getBigDecimal("granted_amount").stripTrailingZeros(), rs.getString("currency")))
                .optional();
    }

    private static Optional<Money> money(String amount, String currency) {
        if (amount == null || currency == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Money.of(amount, currency));
        } catch (IllegalArgumentException notAnAmount) {
            return Optional.empty();
        }
    }

    private static String where(UUID callId, Filter filter, Map<String, Object> parameters) {
        return org.ansoplatform.calls.intake.ApplicationFilterSql.where(callId, filter, parameters);
    }

    /** The answers of every application of the filter, by application, for the exports' answer columns. */
    @Transactional(readOnly = true)
    public Map<UUID, Map<String, Object>> answers(UUID callId, Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(callId, filter, parameters);
        Map<UUID, Map<String, Object>> answers = new HashMap<>();
        jdbc.sql("select a.id, a.answers from calls.application a " + where).params(parameters).query((row, number) -> {
            answers.put(Rows.uuid(row, "id"), json.readValue(row.getString("answers"),
                    new tools.jackson.core.type.TypeReference<Map<String, Object>>() { }));
            return null;
        }).list();
        return answers;
    }
}
