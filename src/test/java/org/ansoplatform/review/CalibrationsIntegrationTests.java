package org.ansoplatform.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.review.ReviewingTestData.Expert;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.review.panels.PanelQueries;
import org.ansoplatform.review.reviewing.Calibrator;
import org.ansoplatform.review.reviewing.FurtherReviewPlanner;
import org.ansoplatform.review.reviewing.PanelNotebook;
import org.ansoplatform.review.reviewing.ProgressQueries;
import org.ansoplatform.review.reviewing.ReviewDesk;
import org.ansoplatform.review.reviewing.RubricEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Closing a panel: calibration stored and published, disagreement flagged, a further review, the discussion, notes. */
@RecordApplicationEvents
class CalibrationsIntegrationTests extends IntegrationTest {

    @Autowired
    ApplicationEvents events;

    @Autowired
    ReviewDesk reviews;

    @Autowired
    RubricEditor rubrics;

    @Autowired
    Calibrator calibrations;
    @Autowired
    ProgressQueries progressQueries;
    @Autowired
    FurtherReviewPlanner furtherReviews;

    @Autowired
    PanelNotebook notes;

    @Autowired
    ReviewOutcomes outcomes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    ReviewingTestData data;

    @Autowired
    PanelQueries panelQueries;

    UUID panel;
    ReviewScope scope;
    List<UUID> subjects = new ArrayList<>();
    UUID declinedSubject;
    UUID lateSubject;
    List<Expert> experts = new ArrayList<>();
    Expert spare;

    /**
     * Six subjects, four reviewers, three reviews each on a single 1..10 criterion; reviewer 0 is harsh by
     * three points; subject 5 gets 2, 9 and 9 (the reviewers disagree). Two more subjects, TST-C7 and TST-C9,
     * are assigned to reviewers 0, 1 and 2 and not reviewed yet; a spare member has no assignment.
     */
    @BeforeEach
    void reviewedPanel() {
        for (int r = 0; r < 4; r++) {
            experts.add(data.reviewer("Expert " + (char) ('A' + r)));
        }
        spare = data.reviewer("Spare Expert");
        ReviewingTestData.PanelPlan plan = data.panel(Instant.now().plus(Duration.ofDays(5))).member(spare);
        scope = plan.scope();
        for (int s = 0; s < 6; s++) {
            UUID subject = plan.subject("TST-C" + s);
            subjects.add(subject);
            for (int k = 0; k < 3; k++) {
                plan.assign(subject, experts.get((s + k) % 4));
            }
        }
        declinedSubject = plan.subject("TST-C7");
        lateSubject = plan.subject("TST-C9");
        plan.assign(declinedSubject, experts.get(0), experts.get(1), experts.get(2))
                .assign(lateSubject, experts.get(0), experts.get(1), experts.get(2));
        panel = plan.reviewing();
        rubrics.save(panel, new Rubric(1, 10, List.of(new Rubric.Criterion("overall", LocalizedText.of("Overall", "总体"), null, 1, 1, 10,
                false))));
        double[] merit = {8, 7, 6, 5, 4};
        for (int s = 0; s < 6; s++) {
            for (int k = 0; k < 3; k++) {
                Expert expert = experts.get((s + k) % 4);
                UUID review = ReviewingTestData.reviewId(panel, subjects.get(s), expert);
                double score = s == 5 ? (k == 0 ? 2 : 9) : merit[s] - ((s + k) % 4 == 0 ? 3 : 0);
                reviews.submit(review, Map.of("overall", score), Map.of(), expert.person());
            }
        }
    }

