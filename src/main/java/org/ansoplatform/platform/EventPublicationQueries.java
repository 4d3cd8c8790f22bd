package org.ansoplatform.platform;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many event publications wait for a listener ({@code anso.events.pending}): a mail that could not be
 * handed over, a listener that failed. A scrape reads the count at most every few seconds, however many
 * scrapers there are, so that the gauge never becomes the database's load.
 */
@Component
class EventPublicationQueries implements MeterBinder {

    private static final long FRESH_FOR = TimeUnit.SECONDS.toNanos(5);

    private final JdbcClient jdbc;
    private volatile long readAt;
    private volatile long pending = -1;

    EventPublicationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The publications not completed yet (completed ones are deleted, decision in docs/architecture.md “Events”). */
    long pending() {
        long now = System.nanoTime();
        if (pending < 0 || now - readAt > FRESH_FOR) {
            pending = jdbc.sql("select count(*) from platform.event_publication where completion_date is null")
                    .query(Long.class).single();
            readAt = now;
        }
        return pending;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("anso.events.pending", this, EventPublicationQueries::pending)
                .description("Event publications that no listener has completed yet")
                .register(registry);
    }
}
