package org.ansoplatform.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ansoplatform.meetings.registration.RegistrationStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds each confirmed participant once, {@code anso.meetings.reminder-before} (a day) before their meeting
 * starts, with when, where and the online link. The statement that selects a registration marks it, so two
 * nodes or two runs never remind twice; ShedLock keeps the job to one node at a time besides.
 */
@Component
public class MeetingReminders {

    private final RegistrationStore store;
    private final RegistrationQueries registrations;
    private final ParticipantNotices notices;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Duration before;

    MeetingReminders(RegistrationStore store, RegistrationQueries registrations, ParticipantNotices notices, Clock clock,
            TransactionTemplate transactions, @Value("${anso.meetings.reminder-before:P1D}") Duration before) {
        this.store = store;
        this.registrations = registrations;
        this.notices = notices;
        this.clock = clock;
        this.transactions = transactions;
        this.before = before;
    }

    @Scheduled(fixedDelayString = "${anso.meetings.reminder-interval:PT15M}", initialDelayString = "PT4M")
    @SchedulerLock(name = "meeting-reminders")
    public void scheduled() {
        remind();
    }

    /** Reminds everyone due a reminder now, in one transaction; returns how many. */
    public int remind() {
        Integer reminded = transactions.execute(status -> {
            Instant now = clock.instant();
            List<UUID> due = store.markRemindersDue(now, now.plus(before));
            due.forEach(id -> notices.tell(registrations.byId(id).orElseThrow(), ParticipantNotified.Kind.REMINDER, 0));
            return due.size();
        });
        return reminded == null ? 0 : reminded;
    }
}
