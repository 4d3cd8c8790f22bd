package org.ansoplatform.governance;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.governance.voting.ElectionStore;
import org.ansoplatform.governance.voting.MotionStore;
import org.ansoplatform.governance.voting.PollCore;
import org.ansoplatform.governance.voting.PollKind;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Motions and elections as pages and the API show them: results only once published, except to the Secretariat. */
@Service
@Transactional(readOnly = true)
public class VotingQueries {

    private final MotionStore motions;
    private final ElectionStore elections;
    private final PollCore polls;
    private final OrganizationQueries organizations;

    VotingQueries(MotionStore motions, ElectionStore elections, PollCore polls, OrganizationQueries organizations) {
        this.motions = motions;
        this.elections = elections;
        this.polls = polls;
        this.organizations = organizations;
    }

    public Optional<MotionView> findMotion(UUID id) {
        return id == null ? Optional.empty() : motions.find(id);
    }

    public MotionView motion(UUID id) {
        return findMotion(id).orElseThrow(() -> new NotFoundException("motion"));
    }

    /** The motion as the public sees it: results only once published. */
    public MotionView publishedMotion(UUID id) {
        MotionView motion = motion(id);
        return motion.state() == PollState.PUBLISHED ? motion : motion.withoutResults();
    }

    public List<MotionView> motions() {
        return motions.list();
    }

    public List<MotionView> motionsOf(UUID sessionId) {
        return motions.ofSession(sessionId);
    }

    /** Open motions the organization may vote on (itself or by proxy). */
    public List<MotionView> openMotionsFor(UUID organizationId) {
        return motions.openFor(organizationId).stream().map(MotionView::withoutResults).toList();
    }

    /** Closed and published motions the organization was entitled to vote on, newest first: results once published. */
    public List<MotionView> pastMotionsFor(UUID organizationId) {
        return motions.pastFor(organizationId).stream()
                .map(m -> m.state() == PollState.PUBLISHED ? m : m.withoutResults()).toList();
    }

    /** Closed and published elections the organization was entitled to vote in, newest first. */
    public List<ElectionView> pastElectionsFor(UUID organizationId) {
        return elections.pastFor(organizationId).stream().map(this::view)
                .map(e -> e.state() == PollState.PUBLISHED ? e : e.withoutResults()).toList();
    }

    public boolean votedOnMotion(UUID motionId, UUID organizationId) {
        return polls.voted(PollKind.MOTION, motionId, organizationId);
    }

    /** The organization this one gave its vote on the motion to, if it did. */
    public Optional<UUID> proxyGivenTo(UUID motionId, UUID giverId) {
        return motions.holderFor(motionId, giverId);
    }

    /** Whether the giver gave its vote on this one motion (rather than for its whole session). */
    public boolean hasMotionProxy(UUID motionId, UUID giverId) {
        return motions.hasMotionProxy(motionId, giverId);
    }

    /** The organizations that gave their proxy to this one for the motion. */
    public List<UUID> proxiesHeldBy(UUID motionId, UUID holderId) {
        return motions.giversTo(motionId, holderId);
    }

    /** Who voted (the audit of participation), by organization name; choices only for open ballots. */
    public List<ParticipationView> participation(UUID motionId) {
        return motions.participation(motionId).stream()
                .map(p -> new ParticipationView(p.organizationId(), name(p.organizationId()), p.castBy(), p.castAt(), p.choice()))
                .sorted(Comparator.comparing(ParticipationView::organizationName)).toList();
    }

    public Optional<ElectionView> findElection(UUID id) {
        return id == null ? Optional.empty() : elections.find(id).map(this::view);
    }

    public ElectionView election(UUID id) {
        return findElection(id).orElseThrow(() -> new NotFoundException("election"));
    }

    /** As the public and voters see it: votes only once published. */
    public ElectionView publishedElection(UUID id) {
        ElectionView election = election(id);
        return election.state() == PollState.PUBLISHED ? election : election.withoutResults();
    }

    public List<ElectionView> electionsOf(UUID sessionId) {
        return elections.ofSession(sessionId).stream().map(this::view).toList();
    }

    public List<ElectionView> openElectionsFor(UUID organizationId) {
        return elections.openFor(organizationId).stream().map(this::view).map(ElectionView::withoutResults).toList();
    }

    public boolean votedInElection(UUID electionId, UUID organizationId) {
        return polls.voted(PollKind.ELECTION, electionId, organizationId);
    }

    public List<ElectionView> elections() {
        return elections.list().stream().map(this::view).toList();
    }

    private ElectionView view(ElectionStore.Election e) {
        List<CandidateView> candidates = elections.candidates(e.id()).stream()
                .map(c -> new CandidateView(c.id(), c.organizationId(), name(c.organizationId()), c.votes(), c.elected()))
                .sorted(Comparator.comparing((CandidateView c) -> c.votes() == null ? 0 : -c.votes())
                        .thenComparing(CandidateView::organizationName))
                .toList();
        return new ElectionView(e.id(), e.sessionId(), e.title(), e.seats(), e.deadline(), e.state(), e.entitled(),
                e.ballots(), candidates);
    }

    private String name(UUID organizationId) {
        return organizations.byId(organizationId).map(OrganizationView::name).orElse("?");
    }
}
