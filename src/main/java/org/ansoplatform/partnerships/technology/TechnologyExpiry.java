package org.ansoplatform.partnerships.technology;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.ansoplatform.partnerships.TechnologyOfferManagement;
import org.ansoplatform.shared.Actor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks published offers and requests whose validity ended as EXPIRED (one node at a time: ShedLock, and rows another
 * transaction holds are skipped). Their owners may renew them; the search drops them until then.
 */
@Component
public class TechnologyExpiry {

    private final TechnologyStore store;
    private final TechnologyOfferManagement management;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TechnologyExpiry(TechnologyStore store, TechnologyOfferManagement management, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.management = management;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${anso.partnerships.expiry-check:PT1H}", initialDelayString = "PT7M")
    @SchedulerLock(name = "technology-expiry")
    public void scheduled() {
        expire();
    }

    /** Expires every published one whose validity ended before today; returns how many. */
    public int expire() {
        Integer count = transactions.execute(status -> {
            Actor system = Actor.system(clock.instant());
            int n = 0;
            for (UUID id : store.expiring(LocalDate.now(clock))) {
                management.expire(id, system);
                n++;
            }
            return n;
        });
        return count == null ? 0 : count;
    }
}
