package org.ansoplatform.governance.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.governance.AgendaItemView;
import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.DelegateQueries;
import org.ansoplatform.governance.ElectionView;
import org.ansoplatform.governance.MotionView;
import org.ansoplatform.governance.ParticipationView;
import org.ansoplatform.governance.ProxyManagement;
import org.ansoplatform.governance.SessionProxyView;
import org.ansoplatform.governance.SessionQueries;
import org.ansoplatform.governance.SessionView;
import org.ansoplatform.governance.VotingQueries;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.CurrentActor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The delegate's votes page: the open votes of the Assembly and of the Board apart, each card with its session,
 * deadline and the session's agenda documents; the proxies the organization gave or holds, for a vote or a whole
 * session; and the votes of the past with their published results.
 */
@Component
class VotesPage {

    /**
     * An open motion as the delegate sees it: whether the organization voted, the organization it gave its vote
     * to (null if none) and whether for the whole session, whether it may still take the proxy back, the proxies
     * it holds, and the organizations it may give its vote to.
     */
    record OpenVote(MotionView motion, SessionView session, List<AgendaItemView> documents, boolean voted,
            OrganizationView givenTo, boolean givenForSession, boolean revocable, List<HeldProxy> proxies,
            List<OrganizationView> holders) {
    }

    /** A proxy the delegate's organization holds on a motion, and whether it was cast. */
    record HeldProxy(OrganizationView giver, boolean voted) {
    }

    /** An open election as the delegate sees it. */
    record OpenElection(ElectionView election, SessionView session, List<AgendaItemView> documents, boolean voted) {
    }

    /** A session with votes that allow proxies: the proxy given for all of them, or the organizations that may hold it. */
    record SessionProxies(SessionView session, SessionProxyView given, OrganizationView givenTo,
            List<OrganizationView> holders) {
    }

    /** A closed or published motion, with its roll-call when it is an open ballot whose results are out. */
    record PastVote(MotionView motion, SessionView session, List<ParticipationView> roll) {
    }

    private final VotingQueries voting;
    private final ProxyManagement proxies;
    private final DelegateQueries delegates;
    private final OrganizationQueries organizations;
    private final SessionQueries sessions;
    private final CurrentActor currentActor;

    VotesPage(VotingQueries voting, ProxyManagement proxies, DelegateQueries delegates, OrganizationQueries organizations,
            SessionQueries sessions, CurrentActor currentActor) {
        this.voting = voting;
        this.proxies = proxies;
        this.delegates = delegates;
        this.organizations = organizations;
        this.sessions = sessions;
        this.currentActor = currentActor;
    }

    /** The signed-in delegate's organization, if the person is one. */
    Optional<UUID> organization() {
        return delegates.organizationOf(currentActor.personId());
    }

    String show(Model model) {
        UUID organization = organization().orElse(null);
        model.addAttribute("organization", organization == null ? null : organizations.byId(organization).orElse(null));
        List<OpenVote> votes = organization == null ? List.of()
                : voting.openMotionsFor(organization).stream().map(m -> openVote(m, organization)).toList();
        model.addAttribute("assemblyVotes", votes.stream().filter(v -> v.motion().body() == Body.ASSEMBLY).toList());
        model.addAttribute("boardVotes", votes.stream().filter(v -> v.motion().body() == Body.BOARD).toList());
        model.addAttribute("elections", organization == null ? List.of() : voting.openElectionsFor(organization).stream()
                .map(e -> new OpenElection(e, session(e.sessionId()), documents(e.sessionId()),
                        voting.votedInElection(e.id(), organization)))
                .toList());
        model.addAttribute("sessionProxies", organization == null ? List.of() : sessionProxies(votes, organization));
        model.addAttribute("pastVotes", organization == null ? List.of() : voting.pastMotionsFor(organization).stream()
                .map(m -> new PastVote(m, session(m.sessionId()),
                        m.secret() || m.yes() == null ? List.of() : voting.participation(m.id())))
                .toList());
        model.addAttribute("pastElections", organization == null ? List.of() : voting.pastElectionsFor(organization));
        return "governance/votes";
    }

    private OpenVote openVote(MotionView motion, UUID organization) {
        boolean voted = voting.votedOnMotion(motion.id(), organization);
        Optional<UUID> givenTo = voting.proxyGivenTo(motion.id(), organization);
        Optional<SessionProxyView> forSession = motion.sessionId() == null ? Optional.empty()
                : proxies.sessionProxy(motion.sessionId(), organization);
        boolean givenForSession = givenTo.isPresent() && forSession.map(p -> p.holderId().equals(givenTo.get())).orElse(false)
                && !voting.hasMotionProxy(motion.id(), organization);
        List<HeldProxy> held = voting.proxiesHeldBy(motion.id(), organization).stream()
                .map(giver -> organizations.byId(giver).map(o -> new HeldProxy(o, voting.votedOnMotion(motion.id(), giver))))
                .flatMap(Optional::stream).toList();
        List<OrganizationView> holders = voted || givenTo.isPresent() || motion.proxyLimit() == 0 ? List.of()
                : names(proxies.holders(motion.id(), organization));
        return new OpenVote(motion, session(motion.sessionId()), documents(motion.sessionId()), voted,
                givenTo.flatMap(organizations::byId).orElse(null), givenForSession, givenTo.isPresent() && !voted && !givenForSession,
                held, holders);
    }

    /** One entry per session of the open votes that allow proxies, in the order the votes come. */
    private List<SessionProxies> sessionProxies(List<OpenVote> votes, UUID organization) {
        Map<UUID, SessionView> withProxies = new LinkedHashMap<>();
        votes.stream().filter(v -> v.session() != null && v.motion().proxyLimit() > 0)
                .forEach(v -> withProxies.putIfAbsent(v.session().id(), v.session()));
        List<SessionProxies> result = new ArrayList<>();
        for (SessionView session : withProxies.values()) {
            SessionProxyView given = proxies.sessionProxy(session.id(), organization).orElse(null);
            result.add(new SessionProxies(session, given,
                    given == null ? null : organizations.byId(given.holderId()).orElse(null),
                    given == null ? names(proxies.sessionHolders(session.id(), organization)) : List.of()));
        }
        return result;
    }

    private List<OrganizationView> names(List<UUID> ids) {
        return ids.stream().map(id -> organizations.byId(id).orElse(null)).filter(Objects::nonNull)
                .sorted(java.util.Comparator.comparing(OrganizationView::name)).toList();
    }

    private SessionView session(UUID id) {
        return id == null ? null : sessions.find(id).orElse(null);
    }

    /** The session's agenda items that have documents. */
    private List<AgendaItemView> documents(UUID sessionId) {
        return sessionId == null ? List.of()
                : sessions.agenda(sessionId).stream().filter(item -> !item.fileIds().isEmpty()).toList();
    }
}
