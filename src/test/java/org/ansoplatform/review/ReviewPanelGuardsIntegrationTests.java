package org.ansoplatform.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.review.panels.ReviewerPool.Relation;
import org.ansoplatform.review.panels.ReviewerPool.RelationKind;
import org.ansoplatform.review.panels.ReviewerPool.ReviewerCommand;
import org.ansoplatform.review.SubjectSource.SubjectFacts;
import org.ansoplatform.review.panels.AssignmentQueries;
import org.ansoplatform.review.panels.AssignmentRunner;
import org.ansoplatform.review.panels.ConflictQueries;
import org.ansoplatform.review.panels.ConflictRegister;
import org.ansoplatform.review.panels.ConflictSource;
import org.ansoplatform.review.panels.PairingEditor;
import org.ansoplatform.review.panels.PairingKind;
import org.ansoplatform.review.panels.PanelQueries;
import org.ansoplatform.review.panels.PanelSetup;
import org.ansoplatform.review.panels.ReviewerPool;
import org.ansoplatform.review.panels.RunSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Guards of panels, conflicts and assignment against changes made after an assignment ran. */
class ReviewPanelGuardsIntegrationTests extends IntegrationTest {

    @Autowired ReviewerPool reviewers;
    @Autowired PanelSetup panels;
    @Autowired PanelQueries panelQueries;
    @Autowired ConflictRegister conflicts;
    @Autowired ConflictQueries conflictQueries;
    @Autowired AssignmentRunner assignments;
    @Autowired AssignmentQueries assignmentQueries;
    @Autowired PairingEditor pairingEditor;
    @Autowired org.ansoplatform.review.reviewing.Calibrator calibrator;
    @Autowired TestSubjects subjects;
    @Autowired AccountManagement accounts;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    record Expert(UUID reviewerId, Someone person, String name) {
        ReviewerCommand with(String institution, int maxLoad) {
            return new ReviewerCommand(person.email(), name, institution, "FR", List.of("en"), List.of("1.1"), maxLoad);
        }
    }

    Expert expert(String name, String institution) {
        Someone person = Someone.register(accounts, name, "REVIEWER");
        UUID id = reviewers.add(new ReviewerCommand(person.email(), name, institution, "FR", List.of("en"), List.of("1.1"), 40));
        return new Expert(id, person, name);
    }

