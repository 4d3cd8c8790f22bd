package org.ansoplatform.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds reviewers once of their unsubmitted reviews when a reviewing panel's deadline is near (by
 * default three days before). Each review is marked reminded in the same statement that selects it
 * ({@code reminded_at} set only where it is still empty), so two nodes, or two runs, never remind twice;
 * ShedLock keeps the job to one node at a time besides. One email per reviewer and panel.
 */
@Component
public class ReviewReminders {

    private final JdbcClient jdbc;
    private final ReviewingStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration before;
    private final TransactionTemplate transactions;

    ReviewReminders(ReviewingStore store, ApplicationEventPublisher events, Clock clock, TransactionTemplate transactions,
            @Value("${anso.review.reminder-before:P3D}") Duration before) {
        this.transactions = transactions;
        this.jdbc = store.jdbc();
        this.store = store;
        this.events = events;
        this.clock = clock;
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

    private int remindNow() {
        Instant now = clock.instant();
        record Due(UUID panelId, UUID subjectId, UUID reviewerId, Instant deadline) {
        }
        // an ordinary pair while its panel reviews for the first time, by the panel's deadline; a further
        // review (own deadline) while its panel reviews or is closed, by its own deadline
        List<Due> due = jdbc.sql("""
                select a.panel_id, a.subject_id, a.reviewer_id, coalesce(a.due_at, p.review_deadline) as deadline
                from review.assignment a join review.panel p on p.id = a.panel_id
                where (a.due_at is null and p.status = 'REVIEWING' and p.closed_at is null
                       and p.review_deadline > :now and p.review_deadline <= :soon
                    or a.due_at is not null and p.status in ('REVIEWING', 'CLOSED') and a.due_at > :now and a.due_at <= :soon)
                  and not exists (select 1 from review.conflict c where c.panel_id = a.panel_id and c.subject_id = a.subject_id
                                  and c.reviewer_id = a.reviewer_id)
                  and not exists (select 1 from review.review r where r.panel_id = a.panel_id and r.subject_id = a.subject_id
                                  and r.reviewer_id = a.reviewer_id and (r.status <> 'DRAFT' or r.reminded_at is not null))
                order by a.reviewer_id, a.panel_id, a.subject_id""")
                .param("now", Timestamp.from(now)).param("soon", Timestamp.from(now.plus(before)))
                .query((rs, n) -> new Due(rs.getObject("panel_id", UUID.class), rs.getObject("subject_id", UUID.class),
                        rs.getObject("reviewer_id", UUID.class), rs.getTimestamp("deadline").toInstant()))
                .list();
        Map<List<UUID>, Integer> pending = new LinkedHashMap<>();
        Map<List<UUID>, Instant> earliest = new LinkedHashMap<>();
        for (Due one : due) {
            int marked = jdbc.sql("""
                    insert into review.review (id, panel_id, subject_id, reviewer_id, status, created_at, updated_at, reminded_at)
                    values (?, ?, ?, ?, 'DRAFT', ?, ?, ?)
                    on conflict (panel_id, subject_id, reviewer_id) do update set reminded_at = excluded.reminded_at
                    where review.reminded_at is null and review.status = 'DRAFT'""")
                    .params(ReviewingStore.reviewId(one.panelId(), one.subjectId(), one.reviewerId()), one.panelId(), one.subjectId(),
                            one.reviewerId(), Timestamp.from(now), Timestamp.from(now), Timestamp.from(now))
                    .update();
            if (marked == 1) {
                pending.merge(List.of(one.reviewerId(), one.panelId()), 1, Integer::sum);
                earliest.merge(List.of(one.reviewerId(), one.panelId()), one.deadline(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        pending.forEach((key, count) -> {
            ReviewingStore.ReviewerRow reviewer = store.reviewer(key.get(0)).orElseThrow();
            ReviewingStore.PanelRow panel = store.panel(key.get(1)).orElseThrow();
            events.publishEvent(new ReviewReminderDue(reviewer.personId(), reviewer.name(), reviewer.email(), panel.id(),
                    panel.title(), count, earliest.get(key), panel.zone()));
        });
        return pending.values().stream().mapToInt(Integer::intValue).sum();
    }
}
