package org.ansoplatform.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.review.panels.ReviewerPool.ReviewerCommand;
import org.ansoplatform.review.SubjectSource.SubjectFacts;
import org.ansoplatform.review.panels.AssignmentQueries;
import org.ansoplatform.review.panels.AssignmentRunner;
import org.ansoplatform.review.panels.ConflictQueries;
import org.ansoplatform.review.panels.ConflictRegister;
import org.ansoplatform.review.panels.ConflictSource;
import org.ansoplatform.review.panels.PairingEditor;
import org.ansoplatform.review.panels.PanelQueries;
import org.ansoplatform.review.panels.PanelSetup;
import org.ansoplatform.review.panels.ReviewerPool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The Secretariat's panel page with many subjects: paged conflicts and pairs, subjects named by reference. */
class ReviewPanelPagingIntegrationTests extends IntegrationTest {

    private static final int SUBJECTS = 130;

    @Autowired ReviewerPool reviewers;
    @Autowired PanelSetup panels;
    @Autowired PanelQueries panelQueries;
    @Autowired ConflictRegister conflicts;
    @Autowired ConflictQueries conflictQueries;
    @Autowired AssignmentRunner assignments;
    @Autowired AssignmentQueries assignmentQueries;
    @Autowired PairingEditor pairingEditor;
    @Autowired TestSubjects subjects;
    @Autowired AccountManagement accounts;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private final RequestPostProcessor secretariat = user("secretariat").roles("SECRETARIAT");

    UUID expert(String name, String country) {
        Someone person = Someone.register(accounts, name, "REVIEWER");
        return reviewers.add(new ReviewerCommand(person.email(), name, name + " Institute", country, List.of("en"), List.of("1.1"), 60));
    }

    /** A panel of many subjects from CN, one CN reviewer (a COUNTRY conflict with every subject) and three others. */
    record Setup(UUID panel, UUID compatriot, List<UUID> others) {
    }

    Setup setup(String prefix) {
        List<SubjectFacts> facts = new ArrayList<>();
        for (int i = 0; i < SUBJECTS; i++) {
            facts.add(TestSubjects.subject(String.format("%s-%03d", prefix, i), "CN", prefix + " University " + i, null,
                    List.of("1.1", "1"), "Person " + i));
        }
        UUID panel = panels.open(TestSubjects.TYPE, subjects.scope(facts));
        panels.configure(panel, new PanelSetup.Settings(1, 0, 60, 0.001, false, true, List.of(), List.of(),
                LocalDateTime.now().plusDays(30).withNano(0), "Asia/Shanghai"));
        panels.loadSubjects(panel);
        UUID compatriot = expert(prefix + " Compatriot", "CN");
        List<UUID> others = List.of(expert(prefix + " Other A", "FR"), expert(prefix + " Other B", "DE"), expert(prefix + " Other C", "BR"));
        List<UUID> all = new ArrayList<>(others);
        all.add(compatriot);
        panels.invite(panel, all);
        for (UUID reviewer : all) {
            UUID person = jdbc.sql("select person_id from review.reviewer where id = ?").param(reviewer).query(UUID.class).single();
            panels.answer(person, panel, true);
        }
        return new Setup(panel, compatriot, others);
    }

