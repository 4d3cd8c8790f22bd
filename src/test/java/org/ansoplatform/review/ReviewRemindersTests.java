package org.ansoplatform.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
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
    ReviewingTestData data;

    @Test
    void remindsOnceBeforeTheDeadlineAndOnlyThoseWithReviewsDue() {
        Expert late = data.reviewer("Late Expert");
        Expert done = data.reviewer("Done Expert");
        Expert relaxed = data.reviewer("Relaxed Expert");
        ReviewingTestData.PanelPlan soonPlan = data.panel(clock.instant().plus(Duration.ofDays(10)));
        UUID first = soonPlan.subject("TST-R1");
        UUID second = soonPlan.subject("TST-R2");
        UUID soon = soonPlan.assign(first, late, done).assign(second, late, done).reviewing();
        // the done expert submitted both their reviews
        for (UUID subject : List.of(first, second)) {
            reviews.submit(ReviewingTestData.reviewId(soon, subject, done), ReviewsIntegrationTests.FULL, ReviewsIntegrationTests.COMMENTS,
                    done.person());
        }
        ReviewingTestData.PanelPlan laterPlan = data.panel(clock.instant().plus(Duration.ofDays(28)));
        laterPlan.assign(laterPlan.subject("TST-R3"), relaxed).reviewing();

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
        assertThat(body).contains("2 review(s)").contains("Test scope " + soonPlan.scope().id());
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
        Expert waiting = data.reviewer("Waiting Expert");
        Expert further = data.reviewer("Further Expert");
        ReviewingTestData.PanelPlan plan = data.panel(clock.instant().plus(Duration.ofDays(2)));
        UUID subject = plan.subject("TST-R9");
        UUID furtherSubject = plan.subject("TST-R10");
        UUID panel = plan.assign(subject, waiting).assign(furtherSubject, waiting).member(further).reviewing();
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
