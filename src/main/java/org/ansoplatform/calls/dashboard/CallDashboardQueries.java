package org.ansoplatform.calls.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.OfferStatus;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat's dashboard figures of a call, one grouped statement per chart, so that a call of 6,000
 * applications costs a handful of index scans and never a row per application in Java (decision 339).
 */
@Service
public class CallDashboardQueries {

    /** Applications started (created, whatever became of them) and submitted on one day of the call's zone. */
    public record Day(LocalDate day, long started, long submitted) {
    }

    /** Applicants of one country: every application started, and those submitted (withdrawn after included). */
    public record CountryCount(String country, long started, long submitted) {
    }

    /** An offer waiting for its answer, for the deadlines. */
    public record OpenOffer(UUID callId, Instant respondBy, long offers) {
    }

    private final JdbcClient jdbc;

    CallDashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Day> perDay(UUID callId, ZoneId zone) {
        return jdbc.sql("""
                select day, sum(started) as started, sum(submitted) as submitted from (
                    select (created_at at time zone :zone)::date as day, count(*) as started, 0 as submitted
                    from calls.application where call_id = :call group by 1
                    union all
                    select (submitted_at at time zone :zone)::date, 0, count(*)
                    from calls.application where call_id = :call and submitted_at is not null group by 1) days
                group by day order by day""")
                .param("zone", zone.getId()).param("call", callId)
                .query((rs, n) -> new Day(rs.getObject("day", LocalDate.class), rs.getLong("started"), rs.getLong("submitted")))
                .list();
    }

    /** Every country of the call's applicants, the most submitted first; an application without a country has key "". */
    @Transactional(readOnly = true)
    public List<CountryCount> byCountry(UUID callId) {
        return jdbc.sql("""
                select coalesce(country, '') as country, count(*) as started, count(*) filter (where status <> :draft) as submitted
                from calls.application where call_id = :call
                group by 1 order by submitted desc, started desc, country""")
                .param("draft", ApplicationStatus.DRAFT.name()).param("call", callId)
                .query((rs, n) -> new CountryCount(rs.getString("country"), rs.getLong("started"), rs.getLong("submitted")))
                .list();
    }

    /** The reply-by dates of offers still waiting for an answer, one line per call and date. */
    @Transactional(readOnly = true)
    public List<OpenOffer> openOffers(Instant now) {
        return jdbc.sql("""
                select a.call_id, o.respond_by, count(*) as offers
                from calls.offer o join calls.application a on a.id = o.application_id
                where o.status = :offered and o.respond_by > :now
                group by a.call_id, o.respond_by order by o.respond_by""")
                .param("offered", OfferStatus.OFFERED.name()).param("now", Timestamp.from(now))
                .query((rs, n) -> new OpenOffer(Rows.uuid(rs, "call_id"), Rows.instant(rs, "respond_by"), rs.getLong("offers")))
                .list();
    }
}
