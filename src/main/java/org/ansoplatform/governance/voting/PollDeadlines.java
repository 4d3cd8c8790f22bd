package org.ansoplatform.governance.voting;

import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ansoplatform.governance.MotionManagement;
import org.ansoplatform.platform.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Online votes with a deadline close themselves: once a minute, on one node at a time, every open motion whose
 * deadline has passed by the platform's clock is closed and counted, exactly as the Secretariat's button would.
 */
@Component
public class PollDeadlines {

    private static final Logger log = LoggerFactory.getLogger(PollDeadlines.class);

    private final PollCore polls;
    private final MotionManagement motions;

    PollDeadlines(PollCore polls, MotionManagement motions) {
        this.polls = polls;
        this.motions = motions;
    }

    @Scheduled(fixedDelayString = "${anso.governance.deadline-check:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "poll-deadlines")
    public void closeExpired() {
        for (UUID id : polls.expired(PollKind.MOTION)) {
            try {
                motions.close(id); // its own transaction; it locks the motion and checks the state again
                log.info("Poll {} closed at its deadline", id);
            } catch (InvalidInputException alreadyClosed) {
                // closed by hand meanwhile
            }
        }
    }
}
