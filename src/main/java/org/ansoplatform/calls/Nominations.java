package org.ansoplatform.calls;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.governance.DelegateQueries;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Member organizations recommend applicants to a call: their delegate (a member representative) names
 * submitted applications by reference number, within the call's quota per organization, and may take a
 * nomination back before the deadline. The quota is checked under a lock on the call's row, so two
 * delegates of one organization nominating at once cannot exceed it.
 */
@Service
public class Nominations {

    public record NominationView(UUID id, UUID callId, String callCode, UUID applicationId, String reference, String applicantName,
            String country, Instant nominatedAt, boolean callAccepting) {
    }

    /** Per organization: how many it nominated, how many of those passed screening, how many were selected. */
    public record OrganizationStatistics(UUID organizationId, String organizationName, long nominated, long eligible, long selected) {
    }

    private final JdbcClient jdbc;
    private final Calls calls;
    private final DelegateQueries delegates;
    private final OrganizationQueries organizations;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final Clock clock;

    Nominations(JdbcClient jdbc, Calls calls, DelegateQueries delegates, OrganizationQueries organizations, ApplicationEventPublisher events,
            CurrentActor actor, Clock clock) {
        this.jdbc = jdbc;
        this.calls = calls;
        this.delegates = delegates;
        this.organizations = organizations;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    /** The organization the person speaks for, if they are a current delegate. */
    public Optional<OrganizationView> organizationOf(SignedInPerson representative) {
        return delegates.organizationOf(representative.id()).flatMap(organizations::byId);
    }

    @Transactional
    public UUID nominate(String reference, SignedInPerson representative) {
        UUID organizationId = organization(representative);
        String clean = reference == null ? "" : reference.strip().toUpperCase(java.util.Locale.ROOT);
        if (clean.isEmpty()) {
            throw new InvalidInputException("reference", "calls.nomination.referenceRequired");
        }
        UUID applicationId = jdbc.sql("select id from calls.application where reference = ? and status = 'SUBMITTED'")
                .param(clean).query(UUID.class).optional()
                .orElseThrow(() -> new InvalidInputException("reference", "calls.nomination.unknownReference", clean));
        UUID callId = jdbc.sql("select call_id from calls.application where id = ?").param(applicationId).query(UUID.class).single();
        // serialises nominations to this call, so the quota holds under concurrent requests
        jdbc.sql("select id from calls.call where id = ? for update").param(callId).query(UUID.class).single();
        CallView call = calls.any(callId);
        requireAccepting(call);
        int quota = call.definition().nominationQuota();
        if (quota == 0) {
            throw new InvalidInputException("reference", "calls.nomination.notInThisCall");
        }
        if (jdbc.sql("select count(*) from calls.nomination where application_id = ? and withdrawn_at is null")
                .param(applicationId).query(Integer.class).single() > 0) {
            throw new InvalidInputException("reference", "calls.nomination.alreadyNominated", clean);
        }
        int used = jdbc.sql("select count(*) from calls.nomination where call_id = ? and organization_id = ? and withdrawn_at is null")
                .params(callId, organizationId).query(Integer.class).single();
        if (used >= quota) {
            throw new InvalidInputException("reference", "calls.nomination.overQuota", quota);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into calls.nomination (id, call_id, application_id, organization_id, nominated_by, nominated_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, callId, applicationId, organizationId, representative.id(), Timestamp.from(clock.instant())).update();
        events.publishEvent(new ApplicationNominated(applicationId, organizationId, clean, false, actor.get()));
        return id;
    }

    @Transactional
    public void withdraw(UUID nominationId, SignedInPerson representative) {
        UUID organizationId = organization(representative);
        var row = jdbc.sql("""
                select n.call_id, n.application_id, a.reference from calls.nomination n join calls.application a on a.id = n.application_id
                where n.id = ? and n.organization_id = ? and n.withdrawn_at is null for update of n""")
                .params(nominationId, organizationId)
                .query((rs, number) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)})
                .optional().orElseThrow(() -> new NotFoundException("nomination " + nominationId));
        requireAccepting(calls.any((UUID) row[0]));
        jdbc.sql("update calls.nomination set withdrawn_at = ? where id = ?").params(Timestamp.from(clock.instant()), nominationId).update();
        events.publishEvent(new ApplicationNominated((UUID) row[1], organizationId, (String) row[2], true, actor.get()));
    }

    @Transactional(readOnly = true)
    public List<NominationView> ofOrganization(UUID organizationId) {
        Instant now = clock.instant();
        return jdbc.sql("""
                select n.id, n.call_id, c.code, n.application_id, a.reference, a.applicant_name, a.country, n.nominated_at
                from calls.nomination n join calls.application a on a.id = n.application_id join calls.call c on c.id = n.call_id
                where n.organization_id = ? and n.withdrawn_at is null order by n.nominated_at desc""")
                .param(organizationId)
                .query((rs, number) -> new NominationView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                        calls.any(rs.getObject(2, UUID.class)).accepting(now)))
                .list();
    }

    /** How many nominations an organization has used in a call. */
    @Transactional(readOnly = true)
    public int used(UUID callId, UUID organizationId) {
        return jdbc.sql("select count(*) from calls.nomination where call_id = ? and organization_id = ? and withdrawn_at is null")
                .params(callId, organizationId).query(Integer.class).single();
    }

    /**
     * Nominated, then eligible after screening, then selected in the call's latest selection run, per
     * organization; until the selection runs the selected count is zero.
     */
    @Transactional(readOnly = true)
    public List<OrganizationStatistics> statistics(UUID callId) {
        return jdbc.sql("""
                select n.organization_id, count(*) as nominated,
                    count(*) filter (where coalesce(a.override_eligible, a.eligible)) as eligible,
                    count(*) filter (where exists (select 1 from calls.selection_decision d where d.application_id = a.id
                        and d.outcome = 'SELECTED' and d.run_id = (select r.id from calls.selection_run r where r.call_id = n.call_id
                            order by r.run_at desc, r.id limit 1))) as selected
                from calls.nomination n join calls.application a on a.id = n.application_id
                where n.call_id = ? and n.withdrawn_at is null group by n.organization_id order by nominated desc""")
                .param(callId)
                .query((rs, number) -> {
                    UUID organizationId = rs.getObject(1, UUID.class);
                    return new OrganizationStatistics(organizationId,
                            organizations.byId(organizationId).map(OrganizationView::name).orElse("?"), rs.getLong(2), rs.getLong(3), rs.getLong(4));
                })
                .list();
    }

    private UUID organization(SignedInPerson representative) {
        if (representative == null || !representative.hasRole("MEMBER_REPRESENTATIVE")) {
            throw new InvalidInputException("reference", "calls.nomination.notADelegate");
        }
        return delegates.organizationOf(representative.id())
                .orElseThrow(() -> new InvalidInputException("reference", "calls.nomination.notADelegate"));
    }

    private void requireAccepting(CallView call) {
        if (!call.accepting(clock.instant())) {
            throw new InvalidInputException("reference", "calls.nomination.callClosed");
        }
    }
}
