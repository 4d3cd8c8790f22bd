package org.ansoplatform.governance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.governance.voting.ElectionStore;
import org.ansoplatform.governance.voting.PollCore;
import org.ansoplatform.governance.voting.PollKind;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.platform.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Elections of the Governing Board by the General Assembly: member organizations stand as candidates for a
 * number of seats; each member organization's delegate chooses up to that many candidates, by secret ballot
 * (the poll is {@link PollCore}'s, as for motions). The published result changes the Board's composition only
 * through an Assembly decision about the election.
 */
@Service
@Transactional
public class ElectionManagement implements PollSteps {

    private final ElectionStore store;
    private final PollCore polls;
    private final SessionQueries sessions;
    private final DelegateQueries delegates;
    private final MandateQueries mandates;
    private final MandateManagement mandateManagement;
    private final OrganizationQueries organizations;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ElectionManagement(ElectionStore store, PollCore polls, SessionQueries sessions, DelegateQueries delegates,
            MandateQueries mandates, MandateManagement mandateManagement, OrganizationQueries organizations,
            CurrentActor currentActor, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.polls = polls;
        this.sessions = sessions;
        this.delegates = delegates;
        this.mandates = mandates;
        this.mandateManagement = mandateManagement;
        this.organizations = organizations;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    public UUID create(ElectionCommand command) {
        Actor actor = currentActor.get();
        List<Violation> violations = new ArrayList<>();
        String title = TextInput.checkLine(command.title(), "title", 500, true, violations);
        if (command.sessionId() != null
                && sessions.find(command.sessionId()).map(SessionView::body).orElse(null) != Body.ASSEMBLY) {
            violations.add(new Violation("sessionId", "governance.error.electionNeedsAssembly"));
        }
        int seats = command.seats() == null ? 0 : command.seats();
        if (seats < 1 || seats > 50) {
            violations.add(new Violation("seats", "governance.error.seats", 50));
        }
        List<UUID> candidates = command.candidates() == null ? List.of() : List.copyOf(new LinkedHashSet<>(command.candidates()));
        if (candidates.size() < seats) {
            violations.add(new Violation("candidates", "governance.error.fewerCandidatesThanSeats"));
        }
        List<UUID> members = mandates.electorate(Body.ASSEMBLY);
        if (!members.containsAll(candidates)) {
            violations.add(new Violation("candidates", "governance.error.candidateNotMember"));
        }
        if (command.deadline() != null && !command.deadline().isAfter(clock.instant())) {
            violations.add(new Violation("deadline", "governance.error.deadlineInPast"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        UUID id = UUID.randomUUID();
        store.insert(id, command.sessionId(), title, seats, command.deadline(), candidates, actor.at());
        events.publishEvent(new ElectionCreated(id, title, actor));
        return id;
    }

    @Override
    public void open(UUID id) {
        int entitled = polls.open(PollKind.ELECTION, id, mandates.electorate(Body.ASSEMBLY));
        events.publishEvent(new ElectionOpened(id, entitled, currentActor.get()));
    }

    /** The signed-in delegate's organization chooses up to one candidate per seat, by secret ballot. */
    public void cast(UUID id, List<UUID> candidateIds) {
        cast(id, candidateIds, false);
    }

    /**
     * The signed-in delegate's organization chooses up to one candidate per seat, or abstains (a ballot for no
     * candidate: the organization took part, which counts in the turnout, and chose no one).
     */
    public void cast(UUID id, List<UUID> candidateIds, boolean abstain) {
        Actor actor = currentActor.get();
        List<UUID> chosen = admitted(id, candidateIds, abstain, actor);
        polls.cast(PollKind.ELECTION, id, voterOf(actor), actor, null, chosen.stream().map(UUID::toString).toList());
    }

    /** Checks the ballot as {@link #cast} would and casts nothing, before the page asks to confirm it. */
    public void check(UUID id, List<UUID> candidateIds, boolean abstain) {
        Actor actor = currentActor.get();
        admitted(id, candidateIds, abstain, actor);
        if (polls.voted(PollKind.ELECTION, id, voterOf(actor))) {
            throw new org.ansoplatform.platform.ConflictException(null, "governance.error.alreadyVoted");
        }
    }

    private List<UUID> admitted(UUID id, List<UUID> candidateIds, boolean abstain, Actor actor) {
        UUID voter = voterOf(actor);
        polls.admit(PollKind.ELECTION, id, voter).requireEntitled();
        int seats = election(id).seats();
        List<UUID> chosen = candidateIds == null ? List.of() : candidateIds;
        Set<UUID> distinct = new HashSet<>(chosen);
        if (abstain && !chosen.isEmpty()) {
            throw new InvalidInputException("candidates", "governance.error.abstainOrChoose");
        }
        if (chosen.isEmpty() && !abstain) {
            throw new InvalidInputException("candidates", "governance.error.chooseCandidate");
        }
        if (distinct.size() != chosen.size() || chosen.size() > seats) {
            throw new InvalidInputException("candidates", "governance.error.tooManyChoices", seats);
        }
        if (!store.candidates(id).stream().map(ElectionStore.Candidate::id).toList().containsAll(distinct)) {
            throw new InvalidInputException("candidates", "governance.error.unknownCandidate");
        }
        return chosen;
    }

    private UUID voterOf(Actor actor) {
        return delegates.organizationOf(actor.personId())
                .orElseThrow(() -> new InvalidInputException(null, "governance.error.notADelegate"));
    }

    /** Closes the poll, rewrites the ballots in random order and counts: the most voted candidates fill the seats. */
    @Override
    public void close(UUID id) {
        PollCore.Tally tally = polls.close(PollKind.ELECTION, id, true);
        store.count(id, election(id).seats(), tally.participants());
        events.publishEvent(new ElectionClosed(id, tally.participants(), currentActor.get()));
    }

    @Override
    public void publish(UUID id) {
        polls.publish(PollKind.ELECTION, id);
        events.publishEvent(new ElectionPublished(id, currentActor.get()));
    }

    /**
     * An Assembly decision adopting a published election result replaces the Board's seats with the elected, for
     * the mandate the decision gives (from its day until {@code termEnd}, when given).
     */
    void apply(DecisionView decision, java.time.LocalDate termEnd, Actor actor) {
        ElectionStore.Election election = store.find(decision.subjectId())
                .orElseThrow(() -> new InvalidInputException("subjectId", "governance.error.unknownElection"));
        if (decision.body() != Body.ASSEMBLY) {
            throw new InvalidInputException("subjectId", "governance.error.electionNeedsAssembly");
        }
        if (!decision.outcome().adopted()) {
            return;
        }
        if (election.state() != PollState.PUBLISHED) {
            throw new InvalidInputException("subjectId", "governance.error.motionNotPublished");
        }
        List<UUID> elected = store.candidates(election.id()).stream().filter(c -> Boolean.TRUE.equals(c.elected()))
                .map(ElectionStore.Candidate::organizationId).toList();
        if (elected.size() != election.seats()) {
            throw new InvalidInputException("subjectId", "governance.error.electionTie");
        }
        if (termEnd != null && !termEnd.isAfter(decision.date())) {
            throw new InvalidInputException("termEnd", "governance.error.termEnd");
        }
        mandateManagement.replaceSeats(Body.BOARD, elected, decision.date(), termEnd, decision.id());
        events.publishEvent(new BoardElected(election.id(), elected, decision.id(), actor));
    }

    private ElectionStore.Election election(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("election"));
    }
}
