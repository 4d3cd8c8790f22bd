package org.ansoplatform.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Elections of the Governing Board by the General Assembly: member organizations stand as candidates for a
 * number of seats; each member organization's delegate chooses up to that many candidates, by secret ballot;
 * states only move forward (created, open, closed, published). The published result changes the Board's
 * composition only through an Assembly decision about the election.
 */
@Service
@Transactional
public class Elections {

    public record ElectionCommand(UUID sessionId, String title, Integer seats, Instant deadline, List<UUID> candidates) {
    }

    public record CandidateView(UUID id, UUID organizationId, String organizationName, Integer votes, Boolean elected) {
    }

    /** An election; votes per candidate only once published (or for the Secretariat after closing). */
    public record ElectionView(UUID id, UUID sessionId, String title, int seats, Instant deadline, Voting.State state,
            Integer entitled, Integer ballots, List<CandidateView> candidates) {

        public ElectionView withoutResults() {
            return new ElectionView(id, sessionId, title, seats, deadline, state, entitled, null,
                    candidates.stream().map(c -> new CandidateView(c.id(), c.organizationId(), c.organizationName(), null, null))
                            .toList());
        }
    }

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Delegates delegates;
    private final OrganizationQueries organizations;
    private final Mandates mandates;
    private final BallotBoxes ballotBoxes;
    private final Clock clock;

