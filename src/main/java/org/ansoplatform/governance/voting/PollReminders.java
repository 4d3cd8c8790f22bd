package org.ansoplatform.governance.voting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the delegates who have not voted yet, once, {@code anso.governance.reminder-before} (a day) before an
 * open poll's deadline. The statement that selects a poll marks it, so two nodes or two runs never remind twice;
 * ShedLock keeps the job to one node at a time besides.
 */
@Component
public class PollReminders {

    private final PollNoticeStore store;
    private final PollNotices notices;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Duration before;

    PollReminders(PollNoticeStore store, PollNotices notices, Clock clock, TransactionTemplate transactions,
            @Value("${anso.governance.reminder-before:P1D}") Duration before) {
        this.store = store;
        this.notices = notices;
        this.clock = clock;
        this.transactions = transactions;
        this.before = before;
    }

    @Scheduled(fixedDelayString = "${anso.governance.reminder-interval:PT15M}", initialDelayString = "PT5M")
    @SchedulerLock(name = "poll-reminders")
    public void scheduled() {
        remind();
    }

    /** Reminds the delegates of every poll due a reminder now, in one transaction; returns how many polls. */
    public int remind() {
        Integer reminded = transactions.execute(status -> {
            Instant now = clock.instant();
            int polls = 0;
            for (PollKind kind : PollKind.values()) {
                for (UUID id : store.markRemindersDue(kind, now, now.plus(before))) {
                    notices.remind(kind, id);
                    polls++;
                }
            }
            return polls;
        });
        return reminded == null ? 0 : reminded;
    }
}
