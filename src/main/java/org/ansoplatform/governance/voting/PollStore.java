package org.ansoplatform.governance.voting;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.ansoplatform.governance.PollState;
import org.ansoplatform.platform.Rows;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tables of both kinds of poll ({@link PollKind} names them; no table or column name here comes from
 * input): the poll row and its lock, the voter roll, participation and secret ballots. A secret ballot is
 * staged with its participation; the schema owner's functions move it into the box and rewrite the box in
 * random order, and the owner's connection vacuums what that left behind (decision 48).
 */
@Component
class PollStore {

    private static final Logger log = LoggerFactory.getLogger(PollStore.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String STAGED_TABLE = "governance.staged_ballot";

    /** A poll read under its row's share lock, with whether one organization is on its voter roll. */
    record Gate(Poll poll, boolean entitled) {
    }

    private final JdbcClient jdbc;
    /** The schemas' owner, who migrates: only a table's owner may vacuum it. */
    private final DataSource owner;

    PollStore(JdbcClient jdbc, Flyway flyway) {
        this.jdbc = jdbc;
        this.owner = flyway.getConfiguration().getDataSource();
    }

    /** The poll under its row's exclusive lock: what closing takes, and every ballot waits for. */
    Optional<Poll> locked(PollKind kind, UUID id) {
        return jdbc.sql("select id, state, deadline from " + kind.table + " where id = :id for update")
                .param("id", id).query((rs, row) -> new Poll(kind, Rows.uuid(rs, "id"),
                        Rows.enumValue(rs, "state", PollState.class), Rows.instant(rs, "deadline")))
                .optional();
    }

    /**
     * The poll under a share lock, with the voter's right, in one statement: ballots go in side by side, but
     * closing (an update) waits for them and they for it.
     */
    Optional<Gate> shared(PollKind kind, UUID id, UUID voter) {
        return jdbc.sql("select p.id, p.state, p.deadline, exists (select 1 from " + kind.voterTable + " v where v."
                        + kind.pollColumn + " = p.id and v.organization_id = :voter) as entitled from " + kind.table
                        + " p where p.id = :id for share of p")
                .param("id", id).param("voter", voter)
                .query((rs, row) -> new Gate(new Poll(kind, Rows.uuid(rs, "id"), Rows.enumValue(rs, "state", PollState.class),
                        Rows.instant(rs, "deadline")), rs.getBoolean("entitled")))
                .optional();
    }

    /** Fixes the voter roll and opens the poll. */
    void open(Poll poll, List<UUID> electorate) {
        PollKind kind = poll.kind();
        for (UUID organization : electorate) {
            jdbc.sql("insert into " + kind.voterTable + " (" + kind.pollColumn + ", organization_id) values (:poll, :organization)"
                            + " on conflict do nothing")
                    .param("poll", poll.id()).param("organization", organization).update();
        }
        jdbc.sql("update " + kind.table + " set state = :state, entitled = :entitled where id = :id")
                .param("state", poll.state().name()).param("entitled", electorate.size()).param("id", poll.id()).update();
    }

    void saveState(Poll poll) {
        jdbc.sql("update " + poll.kind().table + " set state = :state where id = :id")
                .param("state", poll.state().name()).param("id", poll.id()).update();
    }

    /** One participation per organization (the primary key); false when the organization voted already. */
    boolean participate(PollKind kind, UUID id, UUID organization, UUID castBy, Instant at, String openChoice) {
        String choiceColumn = kind.openChoiceColumn == null ? "" : ", " + kind.openChoiceColumn;
        String choiceValue = kind.openChoiceColumn == null ? "" : ", :choice";
        return jdbc.sql("insert into " + kind.participationTable + " (" + kind.pollColumn + ", organization_id, cast_by, cast_at"
                        + choiceColumn + ") values (:poll, :organization, :castBy, :at" + choiceValue + ")"
                        + " on conflict (" + kind.pollColumn + ", organization_id) do nothing")
                .param("poll", id).param("organization", organization).param("castBy", castBy)
                .param("at", Timestamp.from(at)).param("choice", openChoice)
                .update() > 0;
    }

    /**
     * A secret ballot, staged in the voter's transaction: the poll and the value, nothing else. The
     * application may add to the staging but never read it.
     */
    void stageBallot(PollKind kind, UUID id, String value) {
        jdbc.sql("insert into " + STAGED_TABLE + " (poll_kind, poll_id, value) values (:kind, :poll, :value)")
                .param("kind", kind.name()).param("poll", id).param("value", value).update();
    }

    /**
     * Moves the poll's staged ballots into its box and rewrites the box in random order with fresh ids (as the
     * schema's owner, under the poll row's exclusive lock), and vacuums once the transaction commits.
     */
    void seal(PollKind kind, UUID id) {
        jdbc.sql("select governance.seal_ballots(:kind, :poll)").param("kind", kind.name()).param("poll", id)
                .query(Integer.class).single();
        vacuumAfterCommit();
    }

    /** Seals every poll with staged ballots, in a transaction of its own; returns how many polls it sealed. */
    int sealStaged() {
        return jdbc.sql("select governance.seal_staged_ballots()").query(Integer.class).single();
    }

    /** The values in a closed poll's box; its row policy shows the application no ballot of an open poll. */
    List<String> ballots(PollKind kind, UUID id) {
        List<String> values = new ArrayList<>(jdbc.sql("select cast(" + kind.ballotColumn + " as text) from "
                + kind.ballotTable + " where " + kind.pollColumn + " = :poll").param("poll", id).query(String.class).list());
        Collections.shuffle(values, RANDOM);
        return values;
    }

    /** The choices of an open poll, from its participation. */
    List<String> openChoices(PollKind kind, UUID id) {
        return jdbc.sql("select " + kind.openChoiceColumn + " from " + kind.participationTable + " where "
                + kind.pollColumn + " = :poll").param("poll", id).query(String.class).list();
    }

    int participants(PollKind kind, UUID id) {
        return jdbc.sql("select count(*) from " + kind.participationTable + " where " + kind.pollColumn + " = :poll")
                .param("poll", id).query(Integer.class).single();
    }

    boolean voted(PollKind kind, UUID id, UUID organization) {
        return jdbc.sql("select exists (select 1 from " + kind.participationTable + " where " + kind.pollColumn
                        + " = :poll and organization_id = :organization)")
                .param("poll", id).param("organization", organization).query(Boolean.class).single();
    }

    boolean entitled(PollKind kind, UUID id, UUID organization) {
        return jdbc.sql("select exists (select 1 from " + kind.voterTable + " where " + kind.pollColumn
                        + " = :poll and organization_id = :organization)")
                .param("poll", id).param("organization", organization).query(Boolean.class).single();
    }

    /** The voter roll fixed when the poll opened. */
    List<UUID> voters(PollKind kind, UUID id) {
        return jdbc.sql("select organization_id from " + kind.voterTable + " where " + kind.pollColumn + " = :poll")
                .param("poll", id).query(UUID.class).list();
    }

    /** Open polls whose deadline has passed at {@code now}. */
    List<UUID> expired(PollKind kind, Instant now) {
        return jdbc.sql("select id from " + kind.table + " where state = :open and deadline <= :now")
                .param("open", PollState.OPEN.name()).param("now", Timestamp.from(now)).query(UUID.class).list();
    }

    /**
     * Removes the old versions of staged and boxed ballots, which still carry the transaction ids that link
     * them to a participation. VACUUM runs outside any transaction and only as the tables' owner.
     */
    void vacuumBallots() {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("vacuum " + String.join(", ", STAGED_TABLE, PollKind.MOTION.ballotTable,
                    PollKind.ELECTION.ballotTable));
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not vacuum the ballot tables: {}", e.getMessage());
        }
    }

    /** Whether the last vacuum of the ballot tables left versions it could not yet remove (as it reported them). */
    boolean deadBallotVersionsLeft() {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select coalesce(sum(n_dead_tup), 0) from pg_stat_user_tables "
                        + "where schemaname = 'governance' and relname in ('staged_ballot', 'secret_ballot', 'election_ballot')")) {
            return rows.next() && rows.getLong(1) > 0;
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not read the ballot tables' statistics: {}", e.getMessage());
            return false;
        }
    }

    private void vacuumAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            vacuumBallots();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                vacuumBallots();
            }
        });
    }
}
