package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.governance.voting.PollDeadlines;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A poll whose deadline has passed is closed and counted by the scheduled check; one still running is left open. */
class PollDeadlinesTests extends IntegrationTest {

    @Autowired MotionManagement voting;
    @Autowired VotingQueries votes;
    @Autowired PollDeadlines deadlines;

    @Test
    void expiredPollsCloseAndOthersStayOpen() {
        UUID expiring = voting.create(new MotionCommand(null, Body.ASSEMBLY, "Closes itself", null, VotingRule.SIMPLE_MAJORITY,
                QuorumBasis.ENTITLED, 0, true, 0, clock.instant().plusSeconds(120), SubjectType.OTHER, null));
        UUID running = voting.create(new MotionCommand(null, Body.ASSEMBLY, "Still open", null, VotingRule.SIMPLE_MAJORITY,
                QuorumBasis.ENTITLED, 0, true, 0, clock.instant().plusSeconds(3600), SubjectType.OTHER, null));
        voting.open(expiring);
        voting.open(running);

        deadlines.closeExpired();
        assertThat(votes.motion(expiring).state()).isEqualTo(PollState.OPEN);

        clock.advance(Duration.ofMinutes(3));
        deadlines.closeExpired();
        assertThat(votes.motion(expiring).state()).isEqualTo(PollState.CLOSED);
        assertThat(votes.motion(expiring).ballots()).isZero();
        assertThat(votes.motion(running).state()).isEqualTo(PollState.OPEN);
    }
}
