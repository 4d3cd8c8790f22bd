package org.ansoplatform.review;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.activitylog.ActivityFilter;
import org.ansoplatform.activitylog.ActivityQueries;
import org.ansoplatform.review.SubjectSource.SubjectFacts;
import org.ansoplatform.review.panels.AssignmentRunner;
import org.ansoplatform.review.panels.ConflictRegister;
import org.ansoplatform.review.panels.PairingEditor;
import org.ansoplatform.review.panels.PairingKind;
import org.ansoplatform.review.panels.PanelSetup;
import org.ansoplatform.review.panels.ReviewerPool;
import org.ansoplatform.review.panels.ReviewerPool.Relation;
import org.ansoplatform.review.panels.ReviewerPool.RelationKind;
import org.ansoplatform.review.panels.ReviewerPool.ReviewerCommand;
import org.ansoplatform.review.panels.RunSummary;
import org.ansoplatform.review.reviewing.ReviewingStore;
import org.ansoplatform.shared.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Panels ready for reviewing, set up through the review module's own services as the Secretariat's pages
 * would: subjects offered by a {@link TestSubjects} scope and loaded, reviewers added to the pool, invited
 * and accepting, each wanted pair pinned so the assignment run stores exactly those pairs, and reviewing
 * opened. A component of the test classpath (like TestSubjects), so the shared test context stays one.
 */
@Component
final class ReviewingTestData {

    /** The zone panels give their deadlines in. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final AccountManagement accounts;
    private final ReviewerPool pool;
    private final PanelSetup panels;
    private final PairingEditor pairings;
    private final AssignmentRunner assignments;
    private final ConflictRegister conflicts;
    private final TestSubjects subjects;
    private final ActivityQueries activity;

    ReviewingTestData(AccountManagement accounts, ReviewerPool pool, PanelSetup panels, PairingEditor pairings,
            AssignmentRunner assignments, ConflictRegister conflicts, TestSubjects subjects, ActivityQueries activity) {
        this.accounts = accounts;
        this.pool = pool;
        this.panels = panels;
        this.pairings = pairings;
        this.assignments = assignments;
        this.conflicts = conflicts;
        this.subjects = subjects;
        this.activity = activity;
    }

    /** A registered person with the REVIEWER role in the test, added to the reviewer pool. */
    Expert reviewer(String name) {
        Someone person = Someone.register(accounts, name, "REVIEWER");
        UUID id = pool.add(new ReviewerCommand(person.email(), name, "Institute of " + name, "CN", List.of("en"), List.of("1.1"), 40));
        return new Expert(id, person);
    }

    /** A reviewer as above who reads the platform in the given language. */
    Expert reviewer(String name, String language) {
        String email = name.toLowerCase().replaceAll("[^a-z]+", ".") + "." + System.nanoTime() + "@example.org";
        UUID personId = accounts.register(email, name, "a long enough passphrase", language);
        Someone person = new Someone(personId, email, name, Set.of("REVIEWER"));
        UUID id = pool.add(new ReviewerCommand(email, name, "Institute of " + name, "CN", List.of("en"), List.of("1.1"), 40));
        return new Expert(id, person);
    }

    record Expert(UUID id, Someone person) {
    }

    /** A panel to set up, of a new test scope, whose reviews are due at {@code deadline}. */
    PanelPlan panel(Instant deadline) {
        return new PanelPlan(deadline);
    }

    /** Invites the reviewer to a panel (not closed) and accepts for them. */
    void member(UUID panelId, Expert reviewer) {
        panels.invite(panelId, List.of(reviewer.id()));
        panels.answer(reviewer.person().id(), panelId, true);
    }

    /** The Secretariat records a conflict of a member with a subject they are not assigned to. */
    void conflict(UUID panelId, UUID subjectId, Expert reviewer) {
        conflicts.add(panelId, subjectId, reviewer.id(), "former student");
    }

