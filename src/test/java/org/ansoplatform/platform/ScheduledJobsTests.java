package org.ansoplatform.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.ansoplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * Beans are created lazily (spring.main.lazy-initialization), and a lazy bean's @Scheduled methods would never
 * be scheduled: every job of the platform must be registered at start all the same.
 */
class ScheduledJobsTests extends IntegrationTest {

    @Autowired List<ScheduledTaskHolder> holders;

    @Test
    void everyJobIsScheduledAtStart() {
        // a scheduled method's task reads as its class and method, e.g. org.ansoplatform.governance.voting.PollDeadlines.closeExpired
        String jobs = holders.stream().flatMap(holder -> holder.getScheduledTasks().stream())
                .map(ScheduledTask::getTask).map(task -> task.getRunnable().toString()).toList().toString();
        assertThat(jobs).contains("governance.voting.PollDeadlines.", "calls.offers.OfferDeadlines.", "review.reviewing.ReviewReminder.",
                "calls.intake.RefereeLetterIntake.", "platform.EventRetry.");
    }
}
