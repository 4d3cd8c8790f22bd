package org.ansoplatform.review;

import static org.ansoplatform.review.RefusedPages.errorOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.review.SubjectSource.SubjectFacts;
import org.ansoplatform.review.panels.ConflictQueries;
import org.ansoplatform.review.panels.ConflictSource;
import org.ansoplatform.review.panels.PanelQueries;
import org.ansoplatform.review.panels.PanelSetup;
import org.ansoplatform.review.panels.ReviewerPool;
import org.ansoplatform.review.panels.ReviewerPool.ReviewerCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The reviewer's conflict declaration list: applicants by name (read once per page) unless the panel is
 * double-blind; a declaration with htmx answers only its row, declared or refused; without JavaScript the
 * redirect returns to the row's anchor; someone else's panel answers 404.
 */
class DeclarationRowTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired ReviewerPool reviewers;
    @Autowired PanelSetup panels;
    @Autowired PanelQueries panelQueries;
    @Autowired ConflictQueries conflicts;
    @Autowired TestSubjects subjects;

    UUID scope;
    UUID panel;
    List<SubjectFacts> facts;
    Someone reviewer;

    @BeforeEach
    void aPanelWithThreeApplicants() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        facts = List.of(subject("ROW-1-" + marker, "Amina Yusuf " + marker), subject("ROW-2-" + marker, "Bao Chen " + marker),
                subject("ROW-3-" + marker, "Carlos Ruiz " + marker));
        scope = subjects.scope(facts);
        panel = panels.open(TestSubjects.TYPE, scope);
        panels.configure(panel, settings());
        panels.loadSubjects(panel);
        reviewer = reviewer("Row Reviewer " + marker);
        panels.invite(panel, List.of(reviewers.ofPerson(reviewer.id()).orElseThrow().id()));
        panels.answer(reviewer.id(), panel, true);
    }

    @Test
    void theListNamesEachApplicantFromOneReadPerPage() throws Exception {
        int before = subjects.nameReads(scope);
        String html = perform(get("/reviewer/panels/{id}/conflicts", panel).with(reviewer.signedIn())).getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains(">Applicant</th>", name(0), name(1), name(2), "id=\"subject-" + id(1) + "\"");
        assertThat(subjects.nameReads(scope) - before).isEqualTo(1);
    }

    @Test
    void anHtmxDeclarationAnswersOnlyItsRow() throws Exception {
        MockHttpServletResponse response = perform(post("/reviewer/panels/{id}/conflicts", panel).param("page", "0")
                .param("subject", id(1).toString()).param("reason", "My former student").header("HX-Request", "true")
                .with(reviewer.signedIn()));
        assertThat(response.getStatus()).isEqualTo(200);
        String row = response.getContentAsString(StandardCharsets.UTF_8).strip();
        assertThat(row).startsWith("<tr data-subject=\"" + id(1) + "\" id=\"subject-" + id(1) + "\"").endsWith("</tr>");
        assertThat(row).contains("Declared", "My former student", name(1)).doesNotContain("<html", "<table", id(0).toString(), name(2));
        assertThat(conflicts.ofPanel(panel)).anyMatch(c -> c.subjectId().equals(id(1)) && c.source() == ConflictSource.DECLARED);
    }

    @Test
    void aRefusedHtmxDeclarationStaysInItsRow() throws Exception {
        String reason = "Co-author. ".repeat(200) + "!";
        MockHttpServletResponse response = perform(post("/reviewer/panels/{id}/conflicts", panel).param("page", "0")
                .param("subject", id(2).toString()).param("reason", reason).header("HX-Request", "true").with(reviewer.signedIn()));
        assertThat(response.getStatus()).isEqualTo(422);
        String row = response.getContentAsString(StandardCharsets.UTF_8).strip();
        assertThat(row).startsWith("<tr data-subject=\"" + id(2) + "\"").endsWith("</tr>").doesNotContain("<html");
        assertThat(errorOf(row, "reason")).isEqualTo("Use at most 2000 characters.");
        assertThat(row).contains("aria-invalid=\"true\"");
        assertThat(conflicts.ofPanel(panel)).noneMatch(c -> c.source() == ConflictSource.DECLARED);
    }

    @Test
    void withoutJavaScriptTheRedirectReturnsToTheRowsAnchor() throws Exception {
        MockHttpServletResponse response = perform(post("/reviewer/panels/{id}/conflicts", panel).param("page", "0")
                .param("subject", id(2).toString()).param("reason", "Same lab").with(reviewer.signedIn()));
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/reviewer/panels/" + panel + "/conflicts?page=0#subject-" + id(2));
    }

    @Test
    void aDoubleBlindPanelHidesEveryApplicantsNameFromItsReviewers() throws Exception {
        Someone secretariat = Someone.register(accounts, "Blind Secretariat", "SECRETARIAT");
        MockHttpServletResponse saved = perform(post("/secretariat/review/panels/{id}/settings", panel).with(secretariat.signedIn())
                .param("reviewersPerSubject", "1").param("minLoad", "0").param("maxLoad", "10").param("loadPenalty", "0.001")
                .param("zone", "Asia/Shanghai").param("doubleBlind", "true"));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(panelQueries.get(panel).doubleBlind()).isTrue();
        assertThat(perform(get("/secretariat/review/panels/{id}", panel).with(secretariat.signedIn())).getContentAsString())
                .contains("name=\"doubleBlind\" checked=\"checked\"");

        int before = subjects.nameReads(scope);
        String html = perform(get("/reviewer/panels/{id}/conflicts", panel).with(reviewer.signedIn())).getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains(facts.get(0).label()).doesNotContain(name(0), name(1), name(2), ">Applicant</th>");
        assertThat(subjects.nameReads(scope)).isEqualTo(before);
        String row = perform(post("/reviewer/panels/{id}/conflicts", panel).param("subject", id(0).toString()).param("reason", "Cousin")
                .header("HX-Request", "true").with(reviewer.signedIn())).getContentAsString(StandardCharsets.UTF_8);
        assertThat(row).contains("Declared").doesNotContain(name(0));
    }

    @Test
    void anotherReviewerNeitherSeesNorDeclaresOnThePanel() throws Exception {
        Someone other = reviewer("Other Row Reviewer " + UUID.randomUUID().toString().substring(0, 6));
        assertThat(perform(get("/reviewer/panels/{id}/conflicts", panel).with(other.signedIn())).getStatus()).isEqualTo(404);
        MockHttpServletResponse declared = perform(post("/reviewer/panels/{id}/conflicts", panel).param("subject", id(0).toString())
                .param("reason", "x").header("HX-Request", "true").with(other.signedIn()));
        assertThat(declared.getStatus()).isEqualTo(404);
        assertThat(declared.getContentAsString()).doesNotContain(name(0));
        Someone applicant = Someone.register(accounts, "Row Applicant", "APPLICANT");
        assertThat(perform(get("/reviewer/panels/{id}/conflicts", panel).with(applicant.signedIn())).getStatus()).isEqualTo(403);
        assertThat(perform(get("/reviewer/panels/{id}/conflicts", panel)).getStatus()).isEqualTo(302);
        assertThat(conflicts.ofPanel(panel)).noneMatch(c -> c.source() == ConflictSource.DECLARED);
    }

    private UUID id(int index) {
        return facts.get(index).subject().id();
    }

    private String name(int index) {
        return facts.get(index).people().iterator().next();
    }

    private static PanelSetup.Settings settings() {
        return new PanelSetup.Settings(1, 0, 10, 0.001, false, false, List.of(), List.of(), LocalDateTime.now().plusDays(10).withNano(0),
                "Asia/Shanghai");
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }

    private static SubjectFacts subject(String label, String person) {
        return TestSubjects.subject(label, "CN", label + " University", null, List.of("1.1"), person);
    }

    private Someone reviewer(String name) {
        Someone person = Someone.register(accounts, name, "REVIEWER");
        reviewers.add(new ReviewerCommand(person.email(), name, name + " Institute", "FR", List.of("en"), List.of("1.1"), 10));
        return person;
    }
}
