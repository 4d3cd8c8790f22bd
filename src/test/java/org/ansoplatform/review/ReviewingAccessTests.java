package org.ansoplatform.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.review.ReviewingTestData.Expert;
import org.ansoplatform.review.panels.PanelSetup;
import org.ansoplatform.review.reviewing.ReviewDesk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every reviewing page and endpoint of one review, requested by someone who may not: anonymous, without
 * the reviewer role, another reviewer, a reviewer not assigned, and a reviewer conflicted with the subject
 * (404 everywhere, each refusal recorded in the activity log).
 */
class ReviewingAccessTests extends IntegrationTest {

    @Autowired
    ReviewDesk reviews;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    ReviewingTestData data;

    @Autowired
    PanelSetup panels;

    UUID panel;
    UUID subject;
    UUID otherSubject;
    Expert owner;
    Expert conflicted;
    Expert other;
    UUID review;
    UUID conflictedReview;

    @BeforeEach
    void panel() {
        owner = data.reviewer("Owner Expert");
        conflicted = data.reviewer("Conflicted Expert");
        other = data.reviewer("Other Expert");
        ReviewingTestData.PanelPlan plan = data.panel(Instant.now().plus(Duration.ofDays(9)));
        subject = plan.subject("TST-A1", "Lin Student");
        otherSubject = plan.subject("TST-A2");
        panel = plan.assign(subject, owner, conflicted).assign(otherSubject, conflicted, other).reviewing();
        review = ReviewingTestData.reviewId(panel, subject, owner);
        reviews.saveDraft(review, Map.of("fit", 5.0), Map.of(), owner.person());
        // assigned and drafting before declaring a relation with the subject's applicant, which makes the pair conflicted
        conflictedReview = ReviewingTestData.reviewId(panel, subject, conflicted);
        reviews.saveDraft(conflictedReview, Map.of("fit", 7.0), Map.of(), conflicted.person());
        data.relation(conflicted, "Lin Student");
    }

    /** Every page and endpoint that concerns one review, with the review's id. */
    static List<Function<UUID, MockHttpServletRequestBuilder>> endpoints() {
        UUID file = UUID.randomUUID();
        return List.of(
                id -> get("/reviewer/reviews/{id}", id),
                id -> post("/reviewer/reviews/{id}/draft", id).param("score.fit", "1"),
                id -> post("/reviewer/reviews/{id}/draft", id).param("score.fit", "1").header("HX-Request", "true"),
                id -> post("/reviewer/reviews/{id}/submit", id).param("score.fit", "1"),
                id -> post("/reviewer/reviews/{id}/decline", id).param("reason", "I would rather not"),
                id -> get("/reviewer/reviews/{id}/documents/{file}", id, file),
                id -> post("/reviewer/reviews/{id}/notes", id).param("text", "A note"),
                id -> get("/api/v1/reviews/{id}", id),
                id -> put("/api/v1/reviews/{id}", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scores\": {\"fit\": 1}, \"submit\": false}"));
    }

