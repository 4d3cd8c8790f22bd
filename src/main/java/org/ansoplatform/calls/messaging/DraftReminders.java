package org.ansoplatform.calls.messaging;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ansoplatform.calls.ApplicationQueries.Filter;
import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.shared.Actor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends each scheduled reminder once, when its day before the call's deadline has come: a mailing of its template to
 * every applicant of the call with an unfinished draft. The reminder is marked sent by the statement that takes it, in
 * the transaction that stores its mailing, so that a second run (or a second node) finds nothing to send.
 */
@Component
public class DraftReminders {

    private final TemplateStore templates;
    private final Mailings mailings;
    private final MailingStore store;
    private final Clock clock;

    DraftReminders(TemplateStore templates, Mailings mailings, MailingStore store, Clock clock) {
        this.templates = templates;
        this.mailings = mailings;
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${anso.calls.reminders.interval:PT15M}", initialDelayString = "${anso.calls.reminders.initial-delay:PT1M}")
    @SchedulerLock(name = "calls-draft-reminders", lockAtMostFor = "PT10M")
    public void scheduled() {
        run();
    }

    /** Stores the mailings of the reminders due now; returns how many reminders went out. */
    @Transactional
    public int run() {
        Instant now = clock.instant();
        int taken = 0;
        Filter drafts = new Filter(null, null, ApplicationStatus.DRAFT, null, null, null);
        for (TemplateStore.Reminder reminder : templates.takeDue(now)) {
            var template = templates.find(reminder.templateId());
            if (template.isEmpty() || store.count(reminder.callId(), drafts) == 0) {
                continue;
            }
            Mailings.Message message = new Mailings.Message(template.get().subject(), template.get().body(), reminder.replyTo());
            mailings.send(reminder.callId(), drafts, message, Actor.system(now));
            taken++;
        }
        return taken;
    }
}
