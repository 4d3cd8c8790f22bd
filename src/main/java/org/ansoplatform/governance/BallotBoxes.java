package org.ansoplatform.governance;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    BallotBoxes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> void shuffle(List<T> rows) {
        Collections.shuffle(rows, RANDOM);
    }

    /** Vacuums the table (one of governance's secret ballot tables) after the current transaction commits. */
    void vacuumAfterCommit(String table) {
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
