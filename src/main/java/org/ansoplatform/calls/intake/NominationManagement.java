package org.ansoplatform.calls.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationNominated;
import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.definition.CallStore;
import org.ansoplatform.governance.DelegateQueries;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Member organizations recommend applicants to a call: their delegate (a member representative) names
 * submitted applications by reference number, within the call's quota per organization, and may take a
 * nomination back before the deadline. The quota is checked under a lock on the call's row, so two
 * delegates of one organization nominating at once cannot exceed it. A delegate reaches only applicants who
 * asked for a nomination: the applicant gives the organization the nomination code shown with their
 * application, and without it a reference, known or guessed, gets the same answer as one that does not
 * exist (decision 52).
 */
@Service
public class NominationManagement {

    public record NominationView(UUID id, UUID callId, String callCode, UUID applicationId, String reference, String applicantName,
            String country, Instant nominatedAt, boolean callAccepting) {
    }

    /** Per organization: how many it nominated, how many of those passed screening, how many were selected. */
    public record OrganizationStatistics(UUID organizationId, String organizationName, long nominated, long eligible, long selected) {
    }

    private final NominationStore store;
    private final CallStore callStore;
    private final CallQueries calls;
    private final DelegateQueries delegates;
    private final OrganizationQueries organizations;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final Clock clock;

    NominationManagement(NominationStore store, CallStore callStore, CallQueries calls, DelegateQueries delegates,
            OrganizationQueries organizations, ApplicationEventPublisher events, CurrentActor actor, Clock clock) {
        this.store = store;
        this.callStore = callStore;
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

    /**
     * The code the applicant gives the organization they ask for a nomination, for their own submitted
     * application to a call that takes nominations; empty otherwise.
     */
    @Transactional
    public Optional<String> codeFor(ApplicationView application, UUID viewerId) {
        if (!application.applicantId().equals(viewerId) || application.status() != ApplicationStatus.SUBMITTED
                || calls.any(application.callId()).definition().nominationQuota() == 0) {
            return Optional.empty();
        }
        return Optional.of(NominationCodes.shown(store.code(application.id(), NominationCodes.generate())));
    }

    @Transactional
    public UUID nominate(String reference, String code, SignedInPerson representative) {
        UUID organizationId = organization(representative);
        String clean = reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
        if (clean.isEmpty()) {
            throw new InvalidInputException("reference", "calls.nomination.referenceRequired");
        }
        // an unknown reference, a wrong code and an application not submitted get one answer, which says nothing
        NominationStore.Submitted application = NominationCodes.normalized(code).flatMap(given -> store.submitted(clean, given))
                .orElseThrow(() -> new InvalidInputException("reference", "calls.nomination.notAsked"));
        UUID callId = application.callId();
        // serialises nominations to this call, so the quota holds under concurrent requests
        callStore.lock(callId);
        CallView call = calls.any(callId);
        requireAccepting(call);
        int quota = call.definition().nominationQuota();
        if (quota == 0) {
            throw new InvalidInputException("reference", "calls.nomination.notInThisCall");
        }
        if (store.nominated(application.applicationId())) {
            throw new InvalidInputException("reference", "calls.nomination.alreadyNominated", clean);
        }
        if (store.used(callId, organizationId) >= quota) {
            throw new InvalidInputException("reference", "calls.nomination.overQuota", quota);
        }
        UUID id = UUID.randomUUID();
        store.insert(id, callId, application.applicationId(), organizationId, representative.id(), clock.instant());
        events.publishEvent(new ApplicationNominated(application.applicationId(), organizationId, clean, false, actor.get()));
        return id;
    }

    @Transactional
    public void withdraw(UUID nominationId, SignedInPerson representative) {
        UUID organizationId = organization(representative);
        NominationStore.Standing standing = store.lockStanding(nominationId, organizationId)
                .orElseThrow(() -> new NotFoundException("nomination " + nominationId));
        requireAccepting(calls.any(standing.callId()));
        store.withdraw(nominationId, clock.instant());
        events.publishEvent(new ApplicationNominated(standing.applicationId(), organizationId, standing.reference(), true, actor.get()));
    }

    @Transactional(readOnly = true)
    public List<NominationView> ofOrganization(UUID organizationId) {
        Instant now = clock.instant();
        return store.ofOrganization(organizationId).stream()
                .map(line -> new NominationView(line.id(), line.callId(), line.callCode(), line.applicationId(), line.reference(),
                        line.applicantName(), line.country(), line.nominatedAt(), calls.any(line.callId()).accepting(now)))
                .toList();
    }

    /** How many nominations an organization has used in a call. */
    @Transactional(readOnly = true)
    public int used(UUID callId, UUID organizationId) {
        return store.used(callId, organizationId);
    }

    /**
     * Nominated, then eligible after screening, then selected in the call's latest selection run, per
     * organization; until the selection runs the selected count is zero.
     */
    @Transactional(readOnly = true)
    public List<OrganizationStatistics> statistics(UUID callId) {
        return store.statistics(callId).stream()
                .map(counts -> new OrganizationStatistics(counts.organizationId(),
                        organizations.byId(counts.organizationId()).map(OrganizationView::name).orElse("?"), counts.nominated(),
                        counts.eligible(), counts.selected()))
                .toList();
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
