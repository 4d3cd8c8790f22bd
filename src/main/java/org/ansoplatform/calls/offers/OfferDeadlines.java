package org.ansoplatform.calls.offers;

import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks offers past their respond-by deadline EXPIRED (counted as declined) and passes their seats to the
 * waitlist; one node at a time (ShedLock), each offer in its own transaction under the call's lock, so
 * an applicant answering at the same moment wins or loses cleanly.
 */
@Component
public class OfferDeadlines {

    private static final Logger log = LoggerFactory.getLogger(OfferDeadlines.class);

    private final OfferManagement offers;

    OfferDeadlines(OfferManagement offers) {
        this.offers = offers;
    }

    @Scheduled(fixedDelayString = "${anso.calls.offer-expiry-check:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "offer-deadlines")
    public void expireOverdue() {
        for (UUID id : offers.overdue()) {
            if (offers.expire(id)) {
                log.info("Offer {} expired at its deadline", id);
            }
        }
    }
}
