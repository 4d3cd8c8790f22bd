package org.ansoplatform.partnerships.agreements;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ansoplatform.partnerships.AgreementAlertDue;
import org.ansoplatform.shared.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once an hour: signed agreements whose effective day came become active, those past their expiry expire, and each
 * owner is told once, {@code anso.partnerships.alert-before} (90 days) ahead, of an expiry or of the last day to give
 * notice. The rows are taken with {@code for update skip locked} and each alert is marked sent in the statement that
 * finds it, so two nodes never change or alert twice; ShedLock keeps the job to one node at a time besides.
 */
@Component
public class AgreementSchedule {

    private final AgreementManagement management;
    private final AgreementStore store;
    private final AgreementQueries queries;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration before;

    AgreementSchedule(AgreementManagement management, AgreementStore store, AgreementQueries queries,
            ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
            @Value("${anso.partnerships.alert-before:P90D}") Duration before) {
        this.management = management;
        this.store = store;
        this.queries = queries;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.before = before;
    }

    @Scheduled(fixedDelayString = "${anso.partnerships.schedule-interval:PT1H}", initialDelayString = "PT7M")
    @SchedulerLock(name = "partnership-agreements")
    public void scheduled() {
        run();
    }

    /** Activates, expires and alerts what is due now; returns how many agreements changed and alerts were sent. */
    public int run() {
        Integer done = transactions.execute(status -> {
            int changed = management.activateAndExpire(Actor.system(clock.instant()));
            LocalDate today = LocalDate.now(clock);
            for (AgreementStore.Alert alert : store.markAlertsDue(today, today.plusDays(before.toDays()), clock.instant())) {
                AgreementView agreement = queries.byId(alert.agreementId()).orElseThrow();
                events.publishEvent(new AgreementAlertDue(agreement.ownerId(), AgreementAlertDue.Kind.valueOf(alert.kind()),
                        agreement.title(), alert.forDate(), AgreementPaths.agreement(agreement.id())));
                changed++;
            }
            return changed;
        });
        return done == null ? 0 : done;
    }
}
