package org.ansoplatform.platform;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Listeners that failed (an SMTP server down, say) are tried again: their publications stay incomplete in
 * the registry and are resubmitted here, by one node at a time.
 */
@Component
class EventRetry {

    private final IncompleteEventPublications incomplete;
    private final Counter retried;

    EventRetry(IncompleteEventPublications incomplete, MeterRegistry meters) {
        this.incomplete = incomplete;
        this.retried = Counter.builder("anso.events.retried")
                .description("Event publications handed to their listener again after a failure").register(meters);
    }

    @Scheduled(fixedDelayString = "${anso.events.retry-interval:PT1M}", initialDelayString = "${anso.events.retry-interval:PT1M}")
    @SchedulerLock(name = "event-retry")
    void resubmit() {
        resubmitOlderThan(Duration.ofMinutes(1));
    }

    /** The age keeps a publication whose first delivery is still running from being delivered twice. */
    void resubmitOlderThan(Duration age) {
        // the database keeps back the young ones (min age); the filter sees only those due, each resubmitted: counted there
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(age).withFilter(publication -> {
            retried.increment();
            return true;
        }));
    }
}