    Elections(JdbcClient jdbc, CurrentActor currentActor, ApplicationEventPublisher events, Delegates delegates,
            OrganizationQueries organizations, Mandates mandates, BallotBoxes ballotBoxes, Clock clock) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.events = events;
        this.delegates = delegates;
        this.organizations = organizations;
        this.mandates = mandates;
        this.ballotBoxes = ballotBoxes;
        this.clock = clock;
    }

    public UUID create(ElectionCommand command) {
        Actor actor = currentActor.get();
        List<Violation> violations = new ArrayList<>();
        String title = Values.trim(command.title());
        if (title == null) {
            violations.add(new Violation("title", "validation.required"));
        } else if (title.length() > 500) {
            violations.add(new Violation("title", "validation.tooLong", 500));
        }
        if (command.sessionId() != null) {
            String body = jdbc.sql("select body from governance.session where id = :id").param("id", command.sessionId())
                    .query(String.class).optional().orElse(null);
            if (!Body.ASSEMBLY.name().equals(body)) {
                violations.add(new Violation("sessionId", "governance.error.electionNeedsAssembly"));
            }
        }
        int seats = command.seats() == null ? 0 : command.seats();
        if (seats < 1 || seats > 50) {
            violations.add(new Violation("seats", "governance.error.seats", 50));
        }
        List<UUID> candidates = command.candidates() == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(command.candidates()));
        if (candidates.size() < seats) {
            violations.add(new Violation("candidates", "governance.error.fewerCandidatesThanSeats"));
        }
        for (UUID candidate : candidates) {
            if (organizations.byId(candidate).filter(o -> o.status() == OrganizationStatus.MEMBER).isEmpty()) {
                violations.add(new Violation("candidates", "governance.error.candidateNotMember"));
                break;
            }
        }
        if (command.deadline() != null && !command.deadline().isAfter(clock.instant())) {
            violations.add(new Violation("deadline", "governance.error.deadlineInPast"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into governance.election (id, session_id, title, seats, deadline, state, created_at)
                        values (:id, :session, :title, :seats, :deadline, 'CREATED', :at)""")
                .param("id", id).param("session", command.sessionId()).param("title", title).param("seats", seats)
                .param("deadline", Values.timestamp(command.deadline())).param("at", Values.timestamp(actor.at()))
                .update();
        for (UUID candidate : candidates) {
            jdbc.sql("insert into governance.candidate (id, election_id, organization_id) values (:id, :e, :o)")
                    .param("id", UUID.randomUUID()).param("e", id).param("o", candidate).update();
        }
        events.publishEvent(new GovernanceChanged("governance.electionCreated", "election", id.toString(), title, actor));
        return id;
    }

    public void open(UUID id) {
        ElectionView election = locked(id);
        requireState(election, Voting.State.CREATED);
        List<UUID> electorate = mandates.electorate(Body.ASSEMBLY);
        for (UUID organization : electorate) {
            jdbc.sql("insert into governance.election_voter (election_id, organization_id) values (:e, :o) on conflict do nothing")
                    .param("e", id).param("o", organization).update();
        }
        jdbc.sql("update governance.election set state = 'OPEN', entitled = :n where id = :id")
                .param("n", electorate.size()).param("id", id).update();
        events.publishEvent(new GovernanceChanged("governance.electionOpened", "election", id.toString(),
                electorate.size() + " entitled", currentActor.get()));
    }

    /** The signed-in delegate's organization chooses up to one candidate per seat, by secret ballot. */
    public void cast(UUID id, List<UUID> candidateIds) {
        Actor actor = currentActor.get();
        UUID voter = delegates.organizationOf(actor.personId())
                .orElseThrow(() -> new InvalidInputException(null, "governance.error.notADelegate"));
        Map<String, Object> election = jdbc.sql("""
                        select e.state, e.deadline, e.seats,
                               exists (select 1 from governance.election_voter v where v.election_id = e.id and v.organization_id = :voter) as entitled
                        from governance.election e where e.id = :id for share of e""")
                .param("id", id).param("voter", voter).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("election"));
        if (!Voting.State.OPEN.name().equals(election.get("state"))) {
            throw new InvalidInputException(null, "governance.error.pollNotOpen");
        }
        if (election.get("deadline") instanceof java.sql.Timestamp deadline && !clock.instant().isBefore(deadline.toInstant())) {
            throw new InvalidInputException(null, "governance.error.deadlinePassed");
        }
        if (!Boolean.TRUE.equals(election.get("entitled"))) {
            throw new InvalidInputException(null, "governance.error.notEntitled");
        }
        List<UUID> chosen = candidateIds == null ? List.of() : candidateIds;
        Set<UUID> distinct = new HashSet<>(chosen);
        int seats = ((Number) election.get("seats")).intValue();
        if (chosen.isEmpty()) {
            throw new InvalidInputException("candidates", "governance.error.chooseCandidate");
        }
        if (distinct.size() != chosen.size() || chosen.size() > seats) {
            throw new InvalidInputException("candidates", "governance.error.tooManyChoices", seats);
        }
        List<UUID> known = jdbc.sql("select id from governance.candidate where election_id = :e").param("e", id)
                .query(UUID.class).list();
        if (!known.containsAll(distinct)) {
            throw new InvalidInputException("candidates", "governance.error.unknownCandidate");
        }
        int inserted = jdbc.sql("""
                        insert into governance.election_participation (election_id, organization_id, cast_by, cast_at)
                        values (:e, :o, :by, :at) on conflict (election_id, organization_id) do nothing""")
                .param("e", id).param("o", voter).param("by", actor.personId()).param("at", Values.timestamp(actor.at()))
                .update();
        if (inserted == 0) {
            throw new InvalidInputException(null, "governance.error.alreadyVoted");
        }
        for (UUID candidate : chosen) {
            jdbc.sql("insert into governance.election_ballot (id, election_id, candidate_id) values (:id, :e, :c)")
                    .param("id", UUID.randomUUID()).param("e", id).param("c", candidate).update();
        }
    }

    /** Closes the poll, rewrites the ballots in random order and counts: the most voted candidates fill the seats. */
    public void close(UUID id) {
        ElectionView election = locked(id);
        requireState(election, Voting.State.OPEN);
        ballotBoxes.rewrite("governance.election_ballot", "election_id", id, "candidate_id", "uuid");
        jdbc.sql("""
                        update governance.candidate c set votes = (select count(*) from governance.election_ballot b where b.candidate_id = c.id)
                        where c.election_id = :e""")
                .param("e", id).update();
        // elected: among the first 'seats' by votes, unless tied with the first candidate left out
        jdbc.sql("""
                        with ranked as (
                          select id, votes, rank() over (order by votes desc) as r from governance.candidate where election_id = :e),
                        cut as (
                          select coalesce((select votes from ranked order by votes desc offset :seats limit 1), -1) as first_out)
                        update governance.candidate c set elected = (r.r <= :seats and r.votes > (select first_out from cut) and r.votes > 0)
                        from ranked r where r.id = c.id""")
                .param("e", id).param("seats", election.seats()).update();
        int ballots = jdbc.sql("select count(*) from governance.election_participation where election_id = :e")
                .param("e", id).query(Integer.class).single();
        jdbc.sql("update governance.election set state = 'CLOSED', ballots = :b where id = :id").param("b", ballots)
                .param("id", id).update();
        events.publishEvent(new GovernanceChanged("governance.electionClosed", "election", id.toString(),
                ballots + " ballots", currentActor.get()));
    }

    public void publish(UUID id) {
        ElectionView election = locked(id);
        requireState(election, Voting.State.CLOSED);
        jdbc.sql("update governance.election set state = 'PUBLISHED' where id = :id").param("id", id).update();
        events.publishEvent(new GovernanceChanged("governance.electionPublished", "election", id.toString(), "",
                currentActor.get()));
    }

    /** An Assembly decision adopting a published election result replaces the Board's seats with the elected. */
    void apply(Sessions.DecisionView decision, Actor actor) {
        ElectionView election = find(decision.subjectId())
                .orElseThrow(() -> new InvalidInputException("subjectId", "governance.error.unknownElection"));
        if (decision.body() != Body.ASSEMBLY) {
            throw new InvalidInputException("subjectId", "governance.error.electionNeedsAssembly");
        }
        if (!decision.outcome().adopted()) {
            return;
        }
        if (election.state() != Voting.State.PUBLISHED) {
            throw new InvalidInputException("subjectId", "governance.error.motionNotPublished");
        }
        List<UUID> elected = election.candidates().stream().filter(c -> Boolean.TRUE.equals(c.elected()))
                .map(CandidateView::organizationId).toList();
        if (elected.size() != election.seats()) {
            throw new InvalidInputException("subjectId", "governance.error.electionTie");
        }
        mandates.replaceSeats(Body.BOARD, elected, decision.date(), decision.id());
        events.publishEvent(new GovernanceChanged("governance.boardElected", "election", election.id().toString(),
                elected.size() + " seats", actor));
    }

    @Transactional(readOnly = true)
    public Optional<ElectionView> find(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from governance.election where id = :id").param("id", id).query(this::view).optional();
    }

    @Transactional(readOnly = true)
    public ElectionView election(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("election"));
    }

    /** As the public and voters see it: votes only once published. */
    @Transactional(readOnly = true)
    public ElectionView published(UUID id) {
        ElectionView election = election(id);
        return election.state() == Voting.State.PUBLISHED ? election : election.withoutResults();
    }

    @Transactional(readOnly = true)
    public List<ElectionView> ofSession(UUID sessionId) {
        return jdbc.sql("select * from governance.election where session_id = :s order by created_at")
                .param("s", sessionId).query(this::view).list();
    }

    @Transactional(readOnly = true)
    public List<ElectionView> openFor(UUID organizationId) {
        return jdbc.sql("""
                        select e.* from governance.election e where e.state = 'OPEN' and exists
                          (select 1 from governance.election_voter v where v.election_id = e.id and v.organization_id = :o)
                        order by e.created_at""")
                .param("o", organizationId).query(this::view).list().stream().map(ElectionView::withoutResults).toList();
    }

    @Transactional(readOnly = true)
    public boolean voted(UUID electionId, UUID organizationId) {
        return jdbc.sql("select exists (select 1 from governance.election_participation where election_id = :e and organization_id = :o)")
                .param("e", electionId).param("o", organizationId).query(Boolean.class).single();
    }

    @Transactional(readOnly = true)
    public List<ElectionView> list() {
        return jdbc.sql("select * from governance.election order by created_at desc").query(this::view).list();
    }

    private ElectionView locked(UUID id) {
        return jdbc.sql("select * from governance.election where id = :id for update").param("id", id)
                .query(this::view).optional().orElseThrow(() -> new NotFoundException("election"));
    }

    private static void requireState(ElectionView election, Voting.State expected) {
        if (election.state() != expected) {
            throw new InvalidInputException(null, "governance.error.motionState", election.state().name());
        }
    }

    private ElectionView view(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<CandidateView> candidates = jdbc.sql("select * from governance.candidate where election_id = :e").param("e", id)
                .query((c, n) -> {
                    UUID organization = c.getObject("organization_id", UUID.class);
                    return new CandidateView(c.getObject("id", UUID.class), organization,
                            organizations.byId(organization).map(OrganizationView::name).orElse("?"),
                            (Integer) c.getObject("votes"), (Boolean) c.getObject("elected"));
                }).list().stream()
                .sorted(java.util.Comparator.comparing((CandidateView c) -> c.votes() == null ? 0 : -c.votes())
                        .thenComparing(CandidateView::organizationName))
                .toList();
        return new ElectionView(id, rs.getObject("session_id", UUID.class), rs.getString("title"), rs.getInt("seats"),
                Values.instant(rs, "deadline"), Voting.State.valueOf(rs.getString("state")), (Integer) rs.getObject("entitled"),
                (Integer) rs.getObject("ballots"), candidates);
    }
}
