package org.ansoplatform.review;

import static org.ansoplatform.review.RefusedPages.errorOf;
import static org.ansoplatform.review.RefusedPages.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.review.SubjectSource.SubjectFacts;
import org.ansoplatform.review.panels.AssignmentRunner;
import org.ansoplatform.review.panels.PairingEditor;
import org.ansoplatform.review.panels.PairingKind;
import org.ansoplatform.review.panels.PanelSetup;
import org.ansoplatform.review.panels.ReviewerPool;
import org.ansoplatform.review.panels.ReviewerPool.ReviewerCommand;
import org.ansoplatform.review.reviewing.Calibrator;
import org.ansoplatform.review.reviewing.PanelNotebook;
import org.ansoplatform.review.reviewing.ProgressQueries;
import org.ansoplatform.review.reviewing.ReviewDesk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The progress page's inline forms, one per flagged subject: a further review and the panel's discussion. A refusal
 * (Bean Validation, a value of the wrong kind, the planner's) answers 422 with the page again, the message next to
 * the field in the row of the subject posted and at the top, the values as typed, and nothing changed.
 */
class ProgressRowFormsIntegrationTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired ReviewerPool reviewers;
    @Autowired PanelSetup panels;
    @Autowired PairingEditor pairings;
    @Autowired AssignmentRunner assignments;
    @Autowired ReviewDesk reviews;
    @Autowired Calibrator calibrator;
    @Autowired ProgressQueries progress;
    @Autowired PanelNotebook notes;
    @Autowired TestSubjects subjects;

    UUID panel;
    UUID first;
    UUID second;
    UUID spare;
    UUID assigned;
    Someone secretary;

    /**
     * Two subjects, each reviewed by the same two members who disagree in opposite ways (so calibration cannot
     * explain it away): both flagged once the panel is closed; the third member is free for a further review.
     */
    @BeforeEach
    void closedPanelWithTwoFlaggedSubjects() {
        List<SubjectFacts> facts = List.of(subject("PRG-1"), subject("PRG-2"));
        panel = panels.open(TestSubjects.TYPE, subjects.scope(facts));
        panels.configure(panel, new PanelSetup.Settings(2, 0, 10, 0.001, false, false, List.of(), List.of(),
                LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(10).withNano(0), "Asia/Shanghai"));
        panels.loadSubjects(panel);
        Someone harsh = reviewer("Progress Harsh", "FR");
        Someone kind = reviewer("Progress Kind", "DE");
        Someone free = reviewer("Progress Free", "BR");
        List<UUID> members = List.of(reviewerId(harsh), reviewerId(kind), reviewerId(free));
        panels.invite(panel, members);
        for (Someone member : List.of(harsh, kind, free)) {
            panels.answer(member.id(), panel, true);
        }
        first = facts.get(0).subject().id();
        second = facts.get(1).subject().id();
        for (UUID subject : List.of(first, second)) {
            pairings.setPairing(panel, subject, members.get(0), PairingKind.PIN);
            pairings.setPairing(panel, subject, members.get(1), PairingKind.PIN);
        }
        assertThat(assignments.run(panel).feasible()).isTrue();
        panels.openReviewing(panel);
        for (ReviewView review : reviews.mine(harsh)) {
            submit(review, review.subjectLabel().equals("PRG-1") ? 2 : 9, harsh);
        }
        for (ReviewView review : reviews.mine(kind)) {
            submit(review, review.subjectLabel().equals("PRG-1") ? 9 : 2, kind);
        }
        calibrator.close(panel, true);
        assertThat(progress.progress(panel).flagged()).hasSize(2);
        spare = members.get(2);
        assigned = members.get(0);
        secretary = Someone.register(accounts, "Progress Secretary", "SECRETARIAT");
    }

    @Test
    void aDeadlineThatIsNoDateIsRefusedInItsSubjectsRowWithTheChoiceKept() throws Exception {
        MockHttpServletResponse refused = further(second, spare.toString(), "next Friday");
        assertThat(refused.getStatus()).isEqualTo(422);
        String html = refused.getContentAsString(StandardCharsets.UTF_8);
        String row = flaggedRow(html, second);
        assertThat(errorOf(row, "deadline")).isEqualTo("Enter a date and time.");
        assertThat(row).contains("value=\"next Friday\"").containsPattern("value=\"" + spare + "\"\\s+selected=\"selected\"");
        assertThat(flaggedRow(html, first)).doesNotContain("field-error", "next Friday");
        assertThat(top(html)).contains("PRG-2", "Enter a date and time.");
        assertNothingChanged();
    }

    @Test
    void aReviewerWhoIsNoCandidateOrADeadlinePastAreRefusedByThePlannerOnTheirFields() throws Exception {
        MockHttpServletResponse notACandidate = further(first, assigned.toString(), "");
        assertThat(notACandidate.getStatus()).isEqualTo(422);
        String row = flaggedRow(notACandidate.getContentAsString(StandardCharsets.UTF_8), first);
        assertThat(errorOf(row, "reviewerId"))
                .isEqualTo("Choose a panel member who accepted, has no conflict with this subject and is not assigned to it yet.");

        String yesterday = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusDays(1).withSecond(0).withNano(0).toString();
        MockHttpServletResponse past = further(first, spare.toString(), yesterday);
        assertThat(past.getStatus()).isEqualTo(422);
        String html = past.getContentAsString(StandardCharsets.UTF_8);
        assertThat(errorOf(flaggedRow(html, first), "deadline")).isEqualTo("The deadline has passed: give a new deadline in the future.");
        assertThat(flaggedRow(html, second)).doesNotContain("field-error");

        MockHttpServletResponse nobody = mvc.perform(post("/secretariat/review/panels/{id}/subjects/{s}/further", panel, first)
                .with(secretary.signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(nobody.getStatus()).isEqualTo(422);
        assertThat(errorOf(flaggedRow(nobody.getContentAsString(StandardCharsets.UTF_8), first), "reviewerId"))
                .startsWith("Choose a panel member who accepted");
        assertNothingChanged();
    }

    @Test
    void anEmptyDiscussionIsRefusedInItsSubjectsRowAndNothingIsRecorded() throws Exception {
        MockHttpServletResponse refused = mvc.perform(post("/secretariat/review/panels/{id}/subjects/{s}/discussion", panel, first)
                .param("text", "   ").with(secretary.signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        String html = refused.getContentAsString(StandardCharsets.UTF_8);
        assertThat(errorOf(flaggedRow(html, first), "text")).isEqualTo("A note needs some text, at most 10,000 characters.");
        assertThat(flaggedRow(html, second)).doesNotContain("field-error");
        assertThat(top(html)).contains("PRG-1", "A note needs some text");
        assertThat(notes.list(panel, first)).isEmpty();
        assertThat(progress.progress(panel).flagged()).noneMatch(PanelProgress.SubjectProgress::discussed);

        String tooLong = "x".repeat(PanelNotebook.MAX_LENGTH + 1);
        MockHttpServletResponse long_ = mvc.perform(post("/secretariat/review/panels/{id}/subjects/{s}/discussion", panel, second)
                .param("text", tooLong).with(secretary.signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(long_.getStatus()).isEqualTo(422);
        String row = flaggedRow(long_.getContentAsString(StandardCharsets.UTF_8), second);
        assertThat(errorOf(row, "text")).isEqualTo("Use at most 10000 characters.");
        assertThat(row).contains(tooLong);
        assertThat(notes.list(panel, second)).isEmpty();
    }

    private void assertNothingChanged() {
        PanelProgress now = progress.progress(panel);
        assertThat(now.status()).isEqualTo(ReviewOutcomes.PanelStatus.CLOSED);
        assertThat(now.subjects()).allSatisfy(s -> assertThat(s.assigned()).isEqualTo(2));
    }

    private MockHttpServletResponse further(UUID subject, String reviewerId, String deadline) throws Exception {
        MockHttpServletRequestBuilder request = post("/secretariat/review/panels/{id}/subjects/{s}/further", panel, subject)
                .param("reviewerId", reviewerId).param("deadline", deadline);
        return mvc.perform(request.with(secretary.signedIn()).with(csrf())).andReturn().getResponse();
    }

    /** The flagged subject's article on the progress page. */
    private static String flaggedRow(String html, UUID subject) {
        return segment(html, "<article class=\"flagged-subject\" data-subject=\"" + subject + "\"", "</article>");
    }

    /** The messages at the top of the page. */
    private static String top(String html) {
        return segment(html, "class=\"refused-row\"", "<table");
    }

    private void submit(ReviewView review, double score, Someone reviewer) {
        Map<String, Double> scores = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        for (String criterion : List.of("excellence", "proposal", "potential", "fit")) {
            scores.put(criterion, score);
            comments.put(criterion, "Scored " + score + ".");
        }
        reviews.submit(review.id(), scores, comments, reviewer);
    }

    private static SubjectFacts subject(String label) {
        return TestSubjects.subject(label, "CN", label + " University", null, List.of("1.1"), "Person " + label);
    }

    private Someone reviewer(String name, String country) {
        Someone person = Someone.register(accounts, name, "REVIEWER");
        reviewers.add(new ReviewerCommand(person.email(), name, name + " Institute", country, List.of("en"), List.of("1.1"), 10));
        return person;
    }

    private UUID reviewerId(Someone person) {
        return reviewers.ofPerson(person.id()).orElseThrow().id();
    }
}
