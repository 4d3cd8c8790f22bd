package org.ansoplatform.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.review.ReviewingTestData.Expert;
import org.ansoplatform.review.reviewing.Calibrator;
import org.ansoplatform.review.reviewing.ReviewDesk;
import org.ansoplatform.review.reviewing.ReviewFileAccess;
import org.ansoplatform.review.reviewing.RubricEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Reviewing a subject: the rubric form saved as typed, submission, required comments, deadline, declining, others' reviews. */
class ReviewsIntegrationTests extends IntegrationTest {

    static final Map<String, Double> FULL = Map.of("excellence", 8.0, "proposal", 7.0, "potential", 6.0, "fit", 9.0);
    static final Map<String, String> COMMENTS = Map.of("excellence", "Strong record", "proposal", "Clear plan");

    @Autowired
    ReviewDesk reviews;

    @Autowired
    ReviewFileAccess fileAccess;

    @Autowired
    RubricEditor rubrics;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ReviewingTestData data;

    @Autowired
    Calibrator calibrator;

    ReviewScope scope;
    UUID panel;
    UUID subject;
    Expert amina;
    Expert bo;
    UUID aminasReview;
    UUID bosReview;

    @BeforeEach
    void panel() {
        amina = data.reviewer("Amina Reviewer");
        bo = data.reviewer("Bo Reviewer");
        ReviewingTestData.PanelPlan plan = data.panel(Instant.now().plus(Duration.ofDays(10)));
        scope = plan.scope();
        subject = plan.subject("TST-000001");
        panel = plan.assign(subject, amina, bo).reviewing();
        aminasReview = ReviewingTestData.reviewId(panel, subject, amina);
        bosReview = ReviewingTestData.reviewId(panel, subject, bo);
    }

