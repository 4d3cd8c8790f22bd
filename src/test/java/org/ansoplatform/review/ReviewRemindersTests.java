package org.ansoplatform.review;

import org.ansoplatform.review.panels.*;
import org.ansoplatform.review.reviewing.*;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.review.ReviewingTestData.Expert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reviewers with unsubmitted reviews are reminded once, when the deadline is near; others are not. */
class ReviewRemindersTests extends IntegrationTest {

    @Autowired
    ReviewReminder reminders;

    @Autowired
    ReviewDesk reviews;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Test
    void remindsOnceBeforeTheDeadlineAndOnlyThoseWithReviewsDue() {
        ReviewingTestData data = new ReviewingTestData(jdbc, accounts);
        UUID soon = data.panel("REVIEWING", Instant.now().plus(Duration.ofDays(2)), 2.0);
        UUID later = data.panel("REVIEWING", Instant.now().plus(Duration.ofDays(20)), 2.0);
        Expert late = data.reviewer("Late Expert");
        Expert done = data.reviewer("Done Expert");
        Expert relaxed = data.reviewer("Relaxed Expert");
        UUID first = data.subject(soon, "TST-R1");
        UUID second = data.subject(soon, "TST-R2");
        data.assign(soon, first, late);
        data.assign(soon, second, late);
        UUID doneReview = data.assign(soon, first, done);
        reviews.submit(doneReview, ReviewsIntegrationTests.FULL, ReviewsIntegrationTests.COMMENTS, done.person());
        data.assign(later, data.subject(later, "TST-R3"), relaxed);

        reminders.remind();
        String body = Mail.awaitBody(late.person().email(), "Reminder");
        assertThat(body).contains("2 review(s)").contains("Test panel").contains("/reviewer/reviews");
        assertThat(reminders.remind()).isZero();
        assertThat(jdbc.sql("select count(*) from review.review where reviewer_id = ? and reminded_at is not null")
                .param(late.id()).query(Integer.class).single()).isEqualTo(2);
        // the draft rows created for the reminder keep the reviews open
        assertThat(reviews.mine(late.person())).extracting(ReviewView::status).containsOnly(ReviewStatus.DRAFT);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from notifications.message where kind = 'reviewing.reminder' and recipient_email = ?")
                .param(late.person().email()).query(Integer.class).single() == 1);
        assertThat(jdbc.sql("select recipient_email from notifications.message where kind = 'reviewing.reminder'")
                .query(String.class).list())
                .containsOnlyOnce(late.person().email())
                .doesNotContain(done.person().email(), relaxed.person().email());
    }

    @Test
    void aFurtherReviewIsRemindedByItsOwnDeadlineAndAReopenedPanelRemindsNoOtherReview() {
        ReviewingTestData data = new ReviewingTestData(jdbc, accounts);
        UUID panel = data.panel("REVIEWING", Instant.now().plus(Duration.ofDays(2)), 2.0);
        Expert waiting = data.reviewer("Waiting Expert");
        Expert further = data.reviewer("Further Expert");
        UUID subject = data.subject(panel, "TST-R9");
        data.assign(panel, subject, waiting);
        UUID furtherSubject = data.subject(panel, "TST-R10");
        data.assign(panel, furtherSubject, further);
        // closed once, then reopened for a further review due in two days
        jdbc.sql("update review.panel set closed_at = now() where id = ?").param(panel).update();
        jdbc.sql("update review.assignment set due_at = now() + interval '2 days' where panel_id = ? and reviewer_id = ?")
                .params(panel, further.id()).update();

        reminders.remind();
        Mail.awaitBody(further.person().email(), "Reminder");
        assertThat(jdbc.sql("select count(*) from review.review where panel_id = ? and reviewer_id = ? and reminded_at is not null")
                .params(panel, waiting.id()).query(Integer.class).single()).isZero();
    }
}