    /** The reviewer declares a person they are related to; the panels they belong to recompute their conflicts. */
    void relation(Expert reviewer, String person) {
        pool.updateRelations(reviewer.person().id(), List.of(new Relation(RelationKind.PERSON, person)));
    }

    static UUID reviewId(UUID panelId, UUID subjectId, Expert reviewer) {
        return ReviewingStore.reviewId(panelId, subjectId, reviewer.id());
    }

    /** How often the activity log recorded a refused access of this person to the subject. */
    int refusals(UUID subjectId, Someone who) {
        return (int) activity.find(new ActivityFilter(null, "review.accessRefused", null, subjectId.toString(), null, null),
                new PageRequest(0, PageRequest.MAX_SIZE)).items().stream().filter(entry -> who.id().equals(entry.actorId())).count();
    }

    /**
     * What a panel is to be: its subjects, who reviews which (every subject the same number of reviewers,
     * so the run stores exactly the pinned pairs) and who else is a member.
     */
    final class PanelPlan {

        private final Instant deadline;
        private final UUID scope = subjects.scope(List.of());
        private final List<SubjectFacts> facts = new ArrayList<>();
        private final Map<UUID, List<Expert>> reviewers = new LinkedHashMap<>();
        private final Set<Expert> members = new LinkedHashSet<>();

        private PanelPlan(Instant deadline) {
            this.deadline = deadline;
        }

        /** The scope whose panel this is. */
        ReviewScope scope() {
            return new ReviewScope(TestSubjects.TYPE, scope);
        }

        /** A subject of the scope, with an applicant of that name; returns its id. */
        UUID subject(String label, String applicant) {
            return subject(TestSubjects.subject(label, "KE", "Test University", null, List.of("1.1"), applicant));
        }

        UUID subject(String label) {
            return subject(label, "Applicant " + label);
        }

        UUID subject(SubjectFacts subject) {
            facts.add(subject);
            reviewers.put(subject.subject().id(), new ArrayList<>());
            return subject.subject().id();
        }

        /** These reviewers (members of the panel) are assigned to the subject. */
        PanelPlan assign(UUID subjectId, Expert... experts) {
            reviewers.get(subjectId).addAll(List.of(experts));
            members.addAll(List.of(experts));
            return this;
        }

        /** Members of the panel without an assignment of their own. */
        PanelPlan member(Expert... experts) {
            members.addAll(List.of(experts));
            return this;
        }

        /** The panel set up with its assignment stored, still in SETUP; answers its id. */
        UUID assigned() {
            Set<Integer> perSubject = new LinkedHashSet<>();
            reviewers.values().forEach(assigned -> perSubject.add(assigned.size()));
            if (perSubject.size() != 1 || perSubject.contains(0)) {
                throw new IllegalStateException("every subject needs the same number of reviewers, not " + perSubject);
            }
            subjects.replace(scope, facts);
            UUID panelId = panels.open(TestSubjects.TYPE, scope);
            panels.configure(panelId, new PanelSetup.Settings(perSubject.iterator().next(), 0, 40, 0.001, false, false, List.of(),
                    List.of(), LocalDateTime.ofInstant(deadline, ZONE), ZONE.getId()));
            panels.loadSubjects(panelId);
            panels.invite(panelId, members.stream().map(Expert::id).toList());
            members.forEach(expert -> panels.answer(expert.person().id(), panelId, true));
            reviewers.forEach((subjectId, assigned) -> assigned.forEach(expert ->
                    pairings.setPairing(panelId, subjectId, expert.id(), PairingKind.PIN)));
            RunSummary run = assignments.run(panelId);
            if (!run.feasible()) {
                throw new IllegalStateException("the pinned assignment is infeasible: " + run.explanations());
            }
            return panelId;
        }

        /** The panel set up, assigned and reviewing; answers its id. */
        UUID reviewing() {
            UUID panelId = assigned();
            panels.openReviewing(panelId);
            return panelId;
        }
    }
}
