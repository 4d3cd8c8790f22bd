package org.ansoplatform.calls.offers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.OfferStatus;
import org.ansoplatform.calls.OfferView;
import org.ansoplatform.calls.selection.Decision;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Offers, and what sending them and the waitlist cascade read of a selection run's decisions. */
@Repository
class OfferStore {

    private static final String SELECT = """
            select o.*, a.reference, a.applicant_name from calls.offer o join calls.application a on a.id = o.application_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OfferStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A selected and placed awardee of a run who has no offer yet. */
    record Pending(UUID applicationId, UUID applicantId, String track, String host, String reference, String applicantName,
            Money granted) {
    }

    /** Who holds a seat now (an offer OFFERED, ACCEPTED or ENROLLED), with what the caps count. */
    record Holder(String track, String host, String country, UUID organization) {
    }

    /** A candidate of the run's waitlist: no offer, still submitted, with their host preferences. */
    record Waiting(UUID applicationId, UUID applicantId, String reference, String country, UUID organization, List<String> hosts,
            Money requested) {
    }

    Optional<OfferView> find(UUID id) {
        return jdbc.sql(SELECT + " where o.id = :id").param("id", id).query(OfferStore::map).optional();
    }

    List<OfferView> ofCall(UUID callId) {
        return jdbc.sql(SELECT + " where o.call_id = :call order by o.track, o.offered_at, a.reference").param("call", callId)
                .query(OfferStore::map).list();
    }

    Optional<OfferView> ofApplication(UUID applicationId) {
        return jdbc.sql(SELECT + " where o.application_id = :application").param("application", applicationId).query(OfferStore::map)
                .optional();
    }

    UUID runOf(UUID offerId) {
        return jdbc.sql("select run_id from calls.offer where id = :id").param("id", offerId).query(UUID.class).single();
    }

    ApplicationStatus applicationStatus(UUID applicationId) {
        return ApplicationStatus.valueOf(jdbc.sql("select status from calls.application where id = :id").param("id", applicationId)
                .query(String.class).single());
    }

    /** Offers still open whose deadline has passed. */
    List<UUID> overdue(Instant now) {
        return jdbc.sql("select id from calls.offer where status = :offered and respond_by <= :now order by respond_by")
                .param("offered", OfferStatus.OFFERED.name()).param("now", Timestamp.from(now)).query(UUID.class).list();
    }

    /** Selected and placed awardees of the run without an offer, in track and rank order; {@code submitted}: still submitted or withdrawn. */
    List<Pending> pending(UUID runId) {
        return jdbc.sql("""
                select d.application_id, a.applicant_id, d.track, d.host_code, a.reference, a.applicant_name, d.granted_amount, d.currency
                from calls.selection_decision d join calls.application a on a.id = d.application_id
                where d.run_id = :run and d.outcome = :selected and (d.host_code is not null or d.granted_amount is not null)
                    and a.status = :submitted
                    and not exists (select 1 from calls.offer o where o.application_id = d.application_id)
                order by d.track, d.rank""")
                .param("run", runId).param("selected", Decision.Outcome.SELECTED.name()).param("submitted", ApplicationStatus.SUBMITTED.name())
                .query((rs, n) -> new Pending(Rows.uuid(rs, "application_id"), Rows.uuid(rs, "applicant_id"), rs.getString("track"),
                        rs.getString("host_code"), rs.getString("reference"), rs.getString("applicant_name"),
                        money(rs, "granted_amount", "currency")))
                .list();
    }

    /** Per track, the selected and placed awardees who withdrew before the offers went out (their seats go to the waitlist). */
    Map<String, Integer> withdrawnBeforeOffers(UUID runId) {
        Map<String, Integer> seats = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select d.track, count(*) as seats from calls.selection_decision d join calls.application a on a.id = d.application_id
                where d.run_id = :run and d.outcome = :selected and (d.host_code is not null or d.granted_amount is not null)
                    and a.status <> :submitted
                    and not exists (select 1 from calls.offer o where o.application_id = d.application_id)
                group by d.track order by d.track""")
                .param("run", runId).param("selected", Decision.Outcome.SELECTED.name()).param("submitted", ApplicationStatus.SUBMITTED.name())
                .query(rs -> {
                    seats.put(rs.getString("track"), rs.getInt("seats"));
                });
        return seats;
    }

    List<Holder> holders(UUID callId) {
        return jdbc.sql("""
                select o.track, o.host_code, d.country, d.organization_id from calls.offer o
                left join calls.selection_decision d on d.run_id = o.run_id and d.application_id = o.application_id
                where o.call_id = :call and o.status in (:holding)""")
                .param("call", callId)
                .param("holding", java.util.Arrays.stream(OfferStatus.values()).filter(OfferStatus::holdsSeat).map(Enum::name).toList())
                .query((rs, n) -> new Holder(rs.getString("track"), rs.getString("host_code"), rs.getString("country"),
                        Rows.uuid(rs, "organization_id")))
                .list();
    }

    List<Waiting> waiting(UUID runId, String track) {
        return jdbc.sql("""
                select d.application_id, a.applicant_id, a.reference, d.country, d.organization_id, a.host_choices::text as hosts,
                    d.requested_amount, d.currency
                from calls.selection_decision d join calls.application a on a.id = d.application_id
                where d.run_id = :run and d.track = :track and a.status = :submitted
                    and not exists (select 1 from calls.offer o where o.application_id = d.application_id)
                order by d.rank""")
                .param("run", runId).param("track", track).param("submitted", ApplicationStatus.SUBMITTED.name())
                .query((rs, n) -> new Waiting(Rows.uuid(rs, "application_id"), Rows.uuid(rs, "applicant_id"), rs.getString("reference"),
                        rs.getString("country"), Rows.uuid(rs, "organization_id"),
                        json.readValue(rs.getString("hosts"), new TypeReference<List<String>>() { }),
                        money(rs, "requested_amount", "currency")))
                .list();
    }

    void insert(UUID id, UUID callId, UUID runId, UUID applicationId, UUID applicantId, String track, String host, boolean fromWaitlist,
            UUID replaces, Instant now, Instant respondBy, Money granted) {
        jdbc.sql("""
                insert into calls.offer (id, call_id, run_id, application_id, applicant_id, track, host_code, status, from_waitlist,
                    replaces, offered_at, respond_by, granted_amount, currency)
                values (:id, :call, :run, :application, :applicant, :track, :host, :status, :fromWaitlist, :replaces, :now, :respondBy,
                    :granted, :currency)""")
                .param("granted", granted == null ? null : granted.amount()).param("currency", granted == null ? null : granted.currency())
                .param("id", id).param("call", callId).param("run", runId).param("application", applicationId)
                .param("applicant", applicantId).param("track", track).param("host", host).param("status", OfferStatus.OFFERED.name())
                .param("fromWaitlist", fromWaitlist).param("replaces", replaces).param("now", Timestamp.from(now))
                .param("respondBy", Timestamp.from(respondBy)).update();
    }

    /** Writes an offer's new state. */
    void save(Offer offer) {
        jdbc.sql("""
                update calls.offer set status = :status, answered_at = :answeredAt, decline_reason = :reason,
                    enrolled_at = :enrolledAt, enrolled_by = coalesce(cast(:enrolledBy as uuid), enrolled_by)
                where id = :id""")
                .param("status", offer.status().name()).param("answeredAt", timestamp(offer.answeredAt()))
                .param("reason", offer.declineReason()).param("enrolledAt", timestamp(offer.enrolledAt()))
                .param("enrolledBy", offer.enrolledBy()).param("id", offer.id()).update();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static OfferView map(ResultSet rs, int n) throws SQLException {
        return new OfferView(Rows.uuid(rs, "id"), Rows.uuid(rs, "call_id"), Rows.uuid(rs, "application_id"), Rows.uuid(rs, "applicant_id"),
                rs.getString("reference"), rs.getString("applicant_name"), rs.getString("track"), rs.getString("host_code"),
                Rows.enumValue(rs, "status", OfferStatus.class), rs.getBoolean("from_waitlist"), Rows.instant(rs, "offered_at"),
                Rows.instant(rs, "respond_by"), Rows.instant(rs, "answered_at"), rs.getString("decline_reason"),
                Rows.instant(rs, "enrolled_at"), money(rs, "granted_amount", "currency"));
    }

    private static Money money(ResultSet rs, String amountColumn, String currencyColumn) throws SQLException {
        java.math.BigDecimal amount = rs.getBigDecimal(amountColumn);
        if (amount == null) {
            return null;
        }
        java.math.BigDecimal plain = amount.stripTrailingZeros();
        return new Money(plain.scale() < 0 ? plain.setScale(0) : plain, rs.getString(currencyColumn).strip());
    }

    /** What the offers standing now (OFFERED, ACCEPTED, ENROLLED) of a call that awards projects were granted together. */
    java.math.BigDecimal granted(UUID callId) {
        return jdbc.sql("select coalesce(sum(granted_amount), 0) from calls.offer where call_id = :call and status in (:holding)")
                .param("call", callId)
                .param("holding", java.util.Arrays.stream(OfferStatus.values()).filter(OfferStatus::holdsSeat).map(Enum::name).toList())
                .query(java.math.BigDecimal.class).single();
    }

    /** The proposal's title as the applicant answered it (a cooperation form's {@code title}), for the award's email and letter. */
    String proposalTitle(UUID applicationId) {
        return jdbc.sql("select a.answers ->> 'title' from calls.application a where a.id = :id").param("id", applicationId)
                .query(String.class).optional().orElse(null);
    }

    /** A decision of the run that led to no offer, its application still submitted: to be told its outcome. */
    record Untold(UUID applicationId, UUID applicantId, String reference, String track) {
    }

    /** The run's decisions without an offer whose application is still submitted, by track then rank. */
    List<Untold> untold(UUID runId) {
        return jdbc.sql("""
                select d.application_id, a.applicant_id, a.reference, d.track
                from calls.selection_decision d join calls.application a on a.id = d.application_id
                where d.run_id = :run and a.status = :submitted
                    and not exists (select 1 from calls.offer o where o.application_id = d.application_id)
                order by d.track, d.rank""")
                .param("run", runId).param("submitted", ApplicationStatus.SUBMITTED.name())
                .query((rs, n) -> new Untold(Rows.uuid(rs, "application_id"), Rows.uuid(rs, "applicant_id"), rs.getString("reference"),
                        rs.getString("track")))
                .list();
    }

    /**
     * Where the application stands on its track's waitlist now (1 = next), among the run's decisions without an
     * offer whose application is still submitted; empty when it has an offer or is not among them.
     */
    Optional<Integer> waitlistPosition(UUID runId, UUID applicationId) {
        return jdbc.sql("""
                select position from (
                    select d.application_id, (row_number() over (order by d.rank))::int as position
                    from calls.selection_decision d join calls.application a on a.id = d.application_id
                    where d.run_id = :run and a.status = :submitted
                        and d.track = (select track from calls.selection_decision where run_id = :run and application_id = :application)
                        and not exists (select 1 from calls.offer o where o.application_id = d.application_id)) w
                where w.application_id = :application""")
                .param("run", runId).param("submitted", ApplicationStatus.SUBMITTED.name()).param("application", applicationId)
                .query(Integer.class).optional();
    }
}
