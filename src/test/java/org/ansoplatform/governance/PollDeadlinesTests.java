package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A poll whose deadline has passed is closed and counted by the scheduled check; one still running is left open. */
class PollDeadlinesTests extends IntegrationTest {

    @Autowired
    Voting voting;

    @Autowired
    PollDeadlines deadlines;

    @Test
    void expiredPollsCloseAndOthersStayOpen() {
        UUID expiring = voting.create(new Voting.MotionCommand(null, Body.ASSEMBLY, "Closes itself", null, Voting.Rule.SIMPLE_MAJORITY,
                Voting.QuorumBasis.ENTITLED, 0, true, 0, Instant.now().plusSeconds(2), SubjectType.OTHER, null));
        UUID running = voting.create(new Voting.MotionCommand(null, Body.ASSEMBLY, "Still open", null, Voting.Rule.SIMPLE_MAJORITY,
                Voting.QuorumBasis.ENTITLED, 0, true, 0, Instant.now().plusSeconds(3600), SubjectType.OTHER, null));
        voting.open(expiring);
        voting.open(running);

        deadlines.closeExpired();
        assertThat(voting.motion(expiring).state()).isEqualTo(Voting.State.OPEN);

        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(voting.motion(expiring).deadline()));
        deadlines.closeExpired();
        assertThat(voting.motion(expiring).state()).isEqualTo(Voting.State.CLOSED);
        assertThat(voting.motion(expiring).ballots()).isZero();
        assertThat(voting.motion(running).state()).isEqualTo(Voting.State.OPEN);
    }
}
