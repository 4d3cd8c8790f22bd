package org.ansoplatform.platform;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Listeners that failed (an SMTP server down, say) are tried again: their publications stay incomplete in
 * the registry and are resubmitted here, by one node at a time.
 */
@Component
class EventRetry {

    private final IncompleteEventPublications incomplete;

    EventRetry(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(fixedDelayString = "${anso.events.retry-interval:PT1M}", initialDelayString = "${anso.events.retry-interval:PT1M}")
    @SchedulerLock(name = "event-retry")
    void resubmit() {
        resubmitOlderThan(Duration.ofMinutes(1));
    }

    /** The age keeps a publication whose first delivery is still running from being delivered twice. */
    void resubmitOlderThan(Duration age) {
        incomplete.resubmitIncompletePublicationsOlderThan(age);
    }
}
