package org.ansoplatform.governance.voting;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A secret ballot and its participation are written in one transaction, so while staged they share its id.
 * Every few seconds, on one node at a time, staged ballots move into their poll's box, which is rewritten in
 * random order, and the old versions are vacuumed: the link lasts seconds, not as long as the poll (decision 48).
 */
@Component
public class BallotStaging {

    private final PollCore polls;

    BallotStaging(PollCore polls) {
        this.polls = polls;
    }

    @Scheduled(fixedDelayString = "${anso.governance.ballot-staging:PT5S}",
            initialDelayString = "${anso.governance.ballot-staging:PT5S}")
    @SchedulerLock(name = "ballot-staging", lockAtMostFor = "PT5M")
    public void moveStaged() {
        polls.sealStaged();
    }
}
