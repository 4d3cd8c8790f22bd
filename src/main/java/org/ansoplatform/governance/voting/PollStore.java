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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tables of both kinds of poll ({@link PollKind} names them; no table or column name here comes from
 * input): the poll row and its lock, the voter roll, participation and secret ballots, and the rewrite of the
 * secret ballots in random order when a poll closes, with a vacuum once that has committed.
 */
@Component
class PollStore {

    private static final Logger log = LoggerFactory.getLogger(PollStore.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A poll read under its row's share lock, with whether one organization is on its voter roll. */
    record Gate(Poll poll, boolean entitled) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    PollStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
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

    /** A secret ballot: a random id, the poll and the value, nothing else. */
    void dropBallot(PollKind kind, UUID id, String value) {
        jdbc.sql("insert into " + kind.ballotTable + " (id, " + kind.pollColumn + ", " + kind.ballotColumn + ")"
                        + " values (:id, :poll, cast(:value as " + kind.ballotType + "))")
                .param("id", UUID.randomUUID()).param("poll", id).param("value", value).update();
    }

    /**
     * Rewrites the secret ballots of one poll in random order with fresh random ids, in the current transaction,
     * and vacuums the table once it commits; returns the values in that order.
     */
    List<String> rewriteBallots(PollKind kind, UUID id) {
        List<String> values = new ArrayList<>(jdbc.sql("select cast(" + kind.ballotColumn + " as text) from "
                + kind.ballotTable + " where " + kind.pollColumn + " = :poll").param("poll", id).query(String.class).list());
        Collections.shuffle(values, RANDOM);
        jdbc.sql("delete from " + kind.ballotTable + " where " + kind.pollColumn + " = :poll").param("poll", id).update();
        values.forEach(value -> dropBallot(kind, id, value));
        vacuumAfterCommit(kind.ballotTable);
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

    /** Open polls whose deadline has passed at {@code now}. */
    List<UUID> expired(PollKind kind, Instant now) {
        return jdbc.sql("select id from " + kind.table + " where state = :open and deadline <= :now")
                .param("open", PollState.OPEN.name()).param("now", Timestamp.from(now)).query(UUID.class).list();
    }

    /** Vacuums a ballot table after the current transaction commits. */
    private void vacuumAfterCommit(String table) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                // a connection of its own: the transaction's is still bound here, and VACUUM needs autocommit
                try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                    connection.setAutoCommit(true);
                    statement.execute("vacuum " + table);
                } catch (SQLException | RuntimeException e) {
                    log.warn("Could not vacuum {}: {}", table, e.getMessage());
                }
            }
        });
    }
}