    @Test
    void closingCalibratesStoresFlagsAndTellsTheOwner() throws Exception {
        assertThat(outcomes.outcomes(scope)).isEmpty();
        assertThatThrownBy(() -> calibrations.close(panel, false)).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.violations()).extracting(Violation::messageKey).containsExactly("reviewing.close.confirm"));
        var summary = calibrations.close(panel, true);
        assertThat(summary.subjects()).isEqualTo(6);
        assertThat(summary.reviews()).isEqualTo(18);
        assertThat(outcomes.panel(scope).orElseThrow().status()).isEqualTo(ReviewOutcomes.PanelStatus.CLOSED);

        List<ReviewOutcomes.SubjectOutcome> scores = outcomes.outcomes(scope);
        assertThat(scores).hasSize(6);
        ReviewOutcomes.SubjectOutcome disputed = scores.stream().filter(o -> o.subjectId().equals(subjects.get(5))).findFirst().orElseThrow();
        assertThat(disputed.flagged()).isTrue();
        assertThat(disputed.reviews()).isEqualTo(3);
        assertThat(disputed.rawMean()).isEqualTo((2 + 9 + 9) / 3.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(scores.stream().filter(o -> !o.subjectId().equals(subjects.get(5)))).noneMatch(ReviewOutcomes.SubjectOutcome::flagged);
        // the harsh reviewer's bias is negative and the most negative
        List<ProgressQueries.Bias> biases = progressQueries.biases(panel);
        assertThat(biases.get(biases.size() - 1).reviewerId()).isEqualTo(experts.get(0).id());
        assertThat(biases.get(biases.size() - 1).bias()).isNegative();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select count(*) from activitylog.entry where action = 'review.panel.closed' and record_id = ?")
                .param(panel.toString()).query(Integer.class).single() == 1);

        assertThatThrownBy(() -> calibrations.close(panel, true)).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.violations()).extracting(Violation::messageKey).containsExactly("reviewing.close.notReviewing"));
        // reproducible
        calibrations.recalibrate(panel);
        assertThat(outcomes.outcomes(scope)).isEqualTo(scores);
        // nothing changes in a closed panel
        UUID review = ReviewingTestData.reviewId(panel, subjects.get(0), experts.get(0));
        assertThatThrownBy(() -> reviews.decline(review, "Too late now", experts.get(0).person())).isInstanceOf(InvalidInputException.class);

        mvc.perform(get("/secretariat/review/panels/{id}/reviews", panel).with(user("s").roles("SECRETARIAT")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("TST-C5")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"flagged\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Spare Expert")));
    }

    @Test
    void theSpreadShownIsTheOneTheFlagCompares() {
        calibrations.close(panel, true);
        var progress = progressQueries.progress(panel);
        // subject 0 reads 5, 8 and 8: three points apart raw, but 5 is the harsh reviewer's, so calibrated they are closer
        var first = progress.subjects().stream().filter(s -> s.label().equals("TST-C0")).findFirst().orElseThrow();
        assertThat(first.spread()).isLessThan(3);
        assertThat(progress.subjects()).filteredOn(s -> s.calibrated() != null)
                .allSatisfy(s -> assertThat(s.flagged()).as(s.label()).isEqualTo(s.spread() > progress.threshold()));
        assertThat(progress.subjects()).filteredOn(PanelProgress.SubjectProgress::flagged).extracting(PanelProgress.SubjectProgress::label)
                .containsExactly("TST-C5");
    }

    @Test
    void beforeClosingThePageNamesTheReviewsStillMissing() throws Exception {
        // TST-C7 and TST-C9 are owed by experts A, B and C; a declined one is no longer owed
        reviews.decline(ReviewingTestData.reviewId(panel, declinedSubject, experts.get(0)), "Outside my field", experts.get(0).person());
        String page = mvc.perform(get("/secretariat/review/panels/{id}/reviews", panel).with(user("s").roles("SECRETARIAT"))
                .locale(java.util.Locale.ENGLISH)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("5 assigned reviews are not in yet; closing now calibrates without them:", "Expert A: TST-C9",
                "Expert B: TST-C7", "Expert B: TST-C9", "Expert C: TST-C7", "Expert C: TST-C9").doesNotContain("Expert A: TST-C7");
        assertThat(progressQueries.missing(panel)).hasSize(5);
        calibrations.close(panel, true);
        assertThat(mvc.perform(get("/secretariat/review/panels/{id}/reviews", panel).with(user("s").roles("SECRETARIAT")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("are not in yet");
    }

    @Test
    void thePagesCloseOnlyWithConfirmation() throws Exception {
        mvc.perform(post("/secretariat/review/panels/{id}/reviews/close", panel).with(user("s").roles("SECRETARIAT")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(outcomes.panel(scope).orElseThrow().status()).isEqualTo(ReviewOutcomes.PanelStatus.REVIEWING);
        mvc.perform(post("/secretariat/review/panels/{id}/reviews/close", panel).with(user("s").roles("SECRETARIAT")).with(csrf())
                        .param("confirm", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(outcomes.panel(scope).orElseThrow().status()).isEqualTo(ReviewOutcomes.PanelStatus.CLOSED);
        assertThat(outcomes.outcomes(scope)).hasSize(6);
    }

    @Test
    void aFurtherReviewReopensReviewingAndRecalibratingIncludesIt() {
        UUID disputed = subjects.get(5);
        // a member joining while reviewing, conflicted with the disputed subject (nobody joins a closed panel)
        Expert conflicted = data.reviewer("Conflicted Expert");
        data.member(panel, conflicted);
        data.conflict(panel, disputed, conflicted);
        calibrations.close(panel, true);
        assertThat(progressQueries.progress(panel).flagged()).singleElement().satisfies(subject ->
                assertThat(subject.candidates()).extracting(PanelProgress.Candidate::reviewerId).contains(spare.id())
                        .doesNotContain(conflicted.id(), experts.get(1).id()));
        assertThatThrownBy(() -> furtherReviews.requestFurtherReview(panel, disputed, conflicted.id(), null))
                .isInstanceOf(InvalidInputException.class);

        UUID further = furtherReviews.requestFurtherReview(panel, disputed, spare.id(), null);
        assertThat(outcomes.panel(scope).orElseThrow().status()).isEqualTo(ReviewOutcomes.PanelStatus.REVIEWING);
        assertThat(outcomes.outcomes(scope)).isEmpty();
        assertThat(jdbc.sql("""
                select r.kind from review.assignment a join review.assignment_run r on r.id = a.run_id
                where a.panel_id = ? and a.subject_id = ? and a.reviewer_id = ?""").params(panel, disputed, spare.id())
                .query(String.class).single()).isEqualTo("REASSIGN");
        assertThat(events.stream(FurtherReviewRequested.class)).singleElement().satisfies(requested -> {
            assertThat(requested.path()).isEqualTo("/reviewer/reviews/" + further);
            assertThat(requested.reviewerPersonId()).isEqualTo(spare.person().id());
        });

        reviews.submit(further, Map.of("overall", 9.0), Map.of(), spare.person());
        calibrations.close(panel, true);
        assertThat(outcomes.outcomes(scope).stream().filter(o -> o.subjectId().equals(disputed)).findFirst().orElseThrow().reviews())
                .isEqualTo(4);
    }

    @Test
    void aFurtherReviewHasItsOwnDeadlineAndLetsNoOtherLateReviewIn() {
        UUID lateReview = ReviewingTestData.reviewId(panel, lateSubject, experts.get(0));
        reviews.saveDraft(lateReview, Map.of("overall", 5.0), Map.of(), experts.get(0).person());
        Instant panelDeadline = panelDeadline();
        calibrations.close(panel, true);

        Instant own = Instant.now().plus(Duration.ofDays(20)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        UUID further = furtherReviews.requestFurtherReview(panel, subjects.get(5), spare.id(), own);
        assertThat(panelDeadline()).isEqualTo(panelDeadline);
        assertThat(reviews.review(further, spare.person()).deadline()).isEqualTo(own);
        // reopened for the further review only: the other reviewer's draft stays closed
        assertThat(reviews.review(lateReview, experts.get(0).person()).editable()).isFalse();
        assertThatThrownBy(() -> reviews.submit(lateReview, Map.of("overall", 5.0), Map.of(), experts.get(0).person()))
                .isInstanceOf(InvalidInputException.class);

        // past the panel's deadline, and closed again, the further review stays open until its own deadline
        clock.advance(Duration.ofDays(6));
        calibrations.close(panel, true);
        assertThat(reviews.review(further, spare.person()).editable()).isTrue();
        reviews.submit(further, Map.of("overall", 9.0), Map.of(), spare.person());
        assertThatThrownBy(() -> reviews.submit(lateReview, Map.of("overall", 5.0), Map.of(), experts.get(0).person()))
                .isInstanceOf(InvalidInputException.class);
        calibrations.recalibrate(panel);
        assertThat(outcomes.outcomes(scope).stream().filter(o -> o.subjectId().equals(subjects.get(5))).findFirst().orElseThrow()
                .reviews()).isEqualTo(4);
    }

    @Test
    void aDeclinedReviewIsReplacedByAFurtherReviewDuringReviewing() throws Exception {
        UUID subject = declinedSubject;
        Instant panelDeadline = panelDeadline();
        reviews.decline(ReviewingTestData.reviewId(panel, subject, experts.get(0)), "I am travelling all month", experts.get(0).person());
        PanelProgress progress = progressQueries.progress(panel);
        assertThat(progress.shortOfReviewers()).singleElement().satisfies(s -> {
            assertThat(s.subjectId()).isEqualTo(subject);
            assertThat(s.declined()).isEqualTo(1);
            assertThat(s.candidates()).extracting(PanelProgress.Candidate::reviewerId).contains(spare.id(), experts.get(3).id())
                    .doesNotContain(experts.get(0).id(), experts.get(1).id(), experts.get(2).id());
        });
        Someone secretary = Someone.register(accounts, "Secretary Declines", "SECRETARIAT");
        mvc.perform(get("/secretariat/review/panels/{id}/reviews", panel).with(secretary.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-short=\"" + subject + "\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + spare.id() + "\"")));

        java.time.LocalDateTime due = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(7)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        mvc.perform(post("/secretariat/review/panels/{id}/subjects/{s}/further", panel, subject).with(secretary.signedIn()).with(csrf())
                        .param("reviewerId", spare.id().toString()).param("deadline", due.toString()))
                .andExpect(status().is3xxRedirection());
        UUID further = ReviewingTestData.reviewId(panel, subject, spare);
        assertThat(reviews.review(further, spare.person()).deadline()).isEqualTo(due.atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        assertThat(panelDeadline()).isEqualTo(panelDeadline);
        assertThat(progressQueries.progress(panel).shortOfReviewers()).isEmpty();
        reviews.submit(further, Map.of("overall", 6.0), Map.of(), spare.person());
    }

    @Test
    void reviewersReadTheNotesWithoutNames() throws Exception {
        calibrations.close(panel, true);
        Someone secretary = Someone.register(accounts, "Secretary Anonymous", "SECRETARIAT");
        UUID disputed = subjects.get(5);
        notes.add(panel, disputed, "Please look at the host letter", PanelNotebook.Kind.NOTE, secretary);
        // subject 5 was reviewed by experts B, C and D, in that order
        Expert first = experts.get(1);
        Expert second = experts.get(2);
        notes.addByReviewer(ReviewingTestData.reviewId(panel, disputed, second), "I was generous on the proposal", second.person());
        UUID review = ReviewingTestData.reviewId(panel, disputed, first);
        assertThat(notes.forReviewer(review, first.person()))
                .extracting(PanelNotebook.NoteView::authorName, PanelNotebook.NoteView::reviewerNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, null), org.assertj.core.groups.Tuple.tuple(null, 2));
        mvc.perform(get("/reviewer/reviews/{id}", review).with(first.person().signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("I was generous on the proposal")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Expert C"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Secretary Anonymous"))));
        // the Secretariat reads the names
        assertThat(notes.list(panel, disputed)).extracting(PanelNotebook.NoteView::authorName)
                .containsExactly("Secretary Anonymous", "Expert C");
    }

    private Instant panelDeadline() {
        return panelQueries.get(panel).reviewDeadline();
    }

    @Test
    void theDiscussionAndNotesAreRecordedWithAuthorAndTime() throws Exception {
        calibrations.close(panel, true);
        Someone secretary = Someone.register(accounts, "Secretary Notes", "SECRETARIAT");
        UUID disputed = subjects.get(5);
        furtherReviews.recordDiscussion(panel, disputed, "The panel agreed the proposal is strong but risky.", secretary);
        assertThat(progressQueries.progress(panel).flagged()).singleElement().satisfies(s -> assertThat(s.discussed()).isTrue());
        mvc.perform(post("/secretariat/review/panels/{id}/subjects/{s}/notes", panel, disputed).with(secretary.signedIn()).with(csrf())
                        .param("text", "Check the host's capacity"))
                .andExpect(status().is3xxRedirection());
        assertThat(notes.list(panel, disputed)).extracting(PanelNotebook.NoteView::kind, PanelNotebook.NoteView::authorName, PanelNotebook.NoteView::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PanelNotebook.Kind.DISCUSSION, "Secretary Notes", "The panel agreed the proposal is strong but risky."),
                        org.assertj.core.groups.Tuple.tuple(PanelNotebook.Kind.NOTE, "Secretary Notes", "Check the host's capacity"));
        mvc.perform(get("/secretariat/review/panels/{id}/subjects/{s}/notes", panel, disputed).with(secretary.signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Check the host&#39;s capacity")));

        // a panel member who submitted a review of the subject reads the notes and adds one
        Expert member = experts.get(1);
        UUID review = ReviewingTestData.reviewId(panel, disputed, member);
        assertThat(notes.forReviewer(review, member.person())).hasSize(2);
        notes.addByReviewer(review, "I agree with the discussion", member.person());
        mvc.perform(get("/reviewer/reviews/{id}", review).with(member.person().signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("I agree with the discussion")));
        assertThat(notes.list(panel, disputed)).hasSize(3);
        // the spare member is not assigned to it: no notes
        assertThatThrownBy(() -> notes.forReviewer(ReviewingTestData.reviewId(panel, disputed, spare), spare.person()))
                .isInstanceOf(NotFoundException.class);
    }
}
