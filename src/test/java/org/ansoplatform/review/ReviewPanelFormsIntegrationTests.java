package org.ansoplatform.review;

import static org.ansoplatform.review.RefusedPages.errorOf;
import static org.ansoplatform.review.RefusedPages.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.review.SubjectSource.SubjectFacts;
import org.ansoplatform.review.panels.AssignmentRunner;
import org.ansoplatform.review.panels.ConflictQueries;
import org.ansoplatform.review.panels.ConflictSource;
import org.ansoplatform.review.panels.PanelQueries;
import org.ansoplatform.review.panels.PanelSetup;
import org.ansoplatform.review.panels.ReviewerPool;
import org.ansoplatform.review.panels.ReviewerPool.Relation;
import org.ansoplatform.review.panels.ReviewerPool.RelationKind;
import org.ansoplatform.review.panels.ReviewerPool.ReviewerCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The panel forms with fields, refused in place: a reviewer's conflict declaration (one form per row of the list),
 * their profile's relations, and the Secretariat's invitations. Each refusal answers 422 with the message next to
 * its field, keeps what was typed, and changes nothing.
 */
class ReviewPanelFormsIntegrationTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired ReviewerPool reviewers;
    @Autowired PanelSetup panels;
    @Autowired PanelQueries panelQueries;
    @Autowired ConflictQueries conflicts;
    @Autowired AssignmentRunner assignments;
    @Autowired TestSubjects subjects;

    @Test
    void aConflictReasonTooLongIsRefusedInItsRowAndAConflictTooLateAtTheTop() throws Exception {
        List<SubjectFacts> facts = List.of(subject("DCL-1"), subject("DCL-2"), subject("DCL-3"));
        UUID panel = panels.open(TestSubjects.TYPE, subjects.scope(facts));
        panels.configure(panel, new PanelSetup.Settings(1, 0, 10, 0.001, false, false, List.of(), List.of(),
                LocalDateTime.now().plusDays(10).withNano(0), "Asia/Shanghai"));
        panels.loadSubjects(panel);
        Someone reviewer = reviewer("Declaring Reviewer");
        panels.invite(panel, List.of(reviewerId(reviewer)));
        panels.answer(reviewer.id(), panel, true);
        UUID first = facts.get(0).subject().id();
        UUID second = facts.get(1).subject().id();

        String reason = "She was my student. ".repeat(100) + "!";
        MockHttpServletResponse refused = perform(post("/reviewer/panels/{id}/conflicts", panel).param("page", "0")
                .param("subject", second.toString()).param("reason", reason).with(reviewer.signedIn()));
        assertThat(refused.getStatus()).isEqualTo(422);
        String html = refused.getContentAsString(StandardCharsets.UTF_8);
        String row = segment(html, "<tr data-subject=\"" + second + "\"", "</tr>");
        assertThat(errorOf(row, "reason")).isEqualTo("Use at most 2000 characters.");
        assertThat(row).contains("value=\"" + reason + "\"", "aria-invalid=\"true\"");
        assertThat(segment(html, "<tr data-subject=\"" + first + "\"", "</tr>")).doesNotContain("field-error", "She was my student");
        assertThat(segment(html, "class=\"refused-row\"", "<table")).contains("DCL-2", "Use at most 2000 characters.");
        assertThat(conflicts.ofPanel(panel)).noneMatch(c -> c.source() == ConflictSource.DECLARED);

        // reviewing open: the list has no forms left, and a late declaration is refused at the top of the page
        assertThat(assignments.run(panel).feasible()).isTrue();
        panels.openReviewing(panel);
        MockHttpServletResponse late = perform(post("/reviewer/panels/{id}/conflicts", panel)
                .param("subject", first.toString()).param("reason", "Co-author").with(reviewer.signedIn()));
        assertThat(late.getStatus()).isEqualTo(422);
        assertThat(segment(late.getContentAsString(StandardCharsets.UTF_8), "class=\"refused-row\"", "<table"))
                .contains("DCL-1", "Conflicts are declared before reviewing opens.");
        assertThat(conflicts.ofPanel(panel)).noneMatch(c -> c.source() == ConflictSource.DECLARED);
    }

    @Test
    void aRelationOfAnUnknownKindOrRefusedByThePoolIsShownOnItsRowWithTheRowsAsTyped() throws Exception {
        Someone reviewer = reviewer("Relating Reviewer");
        UUID id = reviewerId(reviewer);
        reviewers.updateRelations(reviewer.id(), List.of(new Relation(RelationKind.INSTITUTION, "Old University")));

        MockHttpServletResponse unknownKind = perform(post("/reviewer/profile").with(reviewer.signedIn())
                .param("relations[0].kind", "INSTITUTION").param("relations[0].value", "Old University")
                .param("relations[1].kind", "FRIEND").param("relations[1].value", "Dr. Typed Person")
                .param("relations[2].kind", "PERSON").param("relations[2].value", ""));
        assertThat(unknownKind.getStatus()).isEqualTo(422);
        String html = unknownKind.getContentAsString(StandardCharsets.UTF_8);
        assertThat(errorOf(segment(html, "data-row=\"1\"", "</div>"), "relations[1].kind")).isEqualTo("Enter a value of the right kind.");
        assertThat(segment(html, "data-row=\"0\"", "</div>")).contains("value=\"Old University\"").doesNotContain("field-error");
        assertThat(segment(html, "data-row=\"1\"", "</div>")).contains("value=\"Dr. Typed Person\"");
        assertThat(html).contains("data-row=\"2\"").doesNotContain("data-row=\"3\"");
        assertThat(reviewers.get(id).relations()).containsExactly(new Relation(RelationKind.INSTITUTION, "Old University"));

        MockHttpServletResponse notAnOrganization = perform(post("/reviewer/profile").with(reviewer.signedIn())
                .param("relations[0].kind", "INSTITUTION").param("relations[0].value", "Old University")
                .param("relations[1].kind", "ORGANIZATION").param("relations[1].value", "no-such-organization"));
        assertThat(notAnOrganization.getStatus()).isEqualTo(422);
        html = notAnOrganization.getContentAsString(StandardCharsets.UTF_8);
        String row = segment(html, "data-row=\"1\"", "</div>");
        assertThat(errorOf(row, "relations[1]")).isEqualTo("no-such-organization is not the id of an organization in the directory.");
        assertThat(row).contains("value=\"ORGANIZATION\" selected=\"selected\"");
        assertThat(segment(html, "class=\"form-errors\"", "</div>")).contains("is not the id of an organization");
        assertThat(reviewers.get(id).relations()).containsExactly(new Relation(RelationKind.INSTITUTION, "Old University"));
    }

    @Test
    void invitationsWithNobodyChosenOrSomeoneOutsideThePoolAreRefusedByTheListAndInviteNobody() throws Exception {
        UUID panel = panels.open(TestSubjects.TYPE, subjects.scope(List.of(subject("INV-1"))));
        UUID pooled = reviewerId(reviewer("Pooled Reviewer"));
        var secretariat = user("secretariat").roles("SECRETARIAT");

        MockHttpServletResponse nobody = perform(post("/secretariat/review/panels/{id}/invitations", panel).with(secretariat));
        assertThat(nobody.getStatus()).isEqualTo(422);
        String html = nobody.getContentAsString(StandardCharsets.UTF_8);
        String form = segment(html, "id=\"invite-form\"", "</form>");
        assertThat(errorOf(form, "reviewers")).isEqualTo("Choose at least one reviewer.");
        assertThat(form).contains("class=\"form-errors\"");

        MockHttpServletResponse outsider = perform(post("/secretariat/review/panels/{id}/invitations", panel).with(secretariat)
                .param("reviewers", pooled.toString(), UUID.randomUUID().toString()));
        assertThat(outsider.getStatus()).isEqualTo(422);
        form = segment(outsider.getContentAsString(StandardCharsets.UTF_8), "id=\"invite-form\"", "</form>");
        assertThat(errorOf(form, "reviewers")).isEqualTo("A chosen reviewer is not in the pool.");
        assertThat(form).containsPattern("value=\"" + pooled + "\"[^>]*checked=\"checked\"");

        MockHttpServletResponse malformed = perform(post("/secretariat/review/panels/{id}/invitations", panel).with(secretariat)
                .param("reviewers", pooled.toString(), "not-an-id"));
        assertThat(malformed.getStatus()).isEqualTo(422);
        assertThat(errorOf(segment(malformed.getContentAsString(StandardCharsets.UTF_8), "id=\"invite-form\"", "</form>"), "reviewers"))
                .isEqualTo("Enter a value of the right kind.");
        assertThat(panelQueries.members(panel)).isEmpty();

        assertThat(perform(post("/secretariat/review/panels/{id}/invitations", panel).with(secretariat)
                .param("reviewers", pooled.toString())).getStatus()).isEqualTo(302);
        assertThat(panelQueries.members(panel)).extracting(PanelQueries.MemberView::reviewerId).containsExactly(pooled);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }

    private static SubjectFacts subject(String label) {
        return TestSubjects.subject(label, "CN", label + " University", null, List.of("1.1"), "Person " + label);
    }

    private Someone reviewer(String name) {
        Someone person = Someone.register(accounts, name, "REVIEWER");
        reviewers.add(new ReviewerCommand(person.email(), name, name + " Institute", "FR", List.of("en"), List.of("1.1"), 10));
        return person;
    }

    private UUID reviewerId(Someone person) {
        return reviewers.ofPerson(person.id()).orElseThrow().id();
    }
}
