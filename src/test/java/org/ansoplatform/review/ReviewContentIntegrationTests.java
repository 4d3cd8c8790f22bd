package org.ansoplatform.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.intake.RefereeLetterIntake;
import org.ansoplatform.files.TestFiles;
import org.ansoplatform.review.panels.AssignmentQueries;
import org.ansoplatform.review.panels.AssignmentRunner;
import org.ansoplatform.review.panels.ConflictQueries;
import org.ansoplatform.review.panels.ConflictRegister;
import org.ansoplatform.review.panels.PairingEditor;
import org.ansoplatform.review.panels.PairingKind;
import org.ansoplatform.review.panels.PanelQueries;
import org.ansoplatform.review.panels.PanelSetup;
import org.ansoplatform.review.panels.ReviewerPool;
import org.ansoplatform.review.reviewing.ReviewDesk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The content of a real call's application, read through the calls module's SubjectSource: an assigned,
 * non-conflicted reviewer reads it with the panel's blind answer hidden (review page, conflict list) and
 * downloads the CV (the blind referee letters stay hidden) through the review page and the files module; a conflicted reviewer, a reviewer not
 * assigned to it and another applicant reach none of it, and the blind answer never appears anywhere.
 */
class ReviewContentIntegrationTests extends IntegrationTest {

    /** The blind answer: unique to this test's application, at most ten words. */
    static final String BLIND = "Blind quokka genome assembly " + UUID.randomUUID().toString().substring(0, 8);

    @Autowired CallManagement calls;
    @Autowired ApplicationIntake applications;
    @Autowired ReviewerPool reviewers;
    @Autowired PanelSetup panels;
    @Autowired PanelQueries panelQueries;
    @Autowired AssignmentRunner assignments;
    @Autowired AssignmentQueries assignmentQueries;
    @Autowired PairingEditor pairingEditor;
    @Autowired ConflictRegister conflicts;
    @Autowired ConflictQueries conflictQueries;
    @Autowired ReviewDesk reviews;
    @Autowired AccountManagement accounts;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired RefereeLetterIntake letters;

    UUID panel;
    UUID subject;
    UUID otherSubject;
    String label;
    UUID cv;
    UUID otherCv;
    UUID blindLetter;
    UUID shownLetter;
    Someone assigned;
    Someone conflicted;
    Someone unassigned;
    Someone applicant;
    Someone otherApplicant;
    UUID review;
    UUID conflictedReview;

    @BeforeEach
    void round() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        UUID callId = calls.create(CallTestDataAccess.call("review-content", now.minusDays(1), now.plusDays(10), 2));
        applicant = Someone.register(accounts, "Amara Content", "APPLICANT");
        otherApplicant = Someone.register(accounts, "Bongani Content", "APPLICANT");
        subject = CallTestDataAccess.submitted(applications, callId, applicant, "KE", "natural-sciences",
                Map.of("proposal", BLIND));
        otherSubject = CallTestDataAccess.submitted(applications, callId, otherApplicant, "GH", "natural-sciences");
        label = jdbc.sql("select reference from calls.application where id = ?").param(subject).query(String.class).single();
        cv = cvOf(subject);
        otherCv = cvOf(otherSubject);
        // both referees of the application send their letters; the panel hides the letters
        List<String> referees = jdbc.sql("select email from calls.referee where application_id = ? order by invited_at, id")
                .param(subject).query(String.class).list();
        for (String referee : referees) {
            String token = URLDecoder.decode(Mail.token(Mail.awaitBody(referee, "Reference letter")), StandardCharsets.UTF_8);
            letters.upload(token, "letter.pdf", new ByteArrayInputStream(TestFiles.pdf()));
        }
        List<UUID> letterFiles = jdbc.sql("select letter_file_id from calls.referee where application_id = ? order by invited_at, id")
                .param(subject).query(UUID.class).list();
        blindLetter = letterFiles.get(0);
        shownLetter = letterFiles.get(1);

        assigned = expert("Rhea Assigned");
        conflicted = expert("Ravi Conflicted");
        unassigned = expert("Uma Unassigned");
        UUID assignedId = reviewerId(assigned);
        UUID conflictedId = reviewerId(conflicted);
        UUID unassignedId = reviewerId(unassigned);