    List<Expert> experts(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> expert(prefix + " " + i, prefix + " Institute " + i)).toList();
    }

    static List<SubjectFacts> facts(String prefix, int n) {
        List<SubjectFacts> facts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            facts.add(TestSubjects.subject(prefix + "-" + i, "CN", prefix + " University " + i, null, List.of("1.1", "1"), "Person " + i));
        }
        return facts;
    }

    UUID panel(List<SubjectFacts> facts, int k, int maxLoad, List<Expert> members) {
        UUID panel = panels.open(TestSubjects.TYPE, subjects.scope(facts));
        settings(panel, k, maxLoad);
        panels.loadSubjects(panel);
        panels.invite(panel, members.stream().map(Expert::reviewerId).toList());
        members.forEach(e -> panels.answer(e.person().id(), panel, true));
        return panel;
    }

    /** A panel with its assignment stored and reviewing open. */
    UUID reviewing(List<SubjectFacts> facts, int k, int maxLoad, List<Expert> members) {
        UUID panel = panel(facts, k, maxLoad, members);
        assertThat(assignments.run(panel).feasible()).isTrue();
        panels.openReviewing(panel);
        return panel;
    }

    void settings(UUID panel, int k, int maxLoad) {
        panels.configure(panel, new PanelSetup.Settings(k, 0, maxLoad, 0.001, false, false, List.of(), List.of(),
                LocalDateTime.now().plusDays(30).withNano(0), "Asia/Shanghai"));
    }

    List<UUID> reviewersOf(UUID panel, UUID subject) {
        return jdbc.sql("select reviewer_id from review.assignment where panel_id = ? and subject_id = ?").params(panel, subject)
                .query(UUID.class).list();
    }

    static String key(Throwable e) {
        return ((InvalidInputException) e).violations().get(0).messageKey();
    }

    @Test
    void aChangedProfileIsAConflictBeforeTheNextRunAndOpeningReviewing() {
        List<Expert> experts = experts("Profile", 3);
        List<SubjectFacts> facts = facts("PR", 3);
        UUID panel = panel(facts, 1, 3, experts);
        UUID first = facts.get(0).subject().id();

        // the reviewer declares a relation with the applicant after joining: a conflict at once
        reviewers.updateRelations(experts.get(2).person().id(), List.of(new Relation(RelationKind.PERSON, "person 0")));
        assertThat(conflictQueries.isConflicted(panel, first, experts.get(2).reviewerId())).isTrue();

        assertThat(assignments.run(panel).feasible()).isTrue();
        UUID assigned = reviewersOf(panel, first).get(0);
        Expert moved = experts.stream().filter(e -> e.reviewerId().equals(assigned)).findFirst().orElseThrow();
        // the Secretariat records that the assigned reviewer moved to the applicant's university
        reviewers.update(moved.reviewerId(), moved.with("PR University 0", 40));
        assertThat(conflictQueries.isConflicted(panel, first, assigned)).isTrue();
        assertThatThrownBy(() -> panels.openReviewing(panel)).satisfies(e -> assertThat(key(e))
                .isEqualTo("review.panel.error.conflictedAssignment"));

        assertThat(assignments.run(panel).feasible()).isTrue();
        assertThat(reviewersOf(panel, first)).doesNotContain(assigned, experts.get(2).reviewerId());
        panels.openReviewing(panel);
        assertThat(panelQueries.get(panel).status()).isEqualTo(ReviewOutcomes.PanelStatus.REVIEWING);
    }

    @Test
    void aReviewerNamedAmongAnApplicationsPeopleIsConflicted() {
        Expert self = expert("Self Applicant", "Self Institute");
        Expert other = expert("Other Person", "Other Institute");
        List<SubjectFacts> facts = List.of(TestSubjects.subject("SELF-1", "CN", "Somewhere", null, List.of("1.1"), "Self Applicant",
                self.person().email().toUpperCase(java.util.Locale.ROOT)), TestSubjects.subject("SELF-2", "CN", "Elsewhere", null,
                List.of("1.1"), "Someone Else", "else@example.org"));
        UUID panel = panel(facts, 1, 2, List.of(self, other));
        assertThat(conflictQueries.ofPanel(panel)).singleElement().satisfies(c -> {
            assertThat(c.subjectLabel()).isEqualTo("SELF-1");
            assertThat(c.reviewerId()).isEqualTo(self.reviewerId());
            assertThat(c.source()).isEqualTo(ConflictSource.RELATION);
        });
        assertThat(assignments.run(panel).feasible()).isTrue();
        assertThat(reviewersOf(panel, facts.get(0).subject().id())).containsExactly(other.reviewerId());
    }

    @Test
    void reviewingDoesNotOpenOnAnAssignmentMadeStaleBySubjectsOrSettings() {
        List<Expert> experts = experts("Stale", 3);
        List<SubjectFacts> facts = facts("ST", 2);
        UUID panel = panel(facts, 1, 3, experts);
        assertThat(assignments.run(panel).feasible()).isTrue();

        List<SubjectFacts> more = new ArrayList<>(facts);
        more.add(TestSubjects.subject("ST-new", "CN", "ST University new", null, List.of("1.1"), "Late Applicant"));
        subjects.replace(panelQueries.get(panel).scope().id(), more);
        panels.loadSubjects(panel);
        assertThatThrownBy(() -> panels.openReviewing(panel)).satisfies(e -> assertThat(key(e))
                .isEqualTo("review.panel.error.staleSubjects"));

        assertThat(assignments.run(panel).feasible()).isTrue();
        settings(panel, 2, 3);
        assertThatThrownBy(() -> panels.openReviewing(panel)).satisfies(e -> assertThat(key(e))
                .isEqualTo("review.panel.error.staleSubjects"));

        assertThat(assignments.run(panel).feasible()).isTrue();
        // a reviewer's own maximum lowered below their load
        UUID busiest = jdbc.sql("select reviewer_id from review.assignment where panel_id = ? group by reviewer_id order by count(*) desc limit 1")
                .param(panel).query(UUID.class).single();
        Expert lowered = experts.stream().filter(e -> e.reviewerId().equals(busiest)).findFirst().orElseThrow();
        reviewers.update(busiest, lowered.with("Stale Institute lowered", 1));
        assertThatThrownBy(() -> panels.openReviewing(panel)).satisfies(e -> assertThat(key(e))
                .isEqualTo("review.panel.error.staleLoads"));
        assertThat(assignments.run(panel).feasible()).isTrue();
        panels.openReviewing(panel);
    }

    @Test
    void aSecretariatConflictRemovesAnAssignedPairInSetupAndIsRefusedWhileReviewing() {
        List<Expert> experts = experts("Secr", 3);
        List<SubjectFacts> facts = facts("SC", 3);
        UUID panel = panel(facts, 1, 3, experts);
        assertThat(assignments.run(panel).feasible()).isTrue();
        UUID subject = facts.get(0).subject().id();
        UUID assigned = reviewersOf(panel, subject).get(0);
        conflicts.add(panel, subject, assigned, "co-author");
        assertThat(reviewersOf(panel, subject)).isEmpty();
        assertThatThrownBy(() -> panels.openReviewing(panel)).isInstanceOf(InvalidInputException.class);

        assertThat(assignments.run(panel).feasible()).isTrue();
        panels.openReviewing(panel);
        UUID now = reviewersOf(panel, subject).get(0);
        assertThatThrownBy(() -> conflicts.add(panel, subject, now, "supervisor")).satisfies(e -> assertThat(key(e))
                .isEqualTo("review.conflict.error.assignedReviewing"));
        assertThat(conflictQueries.isConflicted(panel, subject, now)).isFalse();
        assertThat(reviewersOf(panel, subject)).containsExactly(now);
        // a pair that is not assigned may still be recorded
        UUID free = experts.stream().map(Expert::reviewerId).filter(id -> !id.equals(now) && !id.equals(assigned)).findFirst().orElseThrow();
        conflicts.add(panel, subject, free, "same lab");
        assertThat(conflictQueries.isConflicted(panel, subject, free)).isTrue();
    }

    @Test
    void withdrawingDuringReviewingKeepsFurtherReviewsAndMovesConflictedPairs() {
        List<Expert> experts = experts("Withdraw", 6);
        List<SubjectFacts> facts = facts("WD", 6);
        UUID panel = reviewing(facts, 2, 4, experts);

        UUID s0 = facts.get(0).subject().id();
        UUID s1 = facts.get(1).subject().id();
        UUID conflictedReviewer = reviewersOf(panel, s0).get(0);
        UUID further = experts.stream().map(Expert::reviewerId).filter(id -> !reviewersOf(panel, s1).contains(id)
                && !id.equals(conflictedReviewer)).findFirst().orElseThrow();
        UUID leaving = experts.stream().map(Expert::reviewerId).filter(id -> !id.equals(conflictedReviewer) && !id.equals(further))
                .filter(id -> jdbc.sql("select count(*) from review.assignment where panel_id = ? and reviewer_id = ?").params(panel, id)
                        .query(Integer.class).single() > 0)
                .findFirst().orElseThrow();
        // a further review, recorded as the reviewing side records it
        UUID run = UUID.randomUUID();
        jdbc.sql("""
                insert into review.assignment_run (id, panel_id, run_by, run_at, kind, feasible, summary)
                values (?, ?, ?, now(), 'REASSIGN', true, jsonb_build_object('furtherReview', true))""")
                .params(run, panel, new UUID(0, 0)).update();
        jdbc.sql("""
                insert into review.assignment (panel_id, subject_id, reviewer_id, affinity, pinned, run_id, assigned_at)
                values (?, ?, ?, 0, true, ?, now())""").params(panel, s1, further, run).update();
        // an assigned reviewer becomes conflicted during reviewing
        Expert moved = experts.stream().filter(e -> e.reviewerId().equals(conflictedReviewer)).findFirst().orElseThrow();
        reviewers.update(conflictedReviewer, moved.with("WD University 0", 40));

        var summary = panels.withdraw(panel, leaving).orElseThrow();
        assertThat(summary.feasible()).isTrue();
        assertThat(reviewersOf(panel, s1)).contains(further).hasSize(3);
        assertThat(reviewersOf(panel, s0)).hasSize(2).doesNotContain(conflictedReviewer, leaving);
        assertThat(jdbc.sql("select count(*) from review.assignment where panel_id = ? and reviewer_id = ?").params(panel, leaving)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from review.assignment a join review.conflict c on c.panel_id = a.panel_id "
                + "and c.subject_id = a.subject_id and c.reviewer_id = a.reviewer_id where a.panel_id = ?").param(panel)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aWithdrawalThatWouldBreakAKeptPairsRuleIsRefusedWithAnExplanation() {
        List<Expert> experts = experts("Lowered", 4);
        List<SubjectFacts> facts = facts("LW", 4);
        UUID panel = reviewing(facts, 2, 3, experts);
        // one reviewer's own maximum drops below the pairs they keep, another leaves
        reviewers.update(experts.get(0).reviewerId(), experts.get(0).with("Lowered Institute 0", 1));
        assertThatThrownBy(() -> panels.withdraw(panel, experts.get(1).reviewerId()))
                .isInstanceOfSatisfying(RunSummary.Infeasible.class, e -> assertThat(e.summary().explanations()).isNotEmpty());
        assertThat(jdbc.sql("select status from review.panel_member where panel_id = ? and reviewer_id = ?")
                .params(panel, experts.get(1).reviewerId()).query(String.class).single()).isEqualTo("ACCEPTED");
    }

    @Test
    void pinsAndBansOnlyForAcceptedReviewers() {
        Expert accepted = expert("Pin Accepted", "Pin Institute A");
        Expert invited = expert("Pin Invited", "Pin Institute B");
        List<SubjectFacts> facts = facts("PN", 1);
        UUID panel = panel(facts, 1, 2, List.of(accepted));
        panels.invite(panel, List.of(invited.reviewerId()));
        UUID subject = facts.get(0).subject().id();
        assertThatThrownBy(() -> pairingEditor.setPairing(panel, subject, invited.reviewerId(), PairingKind.PIN)).satisfies(e -> assertThat(key(e))
                .isEqualTo("review.pairing.error.notAccepted"));
        pairingEditor.setPairing(panel, subject, accepted.reviewerId(), PairingKind.PIN);
        assertThat(assignmentQueries.pairings(panel)).singleElement().satisfies(p -> assertThat(p.reviewerId()).isEqualTo(accepted.reviewerId()));
    }

    @Test
    void openingAScopeTwiceAnswersItsPanel() {
        UUID scope = subjects.scope(facts("OP", 1));
        UUID first = panels.open(TestSubjects.TYPE, scope);
        assertThat(panels.open(TestSubjects.TYPE, scope)).isEqualTo(first);
        assertThat(panelQueries.get(first).scope().id()).isEqualTo(scope);
    }

    @Test
    void blindAndConflictListFieldsAreContentKeysWithinBounds() {
        Expert e = expert("Keys Expert", "Keys Institute");
        UUID panel = panel(facts("KY", 1), 1, 2, List.of(e));
        LocalDateTime deadline = LocalDateTime.now().plusDays(30).withNano(0);
        assertThatThrownBy(() -> panels.configure(panel, new PanelSetup.Settings(1, 0, 2, 0.001, false, false, List.of("name", "salary"),
                List.of(), deadline, "Asia/Shanghai"))).satisfies(x -> assertThat(key(x)).isEqualTo("review.panel.error.unknownKey"));
        List<String> many = IntStream.range(0, 51).mapToObj(i -> "k" + i).toList();
        assertThatThrownBy(() -> panels.configure(panel, new PanelSetup.Settings(1, 0, 2, 0.001, false, false, List.of(), many, deadline,
                "Asia/Shanghai"))).satisfies(x -> assertThat(key(x)).isEqualTo("review.panel.error.keyCount"));
        assertThatThrownBy(() -> panels.configure(panel, new PanelSetup.Settings(1, 0, 2, 0.001, false, false, List.of("x".repeat(101)),
                List.of(), deadline, "Asia/Shanghai"))).satisfies(x -> assertThat(key(x)).isEqualTo("review.panel.error.keyLength"));
        assertThat(panelQueries.get(panel).blindFields()).isEmpty();
        panels.configure(panel, new PanelSetup.Settings(1, 0, 2, 0.001, false, false, List.of("name"), List.of("country"), deadline,
                "Asia/Shanghai"));
        assertThat(panelQueries.get(panel).blindFields()).containsExactly("name");
        assertThat(panelQueries.get(panel).conflictListFields()).containsExactly("country");
    }

    @Test
    void thePanelPageWarnsOfConflictedPairsAndExplainsARefusedWithdrawal() throws Exception {
        List<Expert> experts = experts("Page", 4);
        List<SubjectFacts> facts = facts("PG", 4);
        UUID panel = reviewing(facts, 2, 3, experts);
        UUID subject = facts.get(0).subject().id();
        UUID assigned = reviewersOf(panel, subject).get(0);
        Expert moved = experts.stream().filter(e -> e.reviewerId().equals(assigned)).findFirst().orElseThrow();
        reviewers.update(assigned, moved.with("PG University 0", 40));
        var secretariat = user("secretariat").roles("SECRETARIAT");
        assertThat(mvc.perform(get("/secretariat/review/panels/" + panel).with(secretariat)).andReturn().getResponse()
                .getContentAsString()).contains("1 assigned pairs now have a conflict of interest");

        // a refused withdrawal comes back to the page with its reasons, never a server error
        reviewers.update(experts.get(3).reviewerId(), experts.get(3).with("Page Institute 3", 1));
        UUID leaving = experts.stream().map(Expert::reviewerId).filter(id -> !id.equals(experts.get(3).reviewerId())).findFirst()
                .orElseThrow();
        var response = mvc.perform(post("/secretariat/review/panels/" + panel + "/members/" + leaving + "/withdrawal").with(secretariat)
                .with(csrf())).andReturn();
        assertThat(response.getResponse().getStatus()).isEqualTo(302);
        assertThat(response.getFlashMap().get("explanations")).asList().isNotEmpty();
        calibrator.close(panel, true);
        var closed = mvc.perform(post("/secretariat/review/panels/" + panel + "/members/" + leaving + "/withdrawal").with(secretariat)
                .with(csrf())).andReturn();
        assertThat(closed.getResponse().getStatus()).isEqualTo(302);
        assertThat(closed.getFlashMap().get("flashError")).isEqualTo("review.panel.error.closed");
    }
}
