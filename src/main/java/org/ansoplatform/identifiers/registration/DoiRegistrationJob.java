package org.ansoplatform.identifiers.registration;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** The DataCite settings from {@code anso.identifiers.datacite.*} and the job that empties the outbox, one node at a time. */
@Configuration(proxyBeanMethods = false)
class DoiRegistrationJob {

    @Bean
    DataCiteSettings dataCiteSettings(@Value("${anso.identifiers.datacite.prefix:10.5072}") String prefix,
            @Value("${anso.identifiers.datacite.api-url:https://api.test.datacite.org}") URI apiUrl,
            @Value("${anso.identifiers.datacite.repository-id:}") String repositoryId,
            @Value("${anso.identifiers.datacite.password:}") String password,
            @Value("${anso.identifiers.datacite.max-attempts:10}") int maxAttempts,
            @Value("${anso.identifiers.datacite.first-retry:PT1M}") Duration firstRetry,
            @Value("${anso.identifiers.datacite.longest-retry:PT6H}") Duration longestRetry) {
        return new DataCiteSettings(prefix, apiUrl, repositoryId, password, maxAttempts, firstRetry, longestRetry);
    }

    @Bean
    DoiOutbox doiOutbox(DoiRegistrationStore store, DataCiteSettings settings, Clock clock) {
        return new DoiOutbox(store, settings, clock);
    }

    @Bean
    Sender doiSender(DoiOutbox outbox) {
        return new Sender(outbox);
    }

    static class Sender {

        private final DoiOutbox outbox;

        Sender(DoiOutbox outbox) {
            this.outbox = outbox;
        }

        @Scheduled(fixedDelayString = "${anso.identifiers.datacite.send-interval:PT1M}", initialDelayString = "PT2M")
        @SchedulerLock(name = "doi-registrations")
        public void send() {
            outbox.sendDue();
        }
    }
}
