package org.ansoplatform.calls.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ansoplatform.calls.ApplicantMailer;
import org.ansoplatform.calls.ApplicantMessaged;
import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.intake.ApplicantMessaging;
import org.ansoplatform.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Empties the outbox of mailings a batch at a time (as the newsletter's, decisions 192-195): a batch is claimed in one
 * short transaction with {@code for update skip locked}, so that two senders never claim one row; each message is
 * written in the recipient's language, handed to the mail pipeline, and its row marked sent right after, with its entry
 * in the activity log. A crash loses nothing (unsent rows stay due after the lease) and can repeat at most the message in
 * flight. The sender starts at once when a mailing is stored, and every half minute for whatever is left.
 */
@Component
public class MailingSender {

    private static final Logger log = LoggerFactory.getLogger(MailingSender.class);

    private final MailingStore store;
    private final CallQueries calls;
    private final ApplicantMessaging applications;
    private final Letters letters;
    private final ApplicantMailer mailer;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchSize;
    private final Duration lease;

    MailingSender(MailingStore store, CallQueries calls, ApplicantMessaging applications, Letters letters, ApplicantMailer mailer,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${anso.calls.messages.batch-size:100}") int batchSize,
            @Value("${anso.calls.messages.lease:PT2M}") Duration lease) {
        this.store = store;
        this.calls = calls;
        this.applications = applications;
        this.letters = letters;
        this.mailer = mailer;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        // its own transactions even when called from a listener's: a claim and each mark commit at once
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    @Scheduled(fixedDelayString = "${anso.calls.messages.interval:PT30S}", initialDelayString = "${anso.calls.messages.initial-delay:PT20S}")
    @SchedulerLock(name = "calls-mailing-sending", lockAtMostFor = "${anso.calls.messages.lease:PT2M}")
    public void scheduled() {
        sendAll();
    }

    @ApplicationModuleListener
    void on(MailingQueued queued) {
        sendAll();
    }

    /** Sends batches until nothing is due or a batch stops on a failure; returns how many were sent. */
    public int sendAll() {
        int sent = 0;
        int batch;
        do {
            batch = sendBatch(batchSize);
            sent += batch;
        } while (batch > 0);
        return sent;
    }

    /** Sends up to {@code limit} due messages; returns how many were sent. A failed hand-over stops the batch. */
    public int sendBatch(int limit) {
        Instant now = clock.instant();
        List<MailingStore.Due> due = transactions.execute(status -> store.claim(limit, now, now.minus(lease)));
        if (due == null || due.isEmpty()) {
            return 0;
        }
        Map<UUID, Optional<MailingStore.Mailing>> mailings = new HashMap<>();
        Map<UUID, CallView> callsById = new HashMap<>();
        int sent = 0;
        try {
            for (MailingStore.Due message : due) {
                Optional<MailingStore.Mailing> mailing = mailings.computeIfAbsent(message.mailingId(), store::find);
                Optional<ApplicationView> application = applications.application(message.applicationId());
                if (mailing.isEmpty() || !transactions.execute(status -> store.take(message, clock.instant()))) {
                    continue;
                }
                if (application.isEmpty()) {
                    transactions.executeWithoutResult(status -> store.markFailed(message, clock.instant()));
                    continue;
                }
                CallView call = callsById.computeIfAbsent(mailing.get().callId(), calls::any);
                boolean delivered = mailer.send(message.applicantId(), locale -> letters.write(mailing.get().subject(), mailing.get().body(),
                        application.get(), call, locale), mailing.get().replyTo());
                transactions.executeWithoutResult(status -> {
                    if (!delivered) {
                        store.markFailed(message, clock.instant());
                    } else if (store.markSent(message, clock.instant())) {
                        events.publishEvent(new ApplicantMessaged(message.applicationId(), message.applicantId(),
                                mailing.get().subject().in(Locale.ENGLISH), "", new Actor(mailing.get().createdBy(),
                                        mailing.get().createdByName(), null, clock.instant())));
                    }
                });
                if (delivered) {
                    sent++;
                }
            }
        } catch (RuntimeException failed) {
            log.warn("Sending the Secretariat's messages stopped after {} of {}; the rest stay due: {}", sent, due.size(), failed.toString());
            return 0;
        }
        return sent;
    }
}
