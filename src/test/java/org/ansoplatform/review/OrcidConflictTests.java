package org.ansoplatform.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.OrcidProfile;
import org.ansoplatform.review.SubjectSource.SubjectFacts;
import org.ansoplatform.review.panels.AssignmentRunner;
import org.ansoplatform.review.panels.ConflictQueries;
import org.ansoplatform.review.panels.ConflictSource;
import org.ansoplatform.review.panels.PanelSetup;
import org.ansoplatform.review.panels.ReviewerPool;
import org.ansoplatform.review.panels.ReviewerPool.ReviewerCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The same ORCID iD on both sides of a review is a conflict of interest: the reviewer's iD (from their account)
 * equal to one of a subject's people (its applicant, a referee or a team member, as the source lists them).
 */
class OrcidConflictTests extends IntegrationTest {

    @Autowired ReviewerPool reviewers;
    @Autowired PanelSetup panels;
    @Autowired ConflictQueries conflicts;
    @Autowired AssignmentRunner assignments;
    @Autowired TestSubjects subjects;
    @Autowired AccountManagement accounts;
    @Autowired OrcidProfile orcids;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    record Expert(UUID reviewerId, Someone person) {
    }

    Expert expert(String name, String field) {
        Someone person = Someone.register(accounts, name, "REVIEWER");
        UUID id = reviewers.add(new ReviewerCommand(person.email(), name, name + " Institute", "FR", List.of("en"), List.of(field), 10));
        return new Expert(id, person);
    }

    UUID panel(List<SubjectFacts> facts, List<Expert> members) {
        UUID panel = panels.open(TestSubjects.TYPE, subjects.scope(facts));
        panels.configure(panel, new PanelSetup.Settings(1, 0, facts.size(), 0.001, false, false, List.of(), List.of(),
                LocalDateTime.now().plusDays(30).withNano(0), "Asia/Shanghai"));
        panels.loadSubjects(panel);
        panels.invite(panel, members.stream().map(Expert::reviewerId).toList());
        members.forEach(e -> panels.answer(e.person().id(), panel, true));
        return panel;
    }

    List<UUID> reviewersOf(UUID panel, UUID subject) {
        return jdbc.sql("select reviewer_id from review.assignment where panel_id = :panel and subject_id = :subject")
                .param("panel", panel).param("subject", subject).query(UUID.class).list();
    }

    @Test
    void aReviewerWhoseIdEqualsTheApplicantsIsNeverAssignedAndIsShownWhy() throws Exception {
        String shared = "0000-0002-1825-0097";
        // the expert whose field matches both subjects exactly: without the conflict the solver would rather give them the first (the other declares the area only)
        Expert twin = expert("Orcid Twin", "1.1");
        Expert other = expert("Orcid Other", "1");
        orcids.change(twin.person().id(), "https://orcid.org/" + shared);
        SubjectFacts own = TestSubjects.subject("OC-0", "CN", "Orcid University 0", null, List.of("1.1", "1"), "Applicant 0", shared);
        SubjectFacts unrelated = TestSubjects.subject("OC-1", "CN", "Orcid University 1", null, List.of("1.1", "1"), "Applicant 1",
                "0000-0001-5109-3700");
        UUID panel = panel(List.of(own, unrelated), List.of(twin, other));

        assertThat(conflicts.ofPanel(panel)).filteredOn(c -> c.source() == ConflictSource.ORCID).singleElement().satisfies(c -> {
            assertThat(c.subjectId()).isEqualTo(own.subject().id());
            assertThat(c.reviewerId()).isEqualTo(twin.reviewerId());
            assertThat(c.reason()).isEqualTo("https://orcid.org/" + shared);
        });

        assertThat(assignments.run(panel).feasible()).isTrue();
        assertThat(reviewersOf(panel, own.subject().id())).containsExactly(other.reviewerId());
        assertThat(reviewersOf(panel, unrelated.subject().id())).containsExactly(twin.reviewerId());

        // the reviewer's declaration list says why the application is excluded
        String declarations = mvc.perform(get("/reviewer/panels/" + panel + "/conflicts").with(twin.person().signedIn())
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
        assertThat(declarations).containsPattern("id=\"subject-" + own.subject().id() + "\"[\\s\\S]*?data-source=\"ORCID\">Same ORCID iD<");
        // and the Secretariat's panel page counts it under its own reason
        String page = mvc.perform(get("/secretariat/review/panels/" + panel).with(Someone.register(accounts, "Orcid Secretary", "SECRETARIAT")
                .signedIn()).header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-source=\"ORCID\"").contains("Same ORCID iD");
    }

    @Test
    void anIdGivenAfterJoiningThePanelIsAConflictAtOnceAndRemovingItEndsIt() {
        String referee = "0000-0001-5109-3700";
        Expert late = expert("Orcid Late", "1.1");
        Expert other = expert("Orcid Bystander", "1.1");
        SubjectFacts subject = TestSubjects.subject("OL-0", "CN", "Orcid Late University", null, List.of("1.1", "1"), "Applicant L",
                "Referee L", referee);
        UUID panel = panel(List.of(subject), List.of(late, other));
        assertThat(conflicts.isConflicted(panel, subject.subject().id(), late.reviewerId())).isFalse();

        orcids.change(late.person().id(), referee.replace("-", ""));
        assertThat(conflicts.isConflicted(panel, subject.subject().id(), late.reviewerId())).isTrue();
        assertThat(conflicts.isConflicted(panel, subject.subject().id(), other.reviewerId())).isFalse();
        assertThat(assignments.run(panel).feasible()).isTrue();
        assertThat(reviewersOf(panel, subject.subject().id())).containsExactly(other.reviewerId());

        orcids.change(late.person().id(), "");
        assertThat(conflicts.ofPanel(panel)).noneMatch(c -> c.source() == ConflictSource.ORCID);
    }

    @Test
    void namesAndOtherIdsAreNoConflict() {
        Expert expert = expert("Orcid Stranger", "1.1");
        orcids.change(expert.person().id(), "0000-0002-1694-233X");
        SubjectFacts subject = TestSubjects.subject("ON-0", "CN", "Orcid None University", null, List.of("1.1", "1"), "Applicant N",
                "0000-0002-1825-0097", "not an id 0000-0002-1694-233X");
        UUID panel = panel(List.of(subject), List.of(expert));
        assertThat(conflicts.ofPanel(panel)).noneMatch(c -> c.source() == ConflictSource.ORCID);
    }
}
