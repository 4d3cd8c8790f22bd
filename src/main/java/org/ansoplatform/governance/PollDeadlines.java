package org.ansoplatform.governance;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ansoplatform.platform.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Online votes with a deadline close themselves: once a minute, on one node at a time, every open poll
 * whose deadline has passed is closed and counted, exactly as the Secretariat's button would.
 */
@Component
class PollDeadlines {

    private static final Logger log = LoggerFactory.getLogger(PollDeadlines.class);

    private final Voting voting;
    private final JdbcClient jdbc;
    private final Clock clock;

    PollDeadlines(Voting voting, JdbcClient jdbc, Clock clock) {
        this.voting = voting;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${anso.governance.deadline-check:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "poll-deadlines")
    void closeExpired() {
        List<UUID> expired = jdbc.sql("select id from governance.motion where state = 'OPEN' and deadline <= ?")
                .param(Timestamp.from(clock.instant())).query(UUID.class).list();
        for (UUID id : expired) {
            try {
                voting.close(id); // its own transaction; it locks the motion and checks the state again
                log.info("Poll {} closed at its deadline", id);
            } catch (InvalidInputException alreadyClosed) {
                // closed by hand meanwhile
            }
        }
    }
}
