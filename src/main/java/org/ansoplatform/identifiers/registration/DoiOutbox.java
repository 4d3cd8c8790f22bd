package org.ansoplatform.identifiers.registration;

import java.time.Clock;
import java.time.Instant;

import org.ansoplatform.identifiers.RegistrationState;
import org.ansoplatform.identifiers.registration.DataCiteClient.Answer;
import org.ansoplatform.identifiers.registration.DoiRegistrationStore.Pending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the DOIs that are due to DataCite, one request at a time, each answer written to its own row at once:
 * a refusal or a timeout marks that DOI and the batch goes on, and a crash loses nothing (a row stays queued
 * until an answer is written). A temporary failure (network, 408, 429, 5xx) is tried again after a doubling
 * wait until {@code max-attempts}; any other refusal (a 422 for invalid metadata, a 401) fails at once with
 * DataCite's reasons. A POST refused because DataCite holds the DOI already (an earlier answer was lost) is
 * followed by a PUT. Without credentials it sends nothing.
 */
public class DoiOutbox {

    private static final Logger log = LoggerFactory.getLogger(DoiOutbox.class);
    private static final int BATCH = 50;
    /** DataCite's refusal of a POST for a DOI it holds already (its uniqueness validation's message). */
    static final String TAKEN = "This DOI has already been taken";

    private final DoiRegistrationStore store;
    private final DataCiteSettings settings;
    private final DataCiteClient client;
    private final Clock clock;

    public DoiOutbox(DoiRegistrationStore store, DataCiteSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.client = new DataCiteClient(settings);
        this.clock = clock;
    }

    /** Sends what is due now; returns how many DOIs were tried. */
    public int sendDue() {
        if (!settings.hasCredentials()) {
            return 0;
        }
        int tried = 0;
        for (Pending pending : store.due(clock.instant(), BATCH)) {
            try {
                record(pending, client.send(pending));
            } catch (RuntimeException e) {
                // our own fault for this one DOI (a bad URL, say); the others still go out
                log.warn("Sending DOI {} to DataCite failed", pending.doi(), e);
                record(pending, new Answer(0, e.getClass().getSimpleName()));
            }
            tried++;
        }
        return tried;
    }

    private void record(Pending pending, Answer answer) {
        Instant now = clock.instant();
        int attempts = pending.attempts() + 1;
        if (answer.accepted()) {
            store.recordAttempt(pending, RegistrationState.REGISTERED, answer.status(), null, null, true, now);
        } else if (!pending.knownRemotely() && answer.status() == 422 && answer.reason() != null && answer.reason().contains(TAKEN)) {
            // an earlier POST created it but its answer was lost (a timeout, a crash): update it with PUT instead
            store.recordAttempt(pending, RegistrationState.QUEUED, answer.status(), answer.reason(), now, true, now);
        } else if (answer.transientFailure() && attempts < settings.maxAttempts()) {
            store.recordAttempt(pending, RegistrationState.QUEUED, answer.status(), answer.reason(),
                    now.plus(settings.backoff(attempts)), false, now);
        } else {
            log.warn("DataCite refused DOI {}: {} {}", pending.doi(), answer.status(), answer.reason());
            store.recordAttempt(pending, RegistrationState.FAILED, answer.status(), answer.reason(), null, false, now);
        }
    }
}
