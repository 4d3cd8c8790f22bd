package org.ansoplatform.governance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ansoplatform.governance.voting.MotionStore;
import org.ansoplatform.governance.voting.PollCore;
import org.ansoplatform.governance.voting.PollKind;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proxies: a member organization gives its vote to another, for one motion or for every motion of a session that
 * allows proxies (as OpenSlides delegates a participant's vote for a whole meeting), and takes it back until the
 * holder used it. Only an organization that may itself vote there, has not given its own vote away and holds
 * fewer proxies than the motions' limit may hold one; the pages offer exactly those ({@link #holders},
 * {@link #sessionHolders}) and the server refuses any other with the reason.
 */
@Service
@Transactional
public class ProxyManagement {

    private final MotionStore store;
    private final PollCore polls;
    private final SessionQueries sessions;
    private final DelegateQueries delegates;
    private final MandateQueries mandates;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    ProxyManagement(MotionStore store, PollCore polls, SessionQueries sessions, DelegateQueries delegates,
            MandateQueries mandates, CurrentActor currentActor, ApplicationEventPublisher events) {
        this.store = store;
        this.polls = polls;
        this.sessions = sessions;
        this.delegates = delegates;
        this.mandates = mandates;
        this.currentActor = currentActor;
        this.events = events;
    }

    /** The signed-in delegate's organization gives its vote on this motion to another entitled organization. */
    public void giveProxy(UUID motionId, UUID holderOrganizationId) {
        Actor actor = currentActor.get();
        UUID giver = ownOrganization(actor);
        polls.lockOpen(PollKind.MOTION, motionId); // one proxy at a time per motion, so the limit holds
        MotionView motion = motion(motionId);
        if (!polls.entitled(PollKind.MOTION, motionId, giver)) {
            throw new InvalidInputException("holder", "governance.error.notEntitled");
        }
        if (polls.voted(PollKind.MOTION, motionId, giver)) {
            throw new org.ansoplatform.platform.ConflictException("holder", "governance.error.alreadyVoted");
        }
        String refusal = refusal(motion, giver, holderOrganizationId);
        if (refusal != null) {
            throw new InvalidInputException("holder", refusal, motion.proxyLimit());
        }
        store.grantProxy(motionId, giver, holderOrganizationId);
        events.publishEvent(new ProxyGranted(motionId, giver, holderOrganizationId, actor));
    }

    /** Takes back the proxy given for one motion, as long as the holder has not cast it. */
    public void revokeProxy(UUID motionId) {
        UUID giver = ownOrganization(currentActor.get());
        polls.lockOpen(PollKind.MOTION, motionId);
        if (!store.hasMotionProxy(motionId, giver)) {
            throw new InvalidInputException(null, "governance.error.noProxyGiven");
        }
        if (polls.voted(PollKind.MOTION, motionId, giver)) {
            throw new InvalidInputException(null, "governance.error.proxyUsed");
        }
        store.revokeProxy(motionId, giver);
        events.publishEvent(new ProxyRevoked(motionId, giver, currentActor.get()));
    }

    /**
     * The signed-in delegate's organization gives its vote on every motion of the session that allows proxies,
     * present and future, to another organization entitled in the session's body.
     */
    public void giveSessionProxy(UUID sessionId, UUID holderOrganizationId) {
        Actor actor = currentActor.get();
        UUID giver = ownOrganization(actor);
        SessionView session = sessions.find(sessionId).orElseThrow(() -> new NotFoundException("session"));
        store.lockSession(sessionId); // one session proxy at a time, so the limits hold
        List<UUID> electorate = mandates.electorate(session.body());
        if (!electorate.contains(giver)) {
            throw new InvalidInputException("holder", "governance.error.notEntitled");
        }
        if (store.sessionProxy(sessionId, giver).map(store::sessionProxyUsed).orElse(false)) {
            throw new InvalidInputException("holder", "governance.error.proxyUsed");
        }
        String refusal = sessionRefusal(session, electorate, giver, holderOrganizationId);
        if (refusal != null) {
            throw new InvalidInputException("holder", refusal, sessionLimit(sessionId));
        }
        store.grantSessionProxy(sessionId, giver, holderOrganizationId, actor.at());
        events.publishEvent(new SessionProxyGranted(sessionId, giver, holderOrganizationId, actor));
    }

    /** Takes back the proxy given for a session, as long as the holder has cast none of its ballots with it. */
    public void revokeSessionProxy(UUID sessionId) {
        UUID giver = ownOrganization(currentActor.get());
        MotionStore.SessionProxy proxy = store.sessionProxy(sessionId, giver)
                .orElseThrow(() -> new InvalidInputException(null, "governance.error.noProxyGiven"));
        if (store.sessionProxyUsed(proxy)) {
            throw new InvalidInputException(null, "governance.error.proxyUsed");
        }
        store.revokeSessionProxy(sessionId, giver);
        events.publishEvent(new SessionProxyRevoked(sessionId, giver, currentActor.get()));
    }

    /** The organizations the giver may give its vote on this open motion to, exactly those {@link #giveProxy} accepts. */
    @Transactional(readOnly = true)
    public List<UUID> holders(UUID motionId, UUID giver) {
        MotionView motion = motion(motionId);
        return motion.proxyLimit() == 0 ? List.of() : store.possibleHolders(motionId, giver, motion.proxyLimit());
    }

    /** The organizations the giver may give its vote for the whole session to, exactly those {@link #giveSessionProxy} accepts. */
    @Transactional(readOnly = true)
    public List<UUID> sessionHolders(UUID sessionId, UUID giver) {
        SessionView session = sessions.find(sessionId).orElseThrow(() -> new NotFoundException("session"));
        Map<UUID, UUID> given = store.sessionProxies(sessionId);
        Map<UUID, Long> held = given.values().stream().collect(Collectors.groupingBy(h -> h, Collectors.counting()));
        int limit = sessionLimit(sessionId);
        List<Map.Entry<MotionView, Map<UUID, Integer>>> motions = store.proxyMotionsOf(sessionId).stream()
                .map(m -> Map.entry(m, store.proxyCounts(m.id()))).toList();
        return mandates.electorate(session.body()).stream()
                .filter(h -> !h.equals(giver) && !given.containsKey(h) && held.getOrDefault(h, 0L) < limit)
                .filter(h -> motions.stream().allMatch(m -> m.getValue().getOrDefault(h, 0) < m.getKey().proxyLimit()))
                .toList();
    }

    /** The proxy the giver gave for the session, if any, and whether it is used (then it stays). */
    @Transactional(readOnly = true)
    public Optional<SessionProxyView> sessionProxy(UUID sessionId, UUID giver) {
        return store.sessionProxy(sessionId, giver)
                .map(p -> new SessionProxyView(p.sessionId(), p.holderId(), p.givenAt(), store.sessionProxyUsed(p)));
    }

    /** Why the holder may not hold the giver's vote on the motion (a message key), or null if it may. */
    private String refusal(MotionView motion, UUID giver, UUID holder) {
        if (holder == null || holder.equals(giver)) {
            return "governance.error.proxyHolder";
        }
        if (motion.proxyLimit() == 0) {
            return "governance.error.noProxies";
        }
        if (!polls.entitled(PollKind.MOTION, motion.id(), holder)) {
            return "governance.error.holderNotEntitled";
        }
        if (store.holderFor(motion.id(), holder).isPresent()) {
            return "governance.error.holderGaveProxy";
        }
        if (!store.holdsProxy(motion.id(), giver, holder) && store.proxiesHeld(motion.id(), holder) >= motion.proxyLimit()) {
            return "governance.error.proxyLimit";
        }
        return null;
    }

    private String sessionRefusal(SessionView session, List<UUID> electorate, UUID giver, UUID holder) {
        if (holder == null || holder.equals(giver)) {
            return "governance.error.proxyHolder";
        }
        if (!electorate.contains(holder)) {
            return "governance.error.holderNotEntitled";
        }
        if (store.sessionProxy(session.id(), holder).isPresent()) {
            return "governance.error.holderGaveProxy";
        }
        boolean already = store.sessionProxy(session.id(), giver).map(p -> p.holderId().equals(holder)).orElse(false);
        if (!already && store.sessionProxiesHeld(session.id(), holder) >= sessionLimit(session.id())) {
            return "governance.error.proxyLimit";
        }
        if (!already) {
            for (MotionView motion : store.proxyMotionsOf(session.id())) {
                if (store.proxiesHeld(motion.id(), holder) >= motion.proxyLimit()) {
                    return "governance.error.proxyLimit";
                }
            }
        }
        return null;
    }

    /**
     * The most session proxies one organization may hold: the lowest limit of the session's motions still to be
     * voted on, one while none allows proxies yet (the statutes say nothing more; a motion sets its own limit).
     */
    private int sessionLimit(UUID sessionId) {
        return store.proxyMotionsOf(sessionId).stream().mapToInt(MotionView::proxyLimit).min().orElse(1);
    }

    private UUID ownOrganization(Actor actor) {
        return delegates.organizationOf(actor.personId())
                .orElseThrow(() -> new InvalidInputException(null, "governance.error.notADelegate"));
    }

    private MotionView motion(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("motion"));
    }
}
