package org.ansoplatform.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.review.SubjectSource.SubjectFacts;
import org.ansoplatform.review.panels.AssignmentQueries;
import org.ansoplatform.review.panels.AssignmentRunner;
import org.ansoplatform.review.panels.PanelQueries;
import org.ansoplatform.review.panels.PanelSetup;
import org.ansoplatform.review.panels.ReviewerPool;
import org.ansoplatform.review.panels.ReviewerPool.ReviewerCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Secretariat's panel page in an admissions officer's words: what the assignment achieved as sentences (the
 * solver's figures behind “Details”), reviewers told apart by institution and country, fields by name, affinity
 * in words, and header counts that add up.
 */
class PanelPlainTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired ReviewerPool reviewers;
    @Autowired PanelSetup panels;
    @Autowired PanelQueries panelQueries;
    @Autowired AssignmentRunner assignments;
    @Autowired AssignmentQueries assignmentQueries;
    @Autowired TestSubjects subjects;

    UUID panel;
    Someone secretariat;
    String marker;

    @BeforeEach
    void aPanelWithNamesakesAndEveryKindOfAnswer() {
        marker = UUID.randomUUID().toString().substring(0, 6);
        List<SubjectFacts> facts = List.of(subject("PLN-1-" + marker, "1.1"), subject("PLN-2-" + marker, "1.1"),
                subject("PLN-3-" + marker, "1.1"));
        panel = panels.open(TestSubjects.TYPE, subjects.scope(facts));
        panels.configure(panel, new PanelSetup.Settings(1, 0, 2, 0.001, false, false, List.of(), List.of(),
                LocalDateTime.now().plusDays(10).withNano(0), "Asia/Shanghai"));
        panels.loadSubjects(panel);
        Someone chile = reviewer("Lucía Fernández", "Universidad de Chile " + marker, "CL", "1.1");
        Someone argentina = reviewer("Lucía Fernández", "Universidad de Buenos Aires " + marker, "AR", "1.1");
        Someone pending = reviewer("Pending Plain " + marker, "Pending Institute", "FR", "1.1");
        Someone declining = reviewer("Declining Plain " + marker, "Declining Institute", "DE", "1.1");
        panels.invite(panel, List.of(id(chile), id(argentina), id(pending), id(declining)));
        panels.answer(chile.id(), panel, true);
        panels.answer(argentina.id(), panel, true);
        panels.answer(declining.id(), panel, false);
        assertThat(assignments.run(panel).feasible()).isTrue();
        secretariat = Someone.register(accounts, "Plain Secretariat", "SECRETARIAT");
    }

    @Test
    void theHeaderCountsAddUp() throws Exception {
        PanelQueries.PanelView view = panelQueries.get(panel);
        assertThat(view.invited()).isEqualTo(4);
        assertThat(view.accepted() + view.pending() + view.declined()).isEqualTo(4);
        assertThat(page()).contains("3 subjects; 4 reviewers invited: 2 accepted, 1 awaiting an answer, 1 declined");
    }

    @Test
    void theSummarySaysWhatMattersAndKeepsTheSolverBehindDetails() throws Exception {
        AssignmentQueries.PlainSummary plain = assignmentQueries.plainSummary(panel);
        assertThat(plain.subjects()).isEqualTo(3);
        assertThat(plain.fewer()).isZero();
        assertThat(plain.exactField()).isEqualTo(3);
        assertThat(plain.busiest().load()).isEqualTo(2);
        assertThat(plain.leastBusy().load()).isEqualTo(1);

        String html = page();
        String summary = html.substring(html.indexOf("class=\"plain-summary\""), html.indexOf("class=\"run-details\""));
        assertThat(summary).contains("Every application has 1 reviewer.", "3 of 3 applications got a reviewer of their exact field.",
                "Busiest reviewer: Lucía Fernández (Universidad de", "with 2 applications; least busy: Lucía Fernández (Universidad de",
                "with 1.").doesNotContain("Objective", " ms ");
        String details = html.substring(html.indexOf("class=\"run-details\""));
        details = details.substring(0, details.indexOf("</details>"));
        assertThat(details).contains("<summary>Details</summary>", "Objective", "ms end to end");
        assertThat(html).doesNotContain("class=\"plain-summary\" th:");
    }

    @Test
    void namesakesAreToldApartAndFieldsAndAffinityAreWords() throws Exception {
        String html = page();
        assertThat(html).contains("Lucía Fernández (Universidad de Chile " + marker + ", Chile) · exact field",
                "Lucía Fernández (Universidad de Buenos Aires " + marker + ", Argentina)");
        // the members' expertise by name, not the code 1.1
        String members = html.substring(html.indexOf("Universidad de Chile " + marker + ", Chile</td>"));
        assertThat(members.substring(0, members.indexOf("</tr>"))).contains("<small>Mathematics</small>");
        assertThat(html).doesNotContain("(1.00)");
    }

    @Test
    void onlyTheSecretariatSeesThePanel() throws Exception {
        Someone reviewer = Someone.register(accounts, "Plain Outsider", "REVIEWER");
        assertThat(mvc.perform(get("/secretariat/review/panels/{id}", panel).with(reviewer.signedIn())).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/secretariat/review/panels/{id}", UUID.randomUUID()).with(secretariat.signedIn())).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    private String page() throws Exception {
        return mvc.perform(get("/secretariat/review/panels/{id}", panel).with(secretariat.signedIn()).with(csrf())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private UUID id(Someone person) {
        return reviewers.ofPerson(person.id()).orElseThrow().id();
    }

    private static SubjectFacts subject(String label, String field) {
        return TestSubjects.subject(label, "CN", label + " University", null, List.of(field), "Person " + label);
    }

    private Someone reviewer(String name, String institution, String country, String field) {
        Someone person = Someone.register(accounts, name, "REVIEWER");
        reviewers.add(new ReviewerCommand(person.email(), name, institution, country, List.of("en"), List.of(field), 10));
        return person;
    }
}
