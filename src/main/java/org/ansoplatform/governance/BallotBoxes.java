package org.ansoplatform.governance;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What secret ballot tables need when a poll closes: a random order for the rows about to be rewritten, and
 * a vacuum once the rewrite has committed, so that dead row versions keep no trace of the old order.
 */
@Component
class BallotBoxes {

    private static final Logger log = LoggerFactory.getLogger(BallotBoxes.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    BallotBoxes(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Rewrites the ballots of one poll in random order with fresh random ids, in the current transaction, and
     * vacuums the table once it commits; returns the values (choices or candidate ids) in that order.
     */
    List<String> rewrite(String table, String pollColumn, UUID pollId, String valueColumn, String valueType) {
        if (!table.matches("governance\\.[a-z_]+") || !pollColumn.matches("[a-z_]+") || !valueColumn.matches("[a-z_]+")
                || !valueType.matches("[a-z]+")) {
            throw new IllegalArgumentException("not a ballot table");
        }
        List<String> values = new ArrayList<>(jdbc.sql("select cast(" + valueColumn + " as text) from " + table
                + " where " + pollColumn + " = :poll").param("poll", pollId).query(String.class).list());
        Collections.shuffle(values, RANDOM);
        jdbc.sql("delete from " + table + " where " + pollColumn + " = :poll").param("poll", pollId).update();
        for (String value : values) {
            jdbc.sql("insert into " + table + " (id, " + pollColumn + ", " + valueColumn + ") values (:id, :poll, cast(:value as "
                            + valueType + "))")
                    .param("id", UUID.randomUUID()).param("poll", pollId).param("value", value).update();
        }
        vacuumAfterCommit(table);
        return values;
    }

    /** Vacuums the table (one of governance's secret ballot tables) after the current transaction commits. */
    private void vacuumAfterCommit(String table) {
        if (!table.matches("governance\\.[a-z_]+") || !TransactionSynchronizationManager.isSynchronizationActive()) {
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
