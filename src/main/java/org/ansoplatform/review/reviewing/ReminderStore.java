package org.ansoplatform.review.reviewing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.review.ReviewOutcomes.PanelStatus;
import org.ansoplatform.review.ReviewStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reviews due a reminder, and the mark that each was reminded. */
@Repository
class ReminderStore {

    private final JdbcClient jdbc;

    ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Due(UUID panelId, UUID subjectId, UUID reviewerId, Instant deadline) {
    }

    /**
     * Unsubmitted, unreminded, non-conflicted pairs whose deadline falls after {@code now} and at the latest {@code soon}: an ordinary pair
     * while its panel reviews for the first time, by the panel's deadline; a further review (own deadline) while
     * its panel reviews or is closed, by its own deadline.
     */
    List<Due> due(Instant now, Instant soon) {
        return jdbc.sql("""
                select a.panel_id, a.subject_id, a.reviewer_id, coalesce(a.due_at, p.review_deadline) as deadline
                from review.assignment a join review.panel p on p.id = a.panel_id
                where (a.due_at is null and p.status = :reviewing and p.closed_at is null
                       and p.review_deadline > :now and p.review_deadline <= :soon
                    or a.due_at is not null and p.status in (:reviewing, :closed) and a.due_at > :now and a.due_at <= :soon)
                  and not exists (select 1 from review.conflict c where c.panel_id = a.panel_id and c.subject_id = a.subject_id
                                  and c.reviewer_id = a.reviewer_id)
                  and not exists (select 1 from review.review r where r.panel_id = a.panel_id and r.subject_id = a.subject_id
                                  and r.reviewer_id = a.reviewer_id and (r.status <> :draft or r.reminded_at is not null))
                order by a.reviewer_id, a.panel_id, a.subject_id""")
                .param("now", Timestamp.from(now)).param("soon", Timestamp.from(soon))
                .param("reviewing", PanelStatus.REVIEWING.name()).param("closed", PanelStatus.CLOSED.name())
                .param("draft", ReviewStatus.DRAFT.name())
                .query((rs, n) -> new Due(Rows.uuid(rs, "panel_id"), Rows.uuid(rs, "subject_id"), Rows.uuid(rs, "reviewer_id"),
                        Rows.instant(rs, "deadline")))
                .list();
    }

    /**
     * The panel's unsubmitted, unreminded, non-conflicted pairs whose review may still be written now, whatever the
     * deadline: the Secretariat's “Remind” (decision 342). A pair reminded once, by the schedule or by a press, is
     * not listed again.
     */
    List<Due> dueInPanel(UUID panelId, Instant now) {
        return jdbc.sql("""
                select a.panel_id, a.subject_id, a.reviewer_id, coalesce(a.due_at, p.review_deadline) as deadline
                from review.assignment a join review.panel p on p.id = a.panel_id
                where a.panel_id = :panel
                  and (a.due_at is null and p.status = :reviewing and p.closed_at is null
                       and (p.review_deadline is null or p.review_deadline > :now)
                    or a.due_at is not null and p.status in (:reviewing, :closed) and a.due_at > :now)
                  and not exists (select 1 from review.conflict c where c.panel_id = a.panel_id and c.subject_id = a.subject_id
                                  and c.reviewer_id = a.reviewer_id)
                  and not exists (select 1 from review.review r where r.panel_id = a.panel_id and r.subject_id = a.subject_id
                                  and r.reviewer_id = a.reviewer_id and (r.status <> :draft or r.reminded_at is not null))
                order by a.reviewer_id, a.subject_id""")
                .param("panel", panelId).param("now", Timestamp.from(now))
                .param("reviewing", PanelStatus.REVIEWING.name()).param("closed", PanelStatus.CLOSED.name())
                .param("draft", ReviewStatus.DRAFT.name())
                .query((rs, n) -> new Due(Rows.uuid(rs, "panel_id"), Rows.uuid(rs, "subject_id"), Rows.uuid(rs, "reviewer_id"),
                        Rows.instant(rs, "deadline")))
                .list();
    }

    /**
     * Marks the review reminded (creating its draft), only where it is still an unreminded draft: two nodes or
     * two runs never remind twice. Answers whether this call marked it.
     */
    boolean markReminded(Due one, Instant now) {
        return jdbc.sql("""
                insert into review.review (id, panel_id, subject_id, reviewer_id, status, created_at, updated_at, reminded_at)
                values (:id, :panel, :subject, :reviewer, :draft, :now, :now, :now)
                on conflict (panel_id, subject_id, reviewer_id) do update set reminded_at = excluded.reminded_at
                where review.reminded_at is null and review.status = :draft""")
                .param("id", ReviewingStore.reviewId(one.panelId(), one.subjectId(), one.reviewerId())).param("panel", one.panelId())
                .param("subject", one.subjectId()).param("reviewer", one.reviewerId()).param("draft", ReviewStatus.DRAFT.name())
                .param("now", Timestamp.from(now))
                .update() == 1;
    }
}