    private List<Integer> statuses(UUID id, org.springframework.test.web.servlet.request.RequestPostProcessor who) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (var endpoint : endpoints()) {
            MockHttpServletRequestBuilder request = endpoint.apply(id).with(csrf());
            if (who != null) {
                request = request.with(who);
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            statuses.add(response.getStatus() == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login") ? 401 : response.getStatus());
        }
        return statuses;
    }

    private void unchanged() {
        assertThat(reviews.review(review, owner.person()).scores()).isEqualTo(Map.of("fit", 5.0));
        assertThat(jdbc.sql("select scores::text from review.review where id = ?").param(conflictedReview).query(String.class).single())
                .contains("7");
        assertThat(jdbc.sql("select count(*) from review.panel_note where subject_id = ?").param(subject).query(Integer.class).single()).isZero();
    }

    @Test
    void anonymousRequestsAreSentToSignIn() throws Exception {
        assertThat(statuses(review, null)).containsOnly(401);
        unchanged();
    }

    @Test
    void peopleWithoutTheReviewerRoleAreRefused() throws Exception {
        Someone applicant = Someone.register(accounts, "Curious Applicant", "APPLICANT");
        assertThat(statuses(review, applicant.signedIn())).containsOnly(403);
        assertThat(statuses(review, user("everyone").roles("APPLICANT", "SECRETARIAT", "ADMIN", "BOARD_MEMBER"))).containsOnly(403);
        unchanged();
    }

    @Test
    void anotherReviewerGetsNotFound() throws Exception {
        assertThat(statuses(review, other.person().signedIn())).containsOnly(404);
        // a reviewer's own id for a subject they are not assigned to
        assertThat(statuses(ReviewingTestData.reviewId(panel, subject, other), other.person().signedIn())).containsOnly(404);
        assertThat(data.refusals(subject, other.person())).isZero();
        unchanged();
    }

    @Test
    void aConflictedReviewerGetsNotFoundEverywhereAndEveryAttemptIsRecorded() throws Exception {
        int endpoints = endpoints().size();
        assertThat(statuses(conflictedReview, conflicted.person().signedIn())).containsOnly(404);
        // also through another reviewer's review of that subject
        assertThat(statuses(review, conflicted.person().signedIn())).containsOnly(404);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> data.refusals(subject, conflicted.person()) == 2 * endpoints);
        unchanged();
        // their other subject is still theirs, and the conflicted one is not listed
        assertThat(reviews.mine(conflicted.person())).extracting(ReviewView::subjectId).containsExactly(otherSubject);
        assertThat(mvc.perform(get("/api/v1/reviews").with(conflicted.person().signedIn())).andReturn().getResponse()
                .getContentAsString()).doesNotContain(subject.toString()).contains(otherSubject.toString());
        assertThat(mvc.perform(get("/reviewer/reviews").with(conflicted.person().signedIn())).andReturn().getResponse()
                .getContentAsString()).doesNotContain("TST-A1").contains("TST-A2");
        // and the files module's download asks reviewing, which does not grant
        assertThat(mvc.perform(get("/files/{id}", UUID.randomUUID()).with(conflicted.person().signedIn())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void nothingIsReachableBeforeReviewingStarts() throws Exception {
        Expert early = data.reviewer("Early Expert");
        ReviewingTestData.PanelPlan plan = data.panel(Instant.now().plus(Duration.ofDays(9)));
        UUID setupSubject = plan.subject("TST-A3");
        UUID setupPanel = plan.assign(setupSubject, early).assigned();
        UUID earlyReview = ReviewingTestData.reviewId(setupPanel, setupSubject, early);
        assertThat(statuses(earlyReview, early.person().signedIn())).containsOnly(404);
        assertThat(reviews.mine(early.person())).isEmpty();
        panels.openReviewing(setupPanel);
        assertThat(mvc.perform(get("/reviewer/reviews/{id}", earlyReview).with(early.person().signedIn())).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
    }

    @Test
    void theSecretariatsPagesAreTheSecretariatsAndUnknownPanelsAreNotFound() throws Exception {
        for (String path : List.of("/secretariat/review/panels/{id}/reviews", "/secretariat/review/panels/{id}/rubric")) {
            assertThat(mvc.perform(get(path, panel).with(owner.person().signedIn())).andReturn().getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(get(path, UUID.randomUUID()).with(user("s").roles("SECRETARIAT"))).andReturn().getResponse()
                    .getStatus()).isEqualTo(404);
            assertThat(mvc.perform(get(path, panel).with(user("s").roles("SECRETARIAT"))).andReturn().getResponse()
                    .getStatus()).isEqualTo(200);
        }
        assertThat(mvc.perform(get("/secretariat/review/panels/{id}/subjects/{s}/notes", panel, UUID.randomUUID())
                .with(user("s").roles("SECRETARIAT"))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
