package org.ansoplatform.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.review.ReviewingTestData.Expert;
import org.ansoplatform.review.reviewing.Calibrator;
import org.ansoplatform.review.reviewing.FurtherReviewPlanner;
import org.ansoplatform.review.reviewing.ReviewDesk;
import org.ansoplatform.review.reviewing.ReviewReminder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Reviewers with unsubmitted reviews are reminded once, when the deadline is near (by the platform's clock); others are not. */
@RecordApplicationEvents
class ReviewRemindersTests extends IntegrationTest {

    @Autowired
    ApplicationEvents events;

    @Autowired
    ReviewOutcomes outcomes;

    @Autowired
    Calibrator calibrator;

    @Autowired
    FurtherReviewPlanner furtherReviews;

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
        UUID soon = data.panel("REVIEWING", clock.instant().plus(Duration.ofDays(10)), 2.0);
        UUID later = data.panel("REVIEWING", clock.instant().plus(Duration.ofDays(28)), 2.0);
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
        assertThat(events.stream(ReviewReminderDue.class).filter(due -> due.panelId().equals(soon))).as("ten days ahead: too early").isEmpty();
        clock.advance(Duration.ofDays(8));
        reminders.remind();
        assertThat(events.stream(ReviewReminderDue.class).filter(due -> due.panelId().equals(soon))).singleElement().satisfies(due -> {
            assertThat(due.personId()).isEqualTo(late.person().id());
            assertThat(due.pending()).isEqualTo(2);
            assertThat(due.panelId()).isEqualTo(soon);
            assertThat(due.path()).isEqualTo("/reviewer/reviews");
        });
        String body = Mail.awaitBody(late.person().email(), "Reminder");
        assertThat(body).contains("2 review(s)").contains("Test panel");
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
        UUID panel = data.panel("REVIEWING", clock.instant().plus(Duration.ofDays(2)), 2.0);
        Expert waiting = data.reviewer("Waiting Expert");
        Expert further = data.reviewer("Further Expert");
        UUID subject = data.subject(panel, "TST-R9");
        data.assign(panel, subject, waiting);
        UUID furtherSubject = data.subject(panel, "TST-R10");
        data.member(panel, further);
        // closed once, then reopened for a further review due in twelve days
        calibrator.close(panel, true);
        furtherReviews.requestFurtherReview(panel, furtherSubject, further.id(), clock.instant().plus(Duration.ofDays(12)));

        reminders.remind();
        assertThat(events.stream(ReviewReminderDue.class).filter(due -> due.panelId().equals(panel))).as("twelve days ahead").isEmpty();
        clock.advance(Duration.ofDays(10));
        reminders.remind();
        assertThat(events.stream(ReviewReminderDue.class).filter(due -> due.panelId().equals(panel))).singleElement()
                .satisfies(due -> assertThat(due.personId()).isEqualTo(further.person().id()));
        Mail.awaitBody(further.person().email(), "Reminder");
        assertThat(jdbc.sql("select count(*) from review.review where panel_id = ? and reviewer_id = ? and reminded_at is not null")
                .params(panel, waiting.id()).query(Integer.class).single()).isZero();
    }
}
