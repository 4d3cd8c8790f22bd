package org.ansoplatform.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.review.reviewing.ReviewingStore;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes panels, reviewers, subjects, conflicts and assignments straight into the review schema (as the
 * panel pages would), so reviewing can be tested on its own.
 */
final class ReviewingTestData {

    private final JdbcClient jdbc;
    private final AccountManagement accounts;

    ReviewingTestData(JdbcClient jdbc, AccountManagement accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** A reviewing panel of a call-like scope whose id belongs to no call, with the default rubric. */
    UUID panel(String status, Instant deadline, double threshold, String... blindFields) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into review.panel (id, scope_type, scope_id, title, status, review_deadline, disagreement_threshold,
                    blind_fields, created_at)
                values (?, 'call', ?, '{"en": "Test panel", "zh": "测试评审组"}', ?, ?, ?, ?, now())""")
                .params(id, UUID.randomUUID(), status, deadline == null ? null : Timestamp.from(deadline), threshold, blindFields)
                .update();
        return id;
    }

    /** A registered person with the REVIEWER role in the test, and their reviewer record. */
    Expert reviewer(String name) {
        Someone person = Someone.register(accounts, name, "REVIEWER");
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into review.reviewer (id, person_id, name, email, created_at) values (?, ?, ?, ?, now())")
                .params(id, person.id(), name, person.email()).update();
        return new Expert(id, person);
    }

    record Expert(UUID id, Someone person) {
    }

    void member(UUID panelId, Expert reviewer) {
        jdbc.sql("insert into review.panel_member (panel_id, reviewer_id, status, invited_at, answered_at) values (?, ?, 'ACCEPTED', now(), now())")
                .params(panelId, reviewer.id()).update();
    }

    UUID subject(UUID panelId, String label) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into review.subject (panel_id, subject_type, subject_id, label, track, loaded_at)
                values (?, 'application', ?, ?, 'PHD', now())""")
                .params(panelId, id, label).update();
        return id;
    }

    /** Assigns the reviewer (making them a panel member first) and returns the id of their review. */
    UUID assign(UUID panelId, UUID subjectId, Expert reviewer) {
        jdbc.sql("""
                insert into review.panel_member (panel_id, reviewer_id, status, invited_at, answered_at)
                values (?, ?, 'ACCEPTED', now(), now()) on conflict do nothing""")
                .params(panelId, reviewer.id()).update();
        UUID run = jdbc.sql("select id from review.assignment_run where panel_id = ? and kind = 'FULL'").param(panelId)
                .query(UUID.class).optional().orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    jdbc.sql("""
                            insert into review.assignment_run (id, panel_id, run_by, run_at, kind, feasible, summary)
                            values (?, ?, ?, now(), 'FULL', true, '{}')""")
                            .params(id, panelId, UUID.randomUUID()).update();
                    return id;
                });
        jdbc.sql("""
                insert into review.assignment (panel_id, subject_id, reviewer_id, affinity, run_id, assigned_at)
                values (?, ?, ?, 0.5, ?, now())""")
                .params(panelId, subjectId, reviewer.id(), run).update();
        return ReviewingStore.reviewId(panelId, subjectId, reviewer.id());
    }

    void conflict(UUID panelId, UUID subjectId, Expert reviewer) {
        jdbc.sql("""
                insert into review.conflict (panel_id, subject_id, reviewer_id, source, reason, recorded_at)
                values (?, ?, ?, 'DECLARED', 'former student', now())""")
                .params(panelId, subjectId, reviewer.id()).update();
    }

    void status(UUID panelId, String status) {
        jdbc.sql("update review.panel set status = ? where id = ?").params(status, panelId).update();
    }

    void deadline(UUID panelId, Instant deadline) {
        jdbc.sql("update review.panel set review_deadline = ? where id = ?").params(Timestamp.from(deadline), panelId).update();
    }

    static UUID reviewId(UUID panelId, UUID subjectId, Expert reviewer) {
        return ReviewingStore.reviewId(panelId, subjectId, reviewer.id());
    }

    int refusals(UUID subjectId, Someone who) {
        return jdbc.sql("select count(*) from activitylog.entry where action = 'review.accessRefused' and record_id = ? and actor_id = ?")
                .params(subjectId.toString(), who.id()).query(Integer.class).single();
    }
}