    @Test
    void theFormIsSavedAsTypedAndSubmittedWithTheWeightedTotal() throws Exception {
        assertThat(reviews.mine(amina.person())).extracting(ReviewView::id, ReviewView::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(aminasReview, ReviewStatus.NOT_STARTED));
        // htmx autosave of a partial form
        mvc.perform(post("/reviewer/reviews/{id}/draft", aminasReview).with(amina.person().signedIn()).with(csrf())
                        .header("HX-Request", "true").param("score.excellence", "8").param("score.proposal", "")
                        .param("comment.excellence", "Strong record"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("save-status")));
        ReviewView draft = reviews.review(aminasReview, amina.person());
        assertThat(draft.status()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(draft.scores()).containsExactly(Map.entry("excellence", 8.0));
        assertThat(draft.comments()).containsEntry("excellence", "Strong record");
        // the page shows what was saved
        mvc.perform(get("/reviewer/reviews/{id}", aminasReview).with(amina.person().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Strong record")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("reviewing-review")));

        ReviewView submitted = reviews.submit(aminasReview, FULL, COMMENTS, amina.person());
        assertThat(submitted.status()).isEqualTo(ReviewStatus.SUBMITTED);
        // default rubric: weights 0.35, 0.30, 0.20, 0.15 on 1..10
        assertThat(submitted.total()).isCloseTo(0.35 * 8 + 0.30 * 7 + 0.20 * 6 + 0.15 * 9, org.assertj.core.api.Assertions.within(1e-9));
        assertThatThrownBy(() -> reviews.saveDraft(aminasReview, Map.of("excellence", 1.0), Map.of(), amina.person()))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations())
                        .extracting(Violation::messageKey).containsExactly("reviewing.review.alreadySubmitted"));
        assertThat(reviews.review(aminasReview, amina.person()).scores()).isEqualTo(FULL);
    }

    @Test
    void submissionReportsEveryMissingScoreAndRequiredCommentTogetherAndChangesNothing() throws Exception {
        reviews.saveDraft(aminasReview, Map.of("fit", 5.0), Map.of(), amina.person());
        assertThatThrownBy(() -> reviews.submit(aminasReview, Map.of("excellence", 12.0, "fit", 5.0), Map.of("proposal", " "), amina.person()))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations())
                        .extracting(Violation::field, Violation::messageKey).containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("score.excellence", "reviewing.review.outOfScale"),
                                org.assertj.core.groups.Tuple.tuple("score.proposal", "reviewing.review.scoreMissing"),
                                org.assertj.core.groups.Tuple.tuple("score.potential", "reviewing.review.scoreMissing"),
                                org.assertj.core.groups.Tuple.tuple("comment.excellence", "reviewing.review.commentMissing"),
                                org.assertj.core.groups.Tuple.tuple("comment.proposal", "reviewing.review.commentMissing")));
        ReviewView unchanged = reviews.review(aminasReview, amina.person());
        assertThat(unchanged.status()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(unchanged.scores()).containsExactly(Map.entry("fit", 5.0));
        // the page shows the problems next to the fields
        mvc.perform(post("/reviewer/reviews/{id}/submit", aminasReview).with(amina.person().signedIn()).with(csrf())
                        .param("score.excellence", "abc"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("This score needs a comment.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"score.excellence-error\">Give a number from 1 to 10.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"abc\"")));
        // the autosave's refusal: 422 with the status line only
        mvc.perform(post("/reviewer/reviews/{id}/draft", aminasReview).with(amina.person().signedIn()).with(csrf())
                        .header("HX-Request", "true").param("score.excellence", "99"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("save-status")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));
    }

    @Test
    void afterTheDeadlineNothingChanges() {
        reviews.saveDraft(aminasReview, Map.of("fit", 5.0), Map.of(), amina.person());
        clock.advance(Duration.ofDays(11));
        for (Runnable attempt : List.<Runnable>of(
                () -> reviews.saveDraft(aminasReview, Map.of("fit", 6.0), Map.of(), amina.person()),
                () -> reviews.submit(aminasReview, FULL, COMMENTS, amina.person()),
                () -> reviews.decline(aminasReview, "I am travelling", amina.person()))) {
            assertThatThrownBy(attempt::run).isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations())
                    .extracting(Violation::messageKey).containsExactly("reviewing.review.deadlinePassed"));
        }
        ReviewView review = reviews.review(aminasReview, amina.person());
        assertThat(review.status()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(review.scores()).containsExactly(Map.entry("fit", 5.0));
        assertThat(review.editable()).isFalse();
    }

    @Test
    void aClosedPanelRefusesChanges() {
        calibrator.close(panel, true);
        assertThatThrownBy(() -> reviews.saveDraft(aminasReview, Map.of("fit", 6.0), Map.of(), amina.person()))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations())
                        .extracting(Violation::messageKey).containsExactly("reviewing.review.notReviewing"));
    }

    @Autowired
    TransactionTemplate transactions;

    /** A service call made in another thread's transaction, which stays open (holding its locks) until committed. */
    final class Held implements AutoCloseable {

        private final CountDownLatch called = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);
        private final ExecutorService thread = Executors.newSingleThreadExecutor();
        private final Future<?> transaction;

        Held(Runnable call) throws Exception {
            transaction = thread.submit(() -> transactions.executeWithoutResult(status -> {
                call.run();
                called.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }));
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> called.getCount() == 0 || transaction.isDone());
            if (transaction.isDone()) {
                transaction.get(); // the call failed: its exception
            }
        }

        void commit() throws Exception {
            release.countDown();
            transaction.get(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            release.countDown();
            thread.shutdown();
        }
    }

    /** Waits until the task ends or a statement of it waits for a lock on the panel's row; true when it waits. */
    boolean waitsForThePanel(java.util.concurrent.Future<?> task) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> task.isDone() || jdbc.sql("""
                select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query ilike '%from review.panel%'""")
                .query(Integer.class).single() > 0);
        return !task.isDone();
    }

    @Test
    void reviewersSaveSideBySideUnderASharedLockOnThePanel() throws Exception {
        var pool = Executors.newSingleThreadExecutor();
        // another reviewer's save in progress
        try (Held other = new Held(() -> reviews.saveDraft(bosReview, Map.of("fit", 3.0), Map.of(), bo.person()))) {
            var save = pool.submit(() -> reviews.saveDraft(aminasReview, Map.of("excellence", 8.0), Map.of(), amina.person()));
            boolean waited = waitsForThePanel(save);
            other.commit();
            assertThat(waited).as("a review save waits for another reviewer's save").isFalse();
            assertThat(save.get().scores()).containsEntry("excellence", 8.0);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void submittingChecksTheRubricReadUnderTheLock() throws Exception {
        var pool = Executors.newSingleThreadExecutor();
        Rubric changed = new Rubric(1, 10, List.of(new Rubric.Criterion("overall",
                org.ansoplatform.shared.LocalizedText.of("Overall", "总体"), null, 1, 1, 10, false)));
        // a rubric save in progress
        try (Held other = new Held(() -> rubrics.save(panel, changed))) {
            var submit = pool.submit(() -> reviews.submit(aminasReview, FULL, COMMENTS, amina.person()));
            assertThat(waitsForThePanel(submit)).isTrue();
            other.commit();
            assertThatThrownBy(submit::get).hasCauseInstanceOf(InvalidInputException.class);
            assertThat(reviews.review(aminasReview, amina.person()).status()).isNotEqualTo(ReviewStatus.SUBMITTED);
        } finally {
            pool.shutdownNow();
        }
    }

    @Autowired
    TestSubjects testSubjects;

    @Test
    void aDownloadIsCheckedAgainstTheSubjectsHoldingTheFileOnly() {
        List<SubjectSource.SubjectFacts> facts = List.of(TestSubjects.subject("TST-F1", "KE", "Uni A", null, List.of()),
                TestSubjects.subject("TST-F2", "KE", "Uni B", null, List.of()), TestSubjects.subject("TST-F3", "GH", "Uni C", null, List.of()));
        ReviewingTestData.PanelPlan plan = data.panel(Instant.now().plus(Duration.ofDays(5)));
        UUID scope = plan.scope().id();
        for (SubjectSource.SubjectFacts subject : facts) {
            plan.assign(plan.subject(subject), amina);
        }
        plan.reviewing();
        UUID file = UUID.randomUUID();
        testSubjects.document(facts.get(2).subject().id(), "cv", file);

        assertThat(fileAccess.mayReadFile(amina.person().id(), file)).isTrue();
        assertThat(testSubjects.reads(scope)).as("only the subject holding the file is read").isEqualTo(1);
        assertThat(fileAccess.mayReadFile(amina.person().id(), UUID.randomUUID())).isFalse();
        assertThat(fileAccess.mayReadFile(bo.person().id(), file)).isFalse();
        assertThat(testSubjects.reads(scope)).isEqualTo(1);
    }

    @Test
    void aReviewerDeclinesWithAReason() throws Exception {
        assertThatThrownBy(() -> reviews.decline(aminasReview, "no", amina.person())).isInstanceOf(InvalidInputException.class);
        mvc.perform(post("/reviewer/reviews/{id}/decline", aminasReview).with(amina.person().signedIn()).with(csrf())
                        .param("reason", "Outside my field of expertise"))
                .andExpect(status().is3xxRedirection());
        ReviewView declined = reviews.review(aminasReview, amina.person());
        assertThat(declined.status()).isEqualTo(ReviewStatus.DECLINED);
        assertThat(declined.declineReason()).isEqualTo("Outside my field of expertise");
        assertThatThrownBy(() -> reviews.submit(aminasReview, FULL, COMMENTS, amina.person()))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations())
                        .extracting(Violation::messageKey).containsExactly("reviewing.review.alreadyDeclined"));
        // the activity log records after commit, asynchronously
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from activitylog.entry where action = 'review.declined' and record_id = ?")
                .param(aminasReview.toString()).query(Integer.class).single()).isEqualTo(1));
    }

    @Test
    void othersReviewsAreHiddenUntilOneSubmitsOnesOwnAndThenAnonymous() throws Exception {
        reviews.submit(bosReview, Map.of("excellence", 3.0, "proposal", 3.0, "potential", 3.0, "fit", 3.0),
                Map.of("excellence", "Thin record by Bo", "proposal", "Vague"), bo.person());
        assertThat(reviews.page(aminasReview, amina.person(), Locale.ENGLISH).others()).isEmpty();
        mvc.perform(get("/reviewer/reviews/{id}", aminasReview).with(amina.person().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Thin record by Bo"))));

        reviews.submit(aminasReview, FULL, COMMENTS, amina.person());
        ReviewPage page = reviews.page(aminasReview, amina.person(), Locale.ENGLISH);
        assertThat(page.others()).singleElement().satisfies(other -> {
            assertThat(other.number()).isEqualTo(1);
            assertThat(other.comments()).containsEntry("excellence", "Thin record by Bo");
            assertThat(other.total()).isEqualTo(3.0);
        });
        mvc.perform(get("/reviewer/reviews/{id}", aminasReview).with(amina.person().signedIn()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Thin record by Bo")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Bo Reviewer"))));
    }

    @Test
    void theContentIsShownAsMissingWhenNoSourceDescribesTheSubject() throws Exception {
        // the scope's owner no longer describes the subject the panel loaded
        testSubjects.replace(scope.id(), List.of());
        assertThat(reviews.page(aminasReview, amina.person(), Locale.ENGLISH).content()).isEmpty();
        mvc.perform(get("/reviewer/reviews/{id}", aminasReview).with(amina.person().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("content-missing")));
        mvc.perform(get("/reviewer/reviews/{id}/documents/{file}", aminasReview, UUID.randomUUID()).with(amina.person().signedIn()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiListsSavesAndSubmitsOnesOwnReviews() throws Exception {
        mvc.perform(get("/api/v1/reviews").param("mine", "").with(amina.person().signedIn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(aminasReview.toString()))
                .andExpect(jsonPath("$[0].status").value("NOT_STARTED"))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(put("/api/v1/reviews/{id}", aminasReview).with(amina.person().signedIn()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"scores\": {\"fit\": 4}, \"submit\": false}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.scores.fit").value(4.0));
        mvc.perform(put("/api/v1/reviews/{id}", aminasReview).with(amina.person().signedIn()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"scores\": {\"fit\": 40}, \"submit\": true}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(put("/api/v1/reviews/{id}", aminasReview).with(amina.person().signedIn()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"scores": {"excellence": 8, "proposal": 7, "potential": 6, "fit": 9},
                                 "comments": {"excellence": "Strong", "proposal": "Clear"}, "submit": true}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        // someone else's review
        mvc.perform(put("/api/v1/reviews/{id}", bosReview).with(amina.person().signedIn()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"scores\": {}, \"submit\": false}"))
                .andExpect(status().isNotFound());
        assertThat(reviews.review(bosReview, bo.person()).status()).isEqualTo(ReviewStatus.NOT_STARTED);
    }

    @Test
    void theRubricIsValidatedAndLocksOnceAReviewIsSubmitted() throws Exception {
        assertThat(rubrics.rubric(panel).usesDefault()).isTrue();
        var secretariat = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("s").roles("SECRETARIAT");
        mvc.perform(post("/secretariat/review/panels/{id}/rubric", panel).with(secretariat).with(csrf())
                        .param("scaleMin", "1").param("scaleMax", "5")
                        .param("criteria[0].key", "quality").param("criteria[0].name[en]", "Quality").param("criteria[0].weight", "0")
                        .param("criteria[0].min", "1").param("criteria[0].max", "5")
                        .param("criteria[1].key", "").param("criteria[1].name[en]", "")
                        .param("criteria[2].key", "quality").param("criteria[2].name[en]", "Again").param("criteria[2].weight", "1")
                        .param("criteria[2].min", "1").param("criteria[2].max", "5"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The weight must be a number above 0.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The key quality is used twice.")));
        assertThat(rubrics.rubric(panel).usesDefault()).isTrue();
        mvc.perform(post("/secretariat/review/panels/{id}/rubric", panel).with(secretariat).with(csrf())
                        .param("scaleMin", "1").param("scaleMax", "5")
                        .param("criteria[0].key", "quality").param("criteria[0].name[en]", "Quality").param("criteria[0].name[zh]", "质量")
                        .param("criteria[0].weight", "2").param("criteria[0].min", "1").param("criteria[0].max", "5")
                        .param("criteria[0].commentRequired", "true"))
                .andExpect(status().is3xxRedirection());
        Rubric saved = rubrics.rubric(panel).rubric();
        assertThat(saved.criteria()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo("quality");
            assertThat(c.name().get("zh")).isEqualTo("质量");
            assertThat(c.commentRequired()).isTrue();
        });
        mvc.perform(get("/secretariat/review/panels/{id}/rubric", panel).with(secretariat))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"quality\"")));
        reviews.submit(aminasReview, Map.of("quality", 4.0), Map.of("quality", "Good"), amina.person());
        assertThat(reviews.review(aminasReview, amina.person()).total()).isEqualTo(4.0);
        assertThatThrownBy(() -> rubrics.save(panel, rubrics.defaultRubric()))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations())
                        .extracting(Violation::messageKey).containsExactly("reviewing.rubric.locked"));
        assertThat(rubrics.rubric(panel).editable()).isFalse();
    }
}