    String page(UUID panel, String query) throws Exception {
        MockHttpServletRequestBuilder request = get("/secretariat/review/panels/" + panel + query).with(secretariat);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    static int count(String html, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void manySubjectsArePagedAndNeverListedInASelect() throws Exception {
        Setup s = setup("PGN");
        assertThat(conflictQueries.ofPanel(s.panel())).hasSize(SUBJECTS);

        String first = page(s.panel(), "");
        assertThat(count(first, "class=\"conflict-row\"")).isEqualTo(50);
        assertThat(first).contains(SUBJECTS + " conflicts recorded", "data-source=\"COUNTRY\"", "Same country: " + SUBJECTS, "Page 1 of 3");
        // the options are the four members (twice: conflict and pin/ban forms) and pin or ban: no subject
        // (besides the expertise-field filter and all)
        assertThat(count(first, "<option")).isEqualTo(reviewers.fields().size() + 1 + 4 + 4 + 2);
        assertThat(first).doesNotContain("<option value=\"" + subjectId(s.panel(), "PGN-007") + "\"");
        assertThat(count(first, "data-subject-reference")).isEqualTo(2);

        String last = page(s.panel(), "?page=2");
        assertThat(count(last, "class=\"conflict-row\"")).isEqualTo(SUBJECTS - 100);
        assertThat(last).contains("Page 3 of 3", "rel=\"prev\"");
        assertThat(page(s.panel(), "?page=99")).contains("Page 3 of 3");
        assertThat(page(s.panel(), "?page=1&pairs=0")).contains("pairs=0&amp;page=2", "href=\"/secretariat/review/panels/" + s.panel() + "?pairs=0\"");

        // assigned pairs: one page of 50 subjects, the next page on request
        assertThat(assignments.run(s.panel()).feasible()).isTrue();
        String assigned = page(s.panel(), "");
        assertThat(count(assigned, "class=\"assigned-row\"")).isEqualTo(50);
        assertThat(assigned).contains("PGN-000", "PGN-049").doesNotContain(">PGN-050<");
        String second = page(s.panel(), "?pairs=2");
        assertThat(count(second, "class=\"assigned-row\"")).isEqualTo(SUBJECTS - 100);
        assertThat(second).contains(">PGN-129<");
        assertThat(assignmentQueries.pairPage(s.panel(), 2, 50).items()).allSatisfy(e -> assertThat(e.pairs()).hasSize(1));
    }

    @Test
    void aPanelIsOpenedForAnOfferedScopeAndItsSettingsAreRefusedOnTheirFields() throws Exception {
        UUID scope = subjects.scope(List.of(TestSubjects.subject("OPN-1", "CN", "Open University", null, List.of("1.1"))));
        var opened = mvc.perform(post("/secretariat/review/panels").with(secretariat).with(csrf()).param("scope", scope.toString()))
                .andReturn();
        UUID panel = panelQueries.forScope(new ReviewScope(TestSubjects.TYPE, scope)).orElseThrow().id();
        assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/secretariat/review/panels/" + panel);
        int panelsBefore = panelQueries.list().size();
        var malformed = mvc.perform(post("/secretariat/review/panels").with(secretariat).with(csrf()).param("scope", "not-an-id"))
                .andReturn().getResponse();
        assertThat(malformed.getStatus()).isEqualTo(422);
        assertThat(malformed.getContentAsString()).contains("id=\"scope-error\"").doesNotContain("Choose something to review.");
        var notOffered = mvc.perform(post("/secretariat/review/panels").with(secretariat).with(csrf())
                .param("scope", UUID.randomUUID().toString())).andReturn().getResponse();
        assertThat(notOffered.getStatus()).isEqualTo(422);
        assertThat(notOffered.getContentAsString()).contains("id=\"scope-error\">Choose something to review.");
        assertThat(panelQueries.list()).hasSize(panelsBefore);

        var refused = mvc.perform(post("/secretariat/review/panels/" + panel + "/settings").with(secretariat).with(csrf())
                .param("reviewersPerSubject", "11").param("minLoad", "0").param("maxLoad", "x").param("loadPenalty", "0.01")
                .param("zone", "Asia/Shanghai")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("id=\"maxLoad-error\">Enter a whole number.", "name=\"reviewersPerSubject\" value=\"3\"");
        assertThat(panelQueries.get(panel).reviewersPerSubject()).isEqualTo(3);
        var refusedByTheService = mvc.perform(post("/secretariat/review/panels/" + panel + "/settings").with(secretariat).with(csrf())
                .param("reviewersPerSubject", "11").param("minLoad", "0").param("maxLoad", "5").param("loadPenalty", "0.01")
                .param("zone", "Asia/Shanghai")).andReturn().getResponse();
        assertThat(refusedByTheService.getStatus()).isEqualTo(422);
        assertThat(refusedByTheService.getContentAsString()).contains("id=\"reviewersPerSubject-error\"");
        assertThat(mvc.perform(post("/secretariat/review/panels/" + panel + "/settings").with(secretariat).with(csrf())
                .param("reviewersPerSubject", "2").param("minLoad", "0").param("maxLoad", "5").param("loadPenalty", "0.01")
                .param("zone", "Asia/Shanghai")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(panelQueries.get(panel).reviewersPerSubject()).isEqualTo(2);
    }

    @Test
    void aConflictIsRecordedByReferenceAndAnUnknownReferenceIsRefused() throws Exception {
        Setup s = setup("PGR");
        UUID reviewer = s.others().get(0);
        int before = conflictQueries.ofPanel(s.panel()).size();

        var unknown = mvc.perform(post("/secretariat/review/panels/" + s.panel() + "/conflicts").with(secretariat).with(csrf())
                .param("subjectRef", "NOPE-1").param("reviewer", reviewer.toString()).param("reason", "Co-author")).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(422);
        assertThat(conflictQueries.ofPanel(s.panel())).hasSize(before);
        String refused = unknown.getResponse().getContentAsString();
        assertThat(refused).contains("id=\"subjectRef-error\">No application of this panel has the reference NOPE-1", "value=\"NOPE-1\"");

        var added = mvc.perform(post("/secretariat/review/panels/" + s.panel() + "/conflicts").with(secretariat).with(csrf())
                .param("subjectRef", " pgr-042 ").param("reviewer", reviewer.toString()).param("reason", "Co-author")).andReturn();
        assertThat(added.getFlashMap().get("flashSuccess")).isEqualTo("flash.saved");
        assertThat(conflictQueries.ofPanel(s.panel())).filteredOn(c -> c.source() == ConflictSource.SECRETARIAT).singleElement().satisfies(c -> {
            assertThat(c.subjectLabel()).isEqualTo("PGR-042");
            assertThat(c.reviewerId()).isEqualTo(reviewer);
        });
        // newest first: the recorded conflict heads the list
        assertThat(conflictQueries.page(s.panel(), 0, 50).rows().items().get(0).source()).isEqualTo(ConflictSource.SECRETARIAT);

        // pins by reference too; an unknown one is refused in Chinese next to its field
        var pinned = mvc.perform(post("/secretariat/review/panels/" + s.panel() + "/pairings").with(secretariat).with(csrf())
                .param("subjectRef", "PGR-001").param("reviewer", reviewer.toString()).param("kind", "PIN")).andReturn();
        assertThat(pinned.getFlashMap().get("flashSuccess")).isEqualTo("flash.saved");
        assertThat(assignmentQueries.pairings(s.panel())).singleElement().satisfies(p -> assertThat(p.subjectLabel()).isEqualTo("PGR-001"));
        var refusedPin = mvc.perform(post("/secretariat/review/panels/" + s.panel() + "/pairings").with(secretariat).with(csrf())
                .locale(java.util.Locale.CHINESE).param("subjectRef", "X-9").param("reviewer", reviewer.toString()).param("kind", "BAN"))
                .andReturn();
        assertThat(refusedPin.getResponse().getStatus()).isEqualTo(422);
        assertThat(refusedPin.getResponse().getContentAsString()).contains("本评审组中没有编号为 X-9 的申请，请对照申请列表核对。");
        assertThat(assignmentQueries.pairings(s.panel())).hasSize(1);
    }

    UUID subjectId(UUID panel, String label) {
        return jdbc.sql("select subject_id from review.subject where panel_id = ? and label = ?").params(panel, label).query(UUID.class)
                .single();
    }
}
