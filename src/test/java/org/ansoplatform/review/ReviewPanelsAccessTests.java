package org.ansoplatform.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.review.panels.ReviewerPool.ReviewerCommand;
import org.ansoplatform.review.panels.PanelQueries;
import org.ansoplatform.review.panels.PanelSetup;
import org.ansoplatform.review.panels.ReviewerPool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every page and endpoint of pool, panels and assignment: anonymous, wrong role, another reviewer's records. */
class ReviewPanelsAccessTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired ReviewerPool reviewers;
    @Autowired PanelSetup panels;
    @Autowired PanelQueries panelQueries;
    @Autowired TestSubjects subjects;
    @Autowired AccountManagement accounts;
    @Autowired JdbcClient jdbc;

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }

    Someone reviewer(String name) {
        Someone person = Someone.register(accounts, name, "REVIEWER");
        reviewers.add(new ReviewerCommand(person.email(), name, "Inst " + name, "FR", List.of("en"), List.of("1.1"), 10));
        return person;
    }

    @Test
    void pagesNeedTheirRolesAndReviewersSeeOnlyTheirOwnPanels() throws Exception {
        Someone invited = reviewer("Access Invited");
        Someone other = reviewer("Access Other");
        var subject = TestSubjects.subject("A-1", "CN", "U", null, List.of("1.1", "1"), "Person");
        UUID panel = panels.open(TestSubjects.TYPE, subjects.scope(List.of(subject)));
        panels.loadSubjects(panel);
        UUID invitedId = reviewers.ofPerson(invited.id()).orElseThrow().id();
        panels.invite(panel, List.of(invitedId));

        for (String path : List.of("/secretariat/review/reviewers", "/secretariat/review/panels", "/secretariat/review/panels/" + panel,
                "/reviewer/panels", "/reviewer/profile")) {
            assertThat(perform(get(path)).getRedirectedUrl()).as(path).endsWith("/login");
        }
        for (String path : List.of("/secretariat/review/reviewers", "/secretariat/review/panels/" + panel)) {
            assertThat(perform(get(path).with(invited.signedIn())).getStatus()).as(path).isEqualTo(403);
        }
        assertThat(perform(get("/reviewer/panels").with(user("applicant").roles("APPLICANT"))).getStatus()).isEqualTo(403);

        // the Secretariat's pages render
        var secretariat = user("secretariat").roles("SECRETARIAT");
        // the pool names fields and countries, not their codes (issue 25)
        assertThat(perform(get("/secretariat/review/reviewers").param("field", "1").with(secretariat)).getContentAsString())
                .contains("Access Invited").contains("Mathematics").contains("France").doesNotContain(">FR<");
        assertThat(perform(get("/secretariat/review/panels/" + panel).with(secretariat)).getContentAsString()).contains("Access Invited");
        assertThat(perform(get("/secretariat/review/panels").with(secretariat)).getStatus()).isEqualTo(200);

        // the invited reviewer sees and answers their invitation; another reviewer gets 404 for it
        assertThat(perform(get("/reviewer/panels").with(invited.signedIn())).getContentAsString()).contains("Test scope");
        assertThat(perform(get("/reviewer/panels").with(other.signedIn())).getContentAsString()).doesNotContain("Test scope");
        assertThat(perform(post("/reviewer/panels/" + panel + "/answer").param("accept", "true").with(other.signedIn())).getStatus())
                .isEqualTo(404);
        assertThat(perform(get("/reviewer/panels/" + panel + "/conflicts").with(other.signedIn())).getStatus()).isEqualTo(404);
        assertThat(perform(post("/reviewer/panels/" + panel + "/conflicts").param("subject", subject.subject().id().toString())
                .with(other.signedIn())).getStatus()).isEqualTo(404);
        assertThat(perform(post("/reviewer/panels/" + panel + "/answer").param("accept", "true").with(invited.signedIn())).getStatus())
                .isEqualTo(302);
        assertThat(perform(get("/reviewer/panels/" + panel + "/conflicts").with(invited.signedIn())).getContentAsString()).contains("A-1");
        assertThat(perform(post("/reviewer/panels/" + panel + "/conflicts").param("subject", subject.subject().id().toString())
                .param("reason", "co-author").with(invited.signedIn())).getStatus()).isEqualTo(302);
        assertThat(perform(post("/reviewer/panels/" + panel + "/conflicts/" + subject.subject().id() + "/withdrawal")
                .with(other.signedIn())).getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from review.conflict where panel_id = ? and source = 'DECLARED'").param(panel)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(perform(get("/reviewer/profile").with(invited.signedIn())).getContentAsString()).contains("Access Invited");
        // someone with the role but not in the pool has no profile
        Someone outsider = Someone.register(accounts, "Not Pooled", "REVIEWER");
        assertThat(perform(get("/reviewer/profile").with(outsider.signedIn())).getStatus()).isEqualTo(404);
    }

    @Test
    void theAssignmentApiIsTheSecretariatsAndExplainsInfeasibleInstances() throws Exception {
        // a call whose panel, if any, is still being set up (the demo's 2021 history closed the 2021 calls' panels)
        UUID callId = jdbc.sql("""
                select c.id from calls.call c where c.status in ('OPEN', 'CLOSED') and not exists (select 1 from review.panel p
                where p.scope_type = 'call' and p.scope_id = c.id and p.status <> 'SETUP') order by c.opens_at limit 1""")
                .query(UUID.class).single();
        String path = "/api/v1/calls/" + callId + "/assignment";
        assertThat(perform(get(path)).getStatus()).isEqualTo(401);
        assertThat(perform(post(path)).getStatus()).isEqualTo(401);
        assertThat(perform(get(path).with(user("applicant").roles("APPLICANT"))).getStatus()).isEqualTo(403);
        assertThat(perform(post(path).with(user("reviewer").roles("REVIEWER"))).getStatus()).isEqualTo(403);
        var secretariat = user("secretariat").roles("SECRETARIAT");
        assertThat(perform(get("/api/v1/calls/" + UUID.randomUUID() + "/assignment").with(secretariat)).getStatus()).isEqualTo(404);

        UUID panel = panelQueries.forScope(new ReviewScope("call", callId)).map(PanelQueries.PanelView::id)
                .orElseGet(() -> panels.open("call", callId));
        // two subjects and nobody to review them: infeasible, explained, nothing stored
        for (int i = 0; i < 2; i++) {
            jdbc.sql("insert into review.subject (panel_id, subject_type, subject_id, label, fields, loaded_at) values (?, 'application', ?, ?, '{1.1}', now())")
                    .params(panel, UUID.randomUUID(), "API-" + i).update();
        }
        MockHttpServletResponse refused = perform(post(path).with(secretariat));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("review.assignment.too-few-candidates").contains("API-0");
        MockHttpServletResponse read = perform(get(path).with(secretariat));
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(read.getContentAsString()).contains("\"pairs\":[]");

        // a reviewer who accepts makes it feasible with k = 1
        Someone expert = reviewer("Api Expert");
        UUID expertId = reviewers.ofPerson(expert.id()).orElseThrow().id();
        panels.configure(panel, new PanelSetup.Settings(1, 0, 10, 0.001, false, false, List.of(), List.of(), LocalDateTime.now().plusDays(3),
                "Asia/Shanghai"));
        panels.invite(panel, List.of(expertId));
        panels.answer(expert.id(), panel, true);
        MockHttpServletResponse run = perform(post(path).with(secretariat));
        assertThat(run.getStatus()).isEqualTo(200);
        assertThat(run.getContentAsString()).contains("\"feasible\":true").contains("\"solver\"");
        assertThat(perform(get(path).with(secretariat)).getContentAsString()).contains(expertId.toString());
    }
}
