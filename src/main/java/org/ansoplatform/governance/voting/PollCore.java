package org.ansoplatform.governance.voting;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.ansoplatform.platform.ConflictException;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The one lifecycle of every poll, motions' and elections' alike: the voter roll fixed on opening, one
 * participation per organization, secret ballots kept apart from who cast them (staged, then moved into the box
 * within seconds by {@link BallotStaging}), closing under the poll row's lock that every ballot holds in share
 * mode, secret ballots rewritten in random order at closing, publishing.
 * What is counted and how is the caller's (a motion's majority, an election's seats). Ballots are not events:
 * the participation table is their audit (decision 24).
 */
@Component
public class PollCore {

    /** What a closed poll holds: the ballots' values (choices or candidates) and how many organizations voted. */
    public record Tally(List<String> values, int participants) {
    }

    private final PollStore store;
    private final Clock clock;
    private final MeterRegistry meters;

    PollCore(PollStore store, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.clock = clock;
        this.meters = meters;
    }

    /** Opens the poll and fixes the organizations entitled to vote; returns how many they are. */
    public int open(PollKind kind, UUID id, List<UUID> electorate) {
        store.open(locked(kind, id).open(), electorate);
        return electorate.size();
    }

    /**
     * Reads the poll under its share lock and refuses a ballot when it is not open or past its deadline; the
     * caller checks its own rights next, then {@link Admission#requireEntitled()}.
     */
    public Admission admit(PollKind kind, UUID id, UUID voter) {
        PollStore.Gate gate = store.shared(kind, id, voter).orElseThrow(() -> new NotFoundException(kind.noun()));
        gate.poll().admitBallotAt(clock.instant());
        return new Admission(gate.entitled());
    }

    /** A ballot admitted to an open poll, before the voter's right to it was checked. */
    public record Admission(boolean entitled) {

        public void requireEntitled() {
            if (!entitled) {
                throw new InvalidInputException(null, "governance.error.notEntitled");
            }
        }
    }

    /** Takes the poll row's exclusive lock and refuses unless the poll is open. */
    public void lockOpen(PollKind kind, UUID id) {
        if (locked(kind, id).state() != org.ansoplatform.governance.PollState.OPEN) {
            throw new InvalidInputException(null, "governance.error.pollNotOpen");
        }
    }

    /**
     * Records that the organization voted (who cast it, when), with the choice itself for an open ballot, and
     * the secret ballots apart; refused when the organization voted already.
     */
    public void cast(PollKind kind, UUID id, UUID organization, Actor actor, String openChoice, List<String> secretValues) {
        if (!store.participate(kind, id, organization, actor.personId(), actor.at(), openChoice)) {
            throw new ConflictException(null, "governance.error.alreadyVoted");
        }
        secretValues.forEach(value -> store.stageBallot(kind, id, value));
        meters.counter("anso.governance.ballots").increment();
    }

    /**
     * Closes an open poll for good: under the poll's lock, the staged secret ballots join the box and it is
     * rewritten in random order before the poll shows as closed; then counted by the caller.
     */
    public Tally close(PollKind kind, UUID id, boolean secret) {
        Poll closed = locked(kind, id).close();
        if (secret) {
            store.seal(kind, id);
        }
        store.saveState(closed);
        List<String> values = secret ? store.ballots(kind, id) : store.openChoices(kind, id);
        return new Tally(values, store.participants(kind, id));
    }

    /**
     * Moves the staged secret ballots of every poll into their boxes; true when there were any. A vacuum cannot
     * remove a version that a transaction older than it may still see, so when the last one left dead versions
     * behind (a long report, a slow request), the next run vacuums again: the link lasts until no older
     * transaction is left, then seconds.
     */
    boolean sealStaged() {
        if (store.sealStaged() == 0) {
            if (store.deadBallotVersionsLeft()) {
                store.vacuumBallots();
            }
            return false;
        }
        store.vacuumBallots();
        return true;
    }

    public void publish(PollKind kind, UUID id) {
        store.saveState(locked(kind, id).publish());
    }

    public boolean voted(PollKind kind, UUID id, UUID organization) {
        return store.voted(kind, id, organization);
    }

    public boolean entitled(PollKind kind, UUID id, UUID organization) {
        return store.entitled(kind, id, organization);
    }

    /** The organizations entitled to vote, fixed when the poll opened (none before). */
    public List<UUID> voters(PollKind kind, UUID id) {
        return store.voters(kind, id);
    }

    /** Open polls of this kind whose deadline has passed. */
    List<UUID> expired(PollKind kind) {
        return store.expired(kind, clock.instant());
    }

    private Poll locked(PollKind kind, UUID id) {
        return store.locked(kind, id).orElseThrow(() -> new NotFoundException(kind.noun()));
    }
}
