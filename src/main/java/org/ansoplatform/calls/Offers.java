package org.ansoplatform.calls;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.selection.SelectionRules;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Offers to the selected and placed awardees, their answers before the deadline (the server's clock),
 * expiry (counted as a decline), the waitlist cascade and enrolment. Every change locks the call's row
 * first, so a double click, two declines at once or the expiry job racing a decline cannot give one seat
 * twice; an application has at most one offer (a unique constraint).
 */
@Service
public class Offers {

    public static final String OFFERED = "OFFERED", ACCEPTED = "ACCEPTED", DECLINED = "DECLINED", EXPIRED = "EXPIRED",
            ENROLLED = "ENROLLED";

    /** An offer as its applicant and the Secretariat see it. */
    public record OfferView(UUID id, UUID callId, UUID applicationId, UUID applicantId, String reference, String applicantName,
            String track, String hostCode, String status, boolean fromWaitlist, Instant offeredAt, Instant respondBy,
            Instant answeredAt, String declineReason, Instant enrolledAt) {

        public boolean open(Instant now) {
            return OFFERED.equals(status) && now.isBefore(respondBy);
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Selections selections;
    private final Calls calls;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Offers(JdbcClient jdbc, JsonMapper json, Selections selections, Calls calls, CurrentActor actor, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.selections = selections;
        this.calls = calls;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    private static final String SELECT = """
            select o.*, a.reference, a.applicant_name from calls.offer o join calls.application a on a.id = o.application_id
            """;

    private OfferView map(ResultSet rs, int n) throws SQLException {
        return new OfferView(rs.getObject("id", UUID.class), rs.getObject("call_id", UUID.class), rs.getObject("application_id", UUID.class),
                rs.getObject("applicant_id", UUID.class), rs.getString("reference"), rs.getString("applicant_name"), rs.getString("track"),
                rs.getString("host_code"), rs.getString("status"), rs.getBoolean("from_waitlist"), instant(rs, "offered_at"),
                instant(rs, "respond_by"), instant(rs, "answered_at"), rs.getString("decline_reason"), instant(rs, "enrolled_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private Optional<OfferView> find(UUID id) {
        return jdbc.sql(SELECT + " where o.id = ?").param(id).query(this::map).optional();
    }

    @Transactional(readOnly = true)
    public List<OfferView> ofCall(UUID callId) {
        return jdbc.sql(SELECT + " where o.call_id = ? order by o.track, o.offered_at, a.reference").param(callId).query(this::map).list();
    }

    @Transactional(readOnly = true)
    public Optional<OfferView> ofApplication(UUID applicationId) {
        return jdbc.sql(SELECT + " where o.application_id = ?").param(applicationId).query(this::map).optional();
    }

    /** The offer, to its applicant or the Secretariat; anyone else gets a 404. */
    @Transactional(readOnly = true)
    public OfferView view(UUID offerId, SignedInPerson viewer) {
        OfferView offer = find(offerId).orElseThrow(() -> new NotFoundException("offer " + offerId));
        if (viewer == null || !(offer.applicantId().equals(viewer.id()) || viewer.hasRole("SECRETARIAT"))) {
            throw new NotFoundException("offer " + offerId);
        }
        return offer;
    }

    /**
     * Offers a place to every selected and placed awardee of the latest run who has none yet (sending
     * again adds only what is missing); the respond-by deadline is the rules' offerDays from now.
     */
    @Transactional
    public int send(UUID callId) {
        CallView call = calls.any(callId);
        selections.lockCall(callId);
        UUID runId = selections.latestRunId(callId).orElseThrow(() -> new InvalidInputException("offers", "calls.offer.noSelection"));
        Instant now = clock.instant();
        Instant respondBy = now.plus(Duration.ofDays(runSettings(runId).days()));
        record Pending(UUID applicationId, UUID applicantId, String track, String host, String reference) {
        }
        List<Pending> pending = jdbc.sql("""
                select d.application_id, a.applicant_id, d.track, d.host_code, a.reference
                from calls.selection_decision d join calls.application a on a.id = d.application_id
                where d.run_id = ? and d.outcome = 'SELECTED' and d.host_code is not null and a.status = 'SUBMITTED'
                    and not exists (select 1 from calls.offer o where o.application_id = d.application_id)
                order by d.track, d.rank""").param(runId)
                .query((rs, n) -> new Pending(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
        Actor who = actor.get();
        for (Pending p : pending) {
            UUID offerId = insert(callId, runId, p.applicationId(), p.applicantId(), p.track(), p.host(), false, null, now, respondBy);
            events.publishEvent(made(call, offerId, p.applicationId(), p.applicantId(), p.reference(), p.track(), p.host(), respondBy,
                    false, who));
        }
        // selected and placed awardees who withdrew before the offers went out free their seats for the waitlist
        jdbc.sql("""
                select d.track, count(*) from calls.selection_decision d join calls.application a on a.id = d.application_id
                where d.run_id = ? and d.outcome = 'SELECTED' and d.host_code is not null and a.status <> 'SUBMITTED'
                    and not exists (select 1 from calls.offer o where o.application_id = d.application_id)
                group by d.track order by d.track""").param(runId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list()
                .forEach(withdrawn -> cascade(callId, runId, withdrawn.getKey(), null, withdrawn.getValue(), who));
        jdbc.sql("update calls.selection_run set offers_sent_at = coalesce(offers_sent_at, ?) where id = ?")
                .params(Timestamp.from(now), runId).update();
        return pending.size();
    }

    private SelectionSettings runSettings(UUID runId) {
        return json.readValue(jdbc.sql("select rules::text from calls.selection_run where id = ?").param(runId).query(String.class).single(),
                SelectionSettings.class);
    }

    private UUID insert(UUID callId, UUID runId, UUID applicationId, UUID applicantId, String track, String host, boolean fromWaitlist,
            UUID replaces, Instant now, Instant respondBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into calls.offer (id, call_id, run_id, application_id, applicant_id, track, host_code, status, from_waitlist,
                    replaces, offered_at, respond_by) values (?, ?, ?, ?, ?, ?, ?, 'OFFERED', ?, ?, ?, ?)""")
                .params(id, callId, runId, applicationId, applicantId, track, host, fromWaitlist, replaces, Timestamp.from(now),
                        Timestamp.from(respondBy))
                .update();
        return id;
    }

    private static OfferMade made(CallView call, UUID offerId, UUID applicationId, UUID applicantId, String reference, String track,
            String host, Instant respondBy, boolean fromWaitlist, Actor who) {
        LocalizedText trackName = call.track(track).map(Track::name).orElse(LocalizedText.of(track, track));
        LocalizedText hostName = call.host(host).map(Host::name).orElse(LocalizedText.of(host, host));
        return new OfferMade(offerId, applicationId, applicantId, reference, call.definition().title(), trackName, hostName, respondBy,
                call.definition().zone(), fromWaitlist, who);
    }

    /** The applicant accepts before the deadline; accepting again changes nothing. */
    @Transactional
    public OfferView accept(UUID offerId, SignedInPerson applicant) {
        OfferView offer = lockOwn(offerId, applicant);
        if (ACCEPTED.equals(offer.status()) || ENROLLED.equals(offer.status())) {
            return offer;
        }
        requireOpen(offer);
        String application = jdbc.sql("select status from calls.application where id = ?").param(offer.applicationId())
                .query(String.class).single();
        if (!ApplicationStatus.SUBMITTED.name().equals(application)) {
            throw new InvalidInputException("offer", "calls.offer.applicationNotSubmitted");
        }
        jdbc.sql("update calls.offer set status = 'ACCEPTED', answered_at = ? where id = ?").params(Timestamp.from(clock.instant()), offerId)
                .update();
        events.publishEvent(answered(offer, ACCEPTED, actor.get()));
        return find(offerId).orElseThrow();
    }

    /** The applicant declines (optional reason) before the deadline; the seat goes to the waitlist. Declining again changes nothing. */
    @Transactional
    public OfferView decline(UUID offerId, String reason, SignedInPerson applicant) {
        OfferView offer = lockOwn(offerId, applicant);
        if (DECLINED.equals(offer.status())) {
            return offer;
        }
        requireOpen(offer);
        String clean = reason == null ? "" : reason.strip();
        if (clean.length() > 2000) {
            throw new InvalidInputException("reason", "calls.offer.reasonTooLong");
        }
        jdbc.sql("update calls.offer set status = 'DECLINED', answered_at = ?, decline_reason = ? where id = ?")
                .params(Timestamp.from(clock.instant()), clean.isEmpty() ? null : clean, offerId).update();
        Actor who = actor.get();
        events.publishEvent(answered(offer, DECLINED, who));
        cascade(offer, who);
        return find(offerId).orElseThrow();
    }

    /**
     * An applicant who withdraws their application declines their offer, open or accepted (not once
     * enrolled), in the same transaction, and the seat goes to the waitlist.
     */
    @EventListener
    void on(ApplicationWithdrawn withdrawn) {
        OfferView seen = ofApplication(withdrawn.applicationId()).orElse(null);
        if (seen == null || !holdsSeatUnenrolled(seen)) {
            return;
        }
        selections.lockCall(seen.callId());
        OfferView offer = find(seen.id()).orElseThrow();
        if (!holdsSeatUnenrolled(offer)) {
            return;
        }
        jdbc.sql("update calls.offer set status = 'DECLINED', answered_at = ?, decline_reason = ? where id = ?")
                .params(Timestamp.from(clock.instant()), "application withdrawn", offer.id()).update();
        Actor who = withdrawn.actor();
        events.publishEvent(answered(offer, DECLINED, who));
        cascade(offer, who);
    }

    private static boolean holdsSeatUnenrolled(OfferView offer) {
        return OFFERED.equals(offer.status()) || ACCEPTED.equals(offer.status());
    }

    /**
     * Marks an offer past its deadline EXPIRED (a decline) and offers the seat to the waitlist; false when
     * it was answered or expired meanwhile. Called by the job, each offer in its own transaction.
     */
    @Transactional
    public boolean expire(UUID offerId) {
        OfferView seen = find(offerId).orElse(null);
        if (seen == null) {
            return false;
        }
        selections.lockCall(seen.callId());
        OfferView offer = find(offerId).orElseThrow();
        if (!OFFERED.equals(offer.status()) || clock.instant().isBefore(offer.respondBy())) {
            return false;
        }
        jdbc.sql("update calls.offer set status = 'EXPIRED', answered_at = ? where id = ?").params(Timestamp.from(clock.instant()), offerId)
                .update();
        Actor who = Actor.system(clock.instant());
        events.publishEvent(answered(offer, EXPIRED, who));
        cascade(offer, who);
        return true;
    }

    /** Offers still open whose deadline has passed. */
    List<UUID> overdue() {
        return jdbc.sql("select id from calls.offer where status = 'OFFERED' and respond_by <= ? order by respond_by")
                .param(Timestamp.from(clock.instant())).query(UUID.class).list();
    }

    /** The Secretariat confirms that an awardee who accepted has enrolled. */
    @Transactional
    public OfferView enrol(UUID offerId) {
        OfferView seen = find(offerId).orElseThrow(() -> new NotFoundException("offer " + offerId));
        selections.lockCall(seen.callId());
        OfferView offer = find(offerId).orElseThrow();
        if (ENROLLED.equals(offer.status())) {
            return offer;
        }
        if (!ACCEPTED.equals(offer.status())) {
            throw new InvalidInputException("offer", "calls.offer.notAccepted");
        }
        jdbc.sql("update calls.offer set status = 'ENROLLED', enrolled_at = ?, enrolled_by = ? where id = ?")
                .params(Timestamp.from(clock.instant()), actor.personId(), offerId).update();
        events.publishEvent(answered(offer, ENROLLED, actor.get()));
        return find(offerId).orElseThrow();
    }

    private OfferView lockOwn(UUID offerId, SignedInPerson applicant) {
        OfferView seen = find(offerId).orElseThrow(() -> new NotFoundException("offer " + offerId));
        if (applicant == null || !seen.applicantId().equals(applicant.id())) {
            throw new NotFoundException("offer " + offerId);
        }
        selections.lockCall(seen.callId());
        return find(offerId).orElseThrow();
    }

    private void requireOpen(OfferView offer) {
        if (!OFFERED.equals(offer.status())) {
            throw new InvalidInputException("offer", "calls.offer.alreadyAnswered");
        }
        if (!clock.instant().isBefore(offer.respondBy())) {
            ZoneId zone = calls.any(offer.callId()).definition().zone();
            throw new InvalidInputException("offer", "calls.offer.pastDeadline",
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(offer.respondBy().atZone(zone)) + " (" + zone.getId() + ")");
        }
    }

    private OfferAnswered answered(OfferView offer, String status, Actor who) {
        CallView call = calls.any(offer.callId());
        return new OfferAnswered(offer.id(), offer.applicationId(), offer.applicantId(), offer.reference(), status,
                call.definition().title(), who);
    }

    /**
     * Fills the track's free places from its waitlist: candidates of the run in rank order without an
     * offer, whose application is still submitted, who fit the caps given the offers standing now
     * (OFFERED, ACCEPTED, ENROLLED), each placed at the first host of their preferences with a free seat.
     * Runs under the call's lock.
     */
    private void cascade(OfferView freed, Actor who) {
        UUID runId = jdbc.sql("select run_id from calls.offer where id = ?").param(freed.id()).query(UUID.class).single();
        cascade(freed.callId(), runId, freed.track(), freed.id(), Integer.MAX_VALUE, who);
    }

    /** The cascade for at most {@code places} places of the track ({@code replaces}: the offer whose seat it is, if one). */
    private void cascade(UUID callId, UUID runId, String track, UUID replaces, int places, Actor who) {
        CallView call = calls.any(callId);
        SelectionRules rules = selections.resolvedRules(runId);
        int offered = 0;
        int quota = rules.tracks().stream().filter(t -> t.track().equals(track)).mapToInt(SelectionRules.TrackQuota::quota).findFirst()
                .orElse(0);
        record Holder(String track, String host, String country, UUID organization) {
            String attribute(String name) {
                return SelectionSettings.COUNTRY.equals(name) ? country
                        : SelectionSettings.ORGANIZATION.equals(name) && organization != null ? organization.toString() : null;
            }
        }
        List<Holder> standing = new ArrayList<>(jdbc.sql("""
                select o.track, o.host_code, d.country, d.organization_id from calls.offer o
                left join calls.selection_decision d on d.run_id = o.run_id and d.application_id = o.application_id
                where o.call_id = ? and o.status in ('OFFERED', 'ACCEPTED', 'ENROLLED')""").param(callId)
                .query((rs, n) -> new Holder(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class))).list());
        long inTrack = standing.stream().filter(h -> h.track().equals(track)).count();
        if (inTrack >= quota) {
            return;
        }
        Map<String, Integer> free = new HashMap<>();
        call.definition().hosts().forEach(host -> free.put(host.code(), host.capacity()));
        standing.forEach(h -> free.computeIfPresent(h.host(), (code, seats) -> seats - 1));
        record Waiting(UUID applicationId, UUID applicantId, String reference, Holder holder, List<String> hosts) {
        }
        List<Waiting> waiting = jdbc.sql("""
                select d.application_id, a.applicant_id, a.reference, d.country, d.organization_id, a.host_choices::text
                from calls.selection_decision d join calls.application a on a.id = d.application_id
                where d.run_id = ? and d.track = ? and a.status = 'SUBMITTED'
                    and not exists (select 1 from calls.offer o where o.application_id = d.application_id)
                order by d.rank""").params(runId, track)
                .query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        new Holder(track, null, rs.getString(4), rs.getObject(5, UUID.class)),
                        json.readValue(rs.getString(6), new TypeReference<List<String>>() { })))
                .list();
        Instant now = clock.instant();
        Instant respondBy = now.plus(Duration.ofDays(runSettings(runId).days()));
        for (Waiting candidate : waiting) {
            if (inTrack >= quota || offered >= places) {
                break;
            }
            boolean capped = rules.caps().stream().anyMatch(cap -> {
                if (cap.track() != null && !cap.track().equals(track)) {
                    return false;
                }
                String value = candidate.holder().attribute(cap.attribute());
                return value != null && standing.stream().filter(h -> cap.track() == null || cap.track().equals(h.track()))
                        .filter(h -> value.equals(h.attribute(cap.attribute()))).count() >= cap.maxCount();
            });
            if (capped) {
                continue;
            }
            String host = candidate.hosts().stream().filter(code -> free.getOrDefault(code, 0) > 0).findFirst().orElse(null);
            if (host == null) {
                continue;
            }
            UUID offerId = insert(callId, runId, candidate.applicationId(), candidate.applicantId(), track, host, true, replaces, now,
                    respondBy);
            offered++;
            free.merge(host, -1, Integer::sum);
            standing.add(new Holder(track, host, candidate.holder().country(), candidate.holder().organization()));
            inTrack++;
            events.publishEvent(made(call, offerId, candidate.applicationId(), candidate.applicantId(), candidate.reference(), track, host,
                    respondBy, true, who));
        }
    }
}