        panel = panels.open("call", callId);
        panels.configure(panel, new PanelSetup.Settings(2, 0, 5, 0.01, false, false, List.of("proposal", "referee-letters"),
                List.of("nationality", "proposal"), now.plusDays(5).withNano(0), "Asia/Shanghai"));
        assertThat(panels.loadSubjects(panel)).isEqualTo(2);
        panels.invite(panel, List.of(assignedId, conflictedId, unassignedId));
        for (Someone expert : List.of(assigned, conflicted, unassigned)) {
            panels.answer(expert.id(), panel, true);
        }
        pairingEditor.setPairing(panel, subject, assignedId, PairingKind.PIN);
        pairingEditor.setPairing(panel, subject, conflictedId, PairingKind.PIN);
        pairingEditor.setPairing(panel, subject, unassignedId, PairingKind.BAN);
        pairingEditor.setPairing(panel, otherSubject, conflictedId, PairingKind.PIN);
        pairingEditor.setPairing(panel, otherSubject, unassignedId, PairingKind.PIN);
        assertThat(assignments.run(panel).feasible()).isTrue();
        panels.openReviewing(panel);
        review = reviewOf(assigned, subject);
        conflictedReview = reviewOf(conflicted, subject);
        // once reviewing is under way the reviewer declares a relation with the applicant: the pair becomes
        // conflicted (the Secretariat is warned to withdraw and re-assign) and from then on nothing is readable
        reviewers.updateRelations(conflicted.id(), List.of(new ReviewerPool.Relation(ReviewerPool.RelationKind.PERSON, applicant.email())));
        assertThat(jdbc.sql("select count(*) from review.conflict where panel_id = ? and subject_id = ? and reviewer_id = ?")
                .params(panel, subject, conflictedId).query(Integer.class).single()).isEqualTo(1);
    }

    private UUID cvOf(UUID application) {
        return jdbc.sql("select file_id from calls.application_document where application_id = ? and document_type = 'cv'")
                .param(application).query(UUID.class).single();
    }

    private Someone expert(String name) {
        Someone person = Someone.register(accounts, name, "REVIEWER");
        reviewers.add(new ReviewerPool.ReviewerCommand(person.email(), name, "Institute of " + name, "NG", List.of("en"), List.of("1"), 5));
        return person;
    }

    private UUID reviewerId(Someone person) {
        return jdbc.sql("select id from review.reviewer where person_id = ?").param(person.id()).query(UUID.class).single();
    }

    private UUID reviewOf(Someone person, UUID subjectId) {
        return reviews.mine(person).stream().filter(view -> view.subjectId().equals(subjectId)).findFirst().orElseThrow().id();
    }

    private MockHttpServletResponse as(Someone who, String path, Object... variables) throws Exception {
        RequestPostProcessor signedIn = who.signedIn();
        return mvc.perform(get(path, variables).with(signedIn)).andReturn().getResponse();
    }

    @Test
    void theAssignedReviewerReadsTheContentWithoutTheBlindAnswerAndDownloadsTheCv() throws Exception {
        MockHttpServletResponse page = as(assigned, "/reviewer/reviews/{id}", review);
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(html).contains(label, "Natural sciences", "Kenya", "1998-05-04", "/reviewer/reviews/" + review + "/documents/" + cv)
                .doesNotContain(BLIND).doesNotContain("reviewing.review.contentMissing");
        assertThat(html).doesNotContain("/documents/" + otherCv).doesNotContain(blindLetter.toString())
                .doesNotContain(shownLetter.toString()).doesNotContain("Referee letter");

        MockHttpServletResponse document = as(assigned, "/reviewer/reviews/{id}/documents/{file}", review, cv);
        assertThat(document.getStatus()).isEqualTo(200);
        assertThat(document.getContentType()).isEqualTo("application/pdf");
        assertThat(document.getContentAsByteArray()).startsWith("%PDF".getBytes());
        assertThat(as(assigned, "/files/{id}", cv).getStatus()).isEqualTo(200);

        // the panel hides referee letters (one key for all of them): neither letter through either way
        assertThat(as(assigned, "/reviewer/reviews/{id}/documents/{file}", review, shownLetter).getStatus()).isEqualTo(404);
        assertThat(as(assigned, "/files/{id}", shownLetter).getStatus()).isEqualTo(404);
        assertThat(as(assigned, "/reviewer/reviews/{id}/documents/{file}", review, blindLetter).getStatus()).isEqualTo(404);
        assertThat(as(assigned, "/files/{id}", blindLetter).getStatus()).isEqualTo(404);

        // the other application's CV is not theirs to read, through the review page or the files module
        assertThat(as(assigned, "/reviewer/reviews/{id}/documents/{file}", review, otherCv).getStatus()).isEqualTo(404);
        assertThat(as(assigned, "/files/{id}", otherCv).getStatus()).isEqualTo(404);
    }

    @Test
    void theReviewerLearnsNeitherTheOriginalNameNorTheOwnerOfADocumentThroughTheFilesModule() throws Exception {
        String original = jdbc.sql("select original_name from files.stored_file where id = ?").param(cv).query(String.class).single();
        String neutral = "document-" + cv.toString().substring(0, 8) + ".pdf";

        MockHttpServletResponse download = as(assigned, "/files/{id}", cv);
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getHeader("Content-Disposition")).contains(neutral).doesNotContain(original);
        MockHttpServletResponse metadata = as(assigned, "/api/v1/files/{id}", cv);
        assertThat(metadata.getStatus()).isEqualTo(200);
        assertThat(metadata.getContentAsString()).contains(neutral).doesNotContain(original)
                .doesNotContain(applicant.id().toString());
        assertThat(as(assigned, "/api/v1/files/{id}/content", cv).getHeader("Content-Disposition")).contains(neutral)
                .doesNotContain(original);

        // the owner still sees their own file whole
        assertThat(as(applicant, "/api/v1/files/{id}", cv).getContentAsString()).contains(original)
                .contains(applicant.id().toString());
    }

    @Test
    void theConflictListShowsOnlyTheConflictListFieldsThatAreNotBlind() throws Exception {
        MockHttpServletResponse list = as(assigned, "/reviewer/panels/{id}/conflicts", panel);
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains(label, "Kenya", "Ghana")
                .doesNotContain(BLIND, "Natural sciences", "1998-05-04");
        assertThat(conflictQueries.declarations(assigned.id(), panel, 0, java.util.Locale.ENGLISH).rows().items())
                .allSatisfy(row -> assertThat(row.shown()).extracting(SubjectSource.SubjectContent.Item::key).containsExactly("nationality"));
    }

    @Test
    void aConflictedReviewerAReviewerNotAssignedAndAnApplicantReachNothing() throws Exception {
        for (Someone outsider : List.of(conflicted, unassigned)) {
            for (UUID id : List.of(review, conflictedReview)) {
                assertThat(as(outsider, "/reviewer/reviews/{id}", id).getStatus()).as(outsider.displayName()).isEqualTo(404);
                assertThat(as(outsider, "/reviewer/reviews/{id}/documents/{file}", id, cv).getStatus()).isEqualTo(404);
                assertThat(as(outsider, "/api/v1/reviews/{id}", id).getStatus()).isEqualTo(404);
            }
            for (UUID file : List.of(cv, shownLetter, blindLetter)) {
                assertThat(as(outsider, "/files/{id}", file).getStatus()).as(outsider.displayName()).isEqualTo(404);
            }
            String mine = as(outsider, "/reviewer/reviews").getContentAsString();
            assertThat(mine).doesNotContain(label).doesNotContain(BLIND);
        }
        // both still read the other application, which they review
        assertThat(as(unassigned, "/files/{id}", otherCv).getStatus()).isEqualTo(200);
        assertThat(as(conflicted, "/files/{id}", otherCv).getStatus()).isEqualTo(200);

        // another applicant: the reviewer pages are not theirs, the files module answers as for a missing file
        assertThat(as(otherApplicant, "/reviewer/reviews/{id}", review).getStatus()).isEqualTo(403);
        assertThat(as(otherApplicant, "/reviewer/reviews/{id}/documents/{file}", review, cv).getStatus()).isEqualTo(403);
        assertThat(as(otherApplicant, "/files/{id}", cv).getStatus()).isEqualTo(404);
        assertThat(as(applicant, "/files/{id}", shownLetter).getStatus()).isEqualTo(404);
        // the applicant owns their own CV
        assertThat(as(applicant, "/files/{id}", cv).getStatus()).isEqualTo(200);

        // the blind answer appears on none of the reviewers' pages
        for (Someone expert : List.of(assigned, conflicted, unassigned)) {
            assertThat(as(expert, "/reviewer/panels").getContentAsString()).doesNotContain(BLIND);
            assertThat(as(expert, "/reviewer/panels/{id}/conflicts", panel).getContentAsString()).doesNotContain(BLIND);
            assertThat(as(expert, "/api/v1/reviews").getContentAsString()).doesNotContain(BLIND);
        }
    }
}
