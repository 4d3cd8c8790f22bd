package org.ansoplatform.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.review.ReviewingTestData.Expert;
import org.ansoplatform.review.reviewing.ReviewDesk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.context.MessageSource;

/**
 * The Secretariat's “Remind” on a panel of the dashboard: one email per reviewer with reviews neither submitted nor
 * reminded, none to one who submitted, nobody twice; reviewers and applicants are refused.
 */
@RecordApplicationEvents
class RemindPanelTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ReviewDesk reviews;

    @Autowired
    ReviewingTestData data;

    @Autowired
    AccountManagement accounts;

    @Autowired
    MessageSource messages;

    @Test
    void remindsEachReviewerWithUnsubmittedReviewsOnceAndNobodyTwice() throws Exception {
        Expert late = data.reviewer("Remind Late Expert");
        Expert half = data.reviewer("Remind Half Expert");
        Expert done = data.reviewer("Remind Done Expert");
        ReviewingTestData.PanelPlan plan = data.panel(clock.instant().plus(Duration.ofDays(20)));
        UUID first = plan.subject("TST-M1");
        UUID second = plan.subject("TST-M2");
        UUID panel = plan.assign(first, late, done).assign(second, late, half).reviewing();
        reviews.submit(ReviewingTestData.reviewId(panel, first, done), ReviewsIntegrationTests.FULL, ReviewsIntegrationTests.COMMENTS,
                done.person());
        Someone secretary = Someone.register(accounts, "Reminding Secretary", "SECRETARIAT");

        String before = mvc.perform(get("/dashboard").with(secretary.signedIn()).locale(Locale.ENGLISH)).andReturn().getResponse()
                .getContentAsString();
        assertThat(before).contains("data-panel=\"" + panel + "\"", "Remind (3 reviews not reminded)");
        String reviewerPage = mvc.perform(get("/dashboard").with(late.person().signedIn()).locale(Locale.ENGLISH)).andReturn()
                .getResponse().getContentAsString();
        assertThat(reviewerPage).contains("data-card=\"reviews\"", "data-panel=\"" + panel + "\"", "2 reviews to submit for")
                .doesNotContain("data-card=\"panels\"");

        Object[] count = (Object[]) mvc.perform(post("/secretariat/review/panels/" + panel + "/reminders").with(csrf())
                        .with(secretary.signedIn()))
                .andExpect(redirectedUrl("/dashboard")).andExpect(flash().attribute("flashSuccess", "dashboard.remind.sent")).andReturn()
                .getFlashMap().get("flashSuccessArgs");
        // the layout renders the flash with its arguments (a MockMvc session is not one the platform keeps across requests)
        assertThat(messages.getMessage("dashboard.remind.sent", count, Locale.ENGLISH)).isEqualTo("2 reviewers were reminded.");

        assertThat(events.stream(ReviewReminderDue.class).filter(due -> due.panelId().equals(panel)))
                .extracting(ReviewReminderDue::personId, ReviewReminderDue::pending)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(late.person().id(), 2),
                        org.assertj.core.groups.Tuple.tuple(half.person().id(), 1));
        assertThat(Mail.awaitBody(late.person().email(), "Reminder")).contains("2 review(s)");
        assertThat(Mail.awaitBody(half.person().email(), "Reminder")).contains("1 review(s)");
        String after = mvc.perform(get("/dashboard").with(secretary.signedIn()).locale(Locale.ENGLISH))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("Remind (0 reviews not reminded)");

        long sent = events.stream(ReviewReminderDue.class).count();
        mvc.perform(post("/secretariat/review/panels/" + panel + "/reminders").with(csrf()).with(secretary.signedIn()))
                .andExpect(redirectedUrl("/dashboard")).andExpect(flash().attribute("flashError", "dashboard.remind.noneDue"));
        assertThat(events.stream(ReviewReminderDue.class).count()).as("nobody is reminded twice").isEqualTo(sent);
        assertThat(events.stream(ReviewReminderDue.class).filter(due -> due.personId().equals(done.person().id()))).isEmpty();
    }

    @Test
    void reviewersApplicantsAndAnonymousAreRefusedAndAnUnknownPanelIsNotFound() throws Exception {
        Expert reviewer = data.reviewer("Remind Refused Expert");
        ReviewingTestData.PanelPlan plan = data.panel(clock.instant().plus(Duration.ofDays(20)));
        UUID panel = plan.assign(plan.subject("TST-M3"), reviewer).reviewing();
        Someone applicant = Someone.register(accounts, "Remind Applicant", "APPLICANT");
        String path = "/secretariat/review/panels/" + panel + "/reminders";

        mvc.perform(post(path).with(csrf()).with(reviewer.person().signedIn())).andExpect(status().isForbidden());
        mvc.perform(post(path).with(csrf()).with(applicant.signedIn())).andExpect(status().isForbidden());
        mvc.perform(post(path).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(events.stream(ReviewReminderDue.class).filter(due -> due.panelId().equals(panel))).isEmpty();
        Someone secretary = Someone.register(accounts, "Remind Secretary Unknown", "SECRETARIAT");
        mvc.perform(post("/secretariat/review/panels/" + UUID.randomUUID() + "/reminders").with(csrf()).with(secretary.signedIn()))
                .andExpect(status().isNotFound());
    }
}
