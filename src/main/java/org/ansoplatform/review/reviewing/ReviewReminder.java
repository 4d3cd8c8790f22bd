package org.ansoplatform.review.reviewing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ansoplatform.review.ReviewReminderDue;
import org.ansoplatform.review.panels.Panel;
import org.ansoplatform.review.panels.PanelStore;
import org.ansoplatform.review.reviewing.ReminderStore.Due;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds reviewers once of their unsubmitted reviews when a reviewing panel's deadline is near (by
 * default three days before, by the platform's clock). Each review is marked reminded by a statement
 * that marks only an unreminded draft, so two nodes, or two runs, never remind twice; ShedLock keeps the
 * job to one node at a time besides. One email per reviewer and panel.
 */
@Component
public class ReviewReminder {

    private final ReminderStore reminders;
    private final ReviewingStore store;
    private final PanelStore panels;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration before;
    private final TransactionTemplate transactions;

    ReviewReminder(ReminderStore reminders, ReviewingStore store, PanelStore panels, ApplicationEventPublisher events, Clock clock,
            TransactionTemplate transactions, @Value("${anso.review.reminder-before:P3D}") Duration before) {
        this.reminders = reminders;
        this.store = store;
        this.panels = panels;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
        this.before = before;
    }

    @Scheduled(fixedDelayString = "${anso.review.reminder-interval:PT1H}", initialDelayString = "PT3M")
    @SchedulerLock(name = "review-reminders")
    public void scheduled() {
        remind();
    }

    /** Reminds every reviewer due a reminder now, in one transaction; returns how many reviews were marked. */
    public int remind() {
        Integer marked = transactions.execute(status -> remindNow());
        return marked == null ? 0 : marked;
    }

    /**
     * Reminds now every reviewer of the panel with reviews not yet submitted nor reminded, through the same mark,
     * event and email as the schedule; answers how many reviewers were written to (zero: nobody was due).
     */
    public int remindPanel(UUID panelId) {
        Integer reviewers = transactions.execute(status -> {
            Instant now = clock.instant();
            return send(reminders.dueInPanel(panelId, now), now).size();
        });
        return reviewers == null ? 0 : reviewers;
    }

    private int remindNow() {
        Instant now = clock.instant();
        return send(reminders.due(now, now.plus(before)), now).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Marks each pair and writes one event per reviewer and panel; answers the reviews marked per reviewer and panel. */
    private Map<List<UUID>, Integer> send(List<Due> due, Instant now) {
        Map<List<UUID>, Integer> pending = new LinkedHashMap<>();
        Map<List<UUID>, Instant> earliest = new LinkedHashMap<>();
        for (Due one : due) {
            if (reminders.markReminded(one, now)) {
                pending.merge(List.of(one.reviewerId(), one.panelId()), 1, Integer::sum);
                if (one.deadline() != null) {
                    earliest.merge(List.of(one.reviewerId(), one.panelId()), one.deadline(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
        pending.forEach((key, count) -> {
            ReviewingStore.ReviewerRow reviewer = store.reviewer(key.get(0)).orElseThrow();
            Panel panel = panels.get(key.get(1));
            events.publishEvent(new ReviewReminderDue(reviewer.personId(), reviewer.name(), reviewer.email(), panel.id(),
                    panel.title(), count, earliest.get(key), panel.zoneId(), ReviewDesk.REVIEWS_PATH));
        });
        return pending;
    }
}
