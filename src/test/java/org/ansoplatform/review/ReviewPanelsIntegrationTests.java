package org.ansoplatform.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.review.panels.RunSummary;
import org.ansoplatform.review.panels.ReviewerPool.Relation;
import org.ansoplatform.review.panels.ReviewerPool.RelationKind;
import org.ansoplatform.review.panels.ReviewerPool.ReviewerCommand;
import org.ansoplatform.review.SubjectSource.SubjectFacts;
import org.ansoplatform.review.panels.AssignmentQueries;
import org.ansoplatform.review.panels.AssignmentRunner;
import org.ansoplatform.review.panels.ConflictQueries;
import org.ansoplatform.review.panels.ConflictRegister;
import org.ansoplatform.review.panels.PairingEditor;
import org.ansoplatform.review.panels.PairingKind;
import org.ansoplatform.review.panels.PanelQueries;
import org.ansoplatform.review.panels.PanelSetup;
import org.ansoplatform.review.panels.ReviewerPool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@org.springframework.test.context.event.RecordApplicationEvents
class ReviewPanelsIntegrationTests extends IntegrationTest {

    @Autowired org.springframework.test.context.event.ApplicationEvents events;

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
    @Autowired AccountQueries accountQueries;
    @Autowired JdbcClient jdbc;

    /** A reviewer with an account of their own (so tests can act as them). */
    record Expert(UUID reviewerId, Someone person) {
    }

    Expert expert(String name, String institution, String country, String... fields) {
        Someone person = Someone.register(accounts, name, "REVIEWER");
        UUID id = reviewers.add(new ReviewerCommand(person.email(), name, institution, country, List.of("en"), List.of(fields), 40));
        return new Expert(id, person);
    }

    UUID panel(List<SubjectFacts> facts) {
        return panels.open(TestSubjects.TYPE, subjects.scope(facts));
    }

    void settings(UUID panel, int k, int maxLoad, boolean sameCountry) {
        panels.configure(panel, new PanelSetup.Settings(k, 0, maxLoad, 0.001, false, sameCountry, List.of("name"), List.of("country", "name"),
                LocalDateTime.now().plusDays(30), "Asia/Shanghai"));
    }

    void join(UUID panel, Expert... experts) {
        panels.invite(panel, java.util.Arrays.stream(experts).map(Expert::reviewerId).toList());
        for (Expert e : experts) {
            panels.answer(e.person().id(), panel, true);
        }
    }

    int count(String sql, Object... args) {
        return jdbc.sql(sql).params(args).query(Integer.class).single();
    }

    @Test
    void thePoolRefusesBadInputWithEveryReasonAndInvitesNewPeople() {
        assertThatThrownBy(() -> reviewers.add(new ReviewerCommand("someone@example.org", " ", "x", "XX", List.of("english"),
                List.of("9.9"), -1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::messageKey)
                        .contains("review.pool.error.name", "review.pool.error.country", "review.pool.error.language",
                                "review.pool.error.field", "review.pool.error.maxLoad"));
        assertThatThrownBy(() -> reviewers.add(new ReviewerCommand("not an address", "A B", "", "CN", List.of(), List.of("1.1"), 10)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("email"));

        String email = "new.expert." + System.nanoTime() + "@example.org";
        UUID id = reviewers.add(new ReviewerCommand(email, "New Expert", "University of Lagos", "ng", List.of("en", "fr"),
                List.of("2.2", "1"), 25));
        UUID person = accountQueries.idOf(email).orElseThrow();
        assertThat(reviewers.get(id).personId()).isEqualTo(person);
        assertThat(reviewers.get(id).country()).isEqualTo("NG");
        assertThat(Mail.awaitBody(email, "")).contains("/invitation?token=");
        assertThat(reviewers.list("2").stream().map(ReviewerPool.ReviewerView::id)).contains(id);
        assertThat(reviewers.list("1.3").stream().map(ReviewerPool.ReviewerView::id)).doesNotContain(id);
        assertThatThrownBy(() -> reviewers.add(new ReviewerCommand(email, "Again", "", "CN", List.of(), List.of("1.1"), 10)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("review.pool.error.already"));
        assertThat(reviewers.fields()).hasSize(48);
    }

    @Test
    void reviewersDeclareTheirOwnRelationsOnly() {
        Expert e = expert("Relation Keeper", "Peking University", "CN", "1.1");
        assertThatThrownBy(() -> reviewers.updateRelations(e.person().id(),
                List.of(new Relation(RelationKind.ORGANIZATION, UUID.randomUUID().toString()))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        x -> assertThat(x.violations().get(0).messageKey()).isEqualTo("review.pool.error.organization"));
        reviewers.updateRelations(e.person().id(), List.of(new Relation(RelationKind.PERSON, "Dr. Ama Mensah"),
                new Relation(RelationKind.INSTITUTION, "  "), new Relation(RelationKind.INSTITUTION, "KNUST")));
        assertThat(reviewers.get(e.reviewerId()).relations()).containsExactly(new Relation(RelationKind.PERSON, "Dr. Ama Mensah"),
                new Relation(RelationKind.INSTITUTION, "KNUST"));
        assertThatThrownBy(() -> reviewers.updateRelations(UUID.randomUUID(), List.of())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void automaticAndDeclaredConflictsAreNeverAssignedAndTheAssignmentIsStoredVerified() {
        UUID organization = jdbc.sql("select id from organizations.organization limit 1").query(UUID.class).single();
        Expert lagos = expert("Lagos Colleague", "The University of Lagos.", "NG", "1.3");
        Expert nominator = expert("Nominating Friend", "Academy X", "GH", "1.3");
        Expert compatriot = expert("Same Country", "Institute Y", "KE", "1");
        Expert relative = expert("Related Person", "Institute Z", "CN", "1.3", "2.2");
        Expert other = expert("Other Reviewer", "Institute W", "BR", "1", "2");
        reviewers.updateRelations(nominator.person().id(), List.of(new Relation(RelationKind.ORGANIZATION, organization.toString())));
        reviewers.updateRelations(relative.person().id(), List.of(new Relation(RelationKind.PERSON, "prof. ADA OKAFOR")));
        List<SubjectFacts> facts = new ArrayList<>();
        SubjectFacts a = TestSubjects.subject("T-1", "NG", "University of Lagos", null, List.of("1.3", "1"), "Ada Okafor", "ada@x.org");
        SubjectFacts b = TestSubjects.subject("T-2", "KE", "Moi University", organization, List.of("1.3", "1"), "B B", "b@x.org");
        facts.add(a);
        facts.add(b);
        for (int i = 3; i <= 8; i++) {
            facts.add(TestSubjects.subject("T-" + i, i % 2 == 0 ? "JP" : "CN", "Somewhere " + i, null, List.of(i % 2 == 0 ? "2.2" : "1.3", i % 2 == 0 ? "2" : "1"),
                    "P" + i));
        }
        UUID panel = panel(facts);
        settings(panel, 2, 8, true);
        assertThat(panels.loadSubjects(panel)).isEqualTo(8);
        join(panel, lagos, nominator, compatriot, relative, other);

        Map<String, Set<String>> bySource = new java.util.HashMap<>();
        conflictQueries.ofPanel(panel).forEach(c -> bySource.computeIfAbsent(c.source().name(), s -> new java.util.HashSet<>())
                .add(c.subjectLabel() + "/" + c.reviewerName()));
        assertThat(bySource.get("INSTITUTION")).containsExactly("T-1/Lagos Colleague");
        assertThat(bySource.get("ORGANIZATION")).containsExactly("T-2/Nominating Friend");
        assertThat(bySource.get("COUNTRY")).contains("T-2/Same Country", "T-3/Related Person");
        assertThat(bySource.get("RELATION")).containsExactly("T-1/Related Person");

        // the reviewer's list shows only the conflict-list fields that are not blind
        var page = conflictQueries.declarations(other.person().id(), panel, 0, java.util.Locale.ENGLISH);
        assertThat(page.rows().items()).hasSize(8);
        assertThat(page.rows().items().get(0).shown()).extracting(SubjectSource.SubjectContent.Item::key).containsExactly("country");
        conflicts.declare(other.person().id(), panel, b.subject().id(), "my former student");
        conflicts.declare(other.person().id(), panel, facts.get(4).subject().id(), "");
        conflicts.undo(other.person().id(), panel, facts.get(4).subject().id());
        assertThat(conflictQueries.isConflicted(panel, b.subject().id(), other.reviewerId())).isTrue();
        assertThat(conflictQueries.isConflicted(panel, facts.get(4).subject().id(), other.reviewerId())).isFalse();
        // someone who is not on the panel sees nothing
        assertThatThrownBy(() -> conflictQueries.declarations(UUID.randomUUID(), panel, 0, java.util.Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);

        RunSummary run = assignments.run(panel);
        assertThat(run.feasible()).as("%s", run.explanations()).isTrue();
        assertThat(count("select count(*) from review.assignment where panel_id = ?", panel)).isEqualTo(16);
        assertThat(count("select count(*) from review.assignment a join review.conflict c on c.panel_id = a.panel_id "
                + "and c.subject_id = a.subject_id and c.reviewer_id = a.reviewer_id where a.panel_id = ?", panel)).isZero();
        assertThat(count("select count(*) from (select subject_id from review.assignment where panel_id = ? group by subject_id "
                + "having count(distinct reviewer_id) = 2) x", panel)).isEqualTo(8);
        assertThat(count("select count(*) from review.assignment where panel_id = ? and affinity <= 0", panel)).isZero();
        assertThat(run.summary().pairs()).isEqualTo(16);
        assertThat(run.summary().timing().solver()).isLessThanOrEqualTo(run.summary().timing().total());
        assertThat(assignmentQueries.latest(panel).orElseThrow().summary().objective()).isEqualTo(run.summary().objective());
        // after the assignment a declaration cannot be withdrawn
        assertThatThrownBy(() -> conflicts.undo(other.person().id(), panel, b.subject().id())).isInstanceOf(InvalidInputException.class);

        panels.openReviewing(panel);
        assertThat(panelQueries.get(panel).status()).isEqualTo(ReviewOutcomes.PanelStatus.REVIEWING);
        // the emails link to the paths the events carry
        assertThat(events.stream(ReviewingOpened.class).filter(opened -> opened.panelId().equals(panel))).singleElement()
                .satisfies(opened -> {
                    assertThat(opened.path()).isEqualTo("/reviewer/panels");
                    assertThat(opened.reviewers()).extracting(ReviewingOpened.Assigned::personId).contains(other.person().id());
                });
        assertThat(events.stream(ReviewerInvited.class).filter(invited -> invited.personId().equals(other.person().id())))
                .singleElement().extracting(ReviewerInvited::path).isEqualTo("/reviewer/panels");
    }

    @Test
    void pinsAndBansAreRespected() {
        Expert x = expert("Pin X", "I1", "FR", "1.1");
        Expert y = expert("Pin Y", "I2", "DE", "1.1");
        Expert z = expert("Pin Z", "I3", "IT", "1");
        List<SubjectFacts> facts = List.of(TestSubjects.subject("P-1", "CN", "U", null, List.of("1.1", "1")),
                TestSubjects.subject("P-2", "CN", "U", null, List.of("1.1", "1")));
        UUID panel = panel(facts);
        settings(panel, 2, 2, false);
        panels.loadSubjects(panel);
        join(panel, x, y, z);
        pairingEditor.setPairing(panel, facts.get(0).subject().id(), z.reviewerId(), PairingKind.PIN);
        pairingEditor.setPairing(panel, facts.get(1).subject().id(), x.reviewerId(), PairingKind.BAN);
        assertThat(assignments.run(panel).feasible()).isTrue();
        assertThat(jdbc.sql("select reviewer_id from review.assignment where panel_id = ? and subject_id = ?")
                .params(panel, facts.get(0).subject().id()).query(UUID.class).list()).contains(z.reviewerId());
        assertThat(jdbc.sql("select reviewer_id from review.assignment where panel_id = ? and subject_id = ?")
                .params(panel, facts.get(1).subject().id()).query(UUID.class).list()).containsExactlyInAnyOrder(y.reviewerId(), z.reviewerId());
    }

    @Test
    void anInfeasibleInstanceIsExplainedAndChangesNothing() {
        Expert x = expert("Lonely One", "I1", "FR", "1.1");
        Expert y = expert("Lonely Two", "I2", "DE", "5.1");
        List<SubjectFacts> facts = List.of(TestSubjects.subject("I-1", "CN", "U", null, List.of("1.1", "1")),
                TestSubjects.subject("I-2", "CN", "U", null, List.of("1.1", "1")));
        UUID panel = panel(facts);
        settings(panel, 1, 5, false);
        panels.loadSubjects(panel);
        join(panel, x, y);
        RunSummary first = assignments.run(panel);
        assertThat(first.feasible()).isTrue();
        int runs = count("select count(*) from review.assignment_run where panel_id = ?", panel);
        List<Map<String, Object>> before = jdbc.sql("select * from review.assignment where panel_id = ? order by subject_id").param(panel)
                .query().listOfRows();

        settings(panel, 2, 5, false);
        RunSummary second = assignments.run(panel);
        assertThat(second.feasible()).isFalse();
        assertThat(second.explanations()).extracting(RunSummary.ExplanationView::messageKey)
                .contains("review.assignment.too-few-candidates");
        assertThat(second.explanations().get(0).args().get(0)).isIn("I-1", "I-2");
        assertThat(jdbc.sql("select * from review.assignment where panel_id = ? order by subject_id").param(panel).query().listOfRows())
                .isEqualTo(before);
        assertThat(count("select count(*) from review.assignment_run where panel_id = ?", panel)).isEqualTo(runs);
    }

    @Test
    void aDropOutReassignsOnlyWhatChangedAndKeepsSubmittedReviews() {
        List<Expert> experts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            experts.add(expert("Drop " + i, "Inst " + i, "FR", "1.1"));
        }
        List<SubjectFacts> facts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            facts.add(TestSubjects.subject("D-" + i, "CN", "U", null, List.of("1.1", "1")));
        }
        UUID panel = panel(facts);
        settings(panel, 2, 6, false);
        panels.loadSubjects(panel);
        join(panel, experts.toArray(Expert[]::new));
        assertThat(assignments.run(panel).feasible()).isTrue();
        Expert leaving = experts.get(0);
        List<UUID> hers = jdbc.sql("select subject_id from review.assignment where panel_id = ? and reviewer_id = ? order by subject_id")
                .params(panel, leaving.reviewerId()).query(UUID.class).list();
        assertThat(hers).hasSizeGreaterThanOrEqualTo(2);
        UUID submitted = hers.get(0);
        jdbc.sql("""
                insert into review.review (id, panel_id, subject_id, reviewer_id, status, total, created_at, updated_at, submitted_at)
                values (?, ?, ?, ?, 'SUBMITTED', 4, now(), now(), now())""").params(UUID.randomUUID(), panel, submitted, leaving.reviewerId())
                .update();
        List<String> untouched = jdbc.sql("""
                select subject_id || '/' || reviewer_id from review.assignment a where panel_id = ? and not exists
                (select 1 from review.assignment b where b.panel_id = a.panel_id and b.subject_id = a.subject_id and b.reviewer_id = ?)""")
                .params(panel, leaving.reviewerId()).query(String.class).list();

        RunSummary run = panels.withdraw(panel, leaving.reviewerId()).orElseThrow();
        assertThat(run.kind()).isEqualTo("REASSIGN");
        List<String> after = jdbc.sql("select subject_id || '/' || reviewer_id from review.assignment where panel_id = ?").param(panel)
                .query(String.class).list();
        assertThat(after).containsAll(untouched).contains(submitted + "/" + leaving.reviewerId()).hasSize(24);
        assertThat(jdbc.sql("select subject_id from review.assignment where panel_id = ? and reviewer_id = ?")
                .params(panel, leaving.reviewerId()).query(UUID.class).list()).containsExactly(submitted);
        assertThat(count("select count(*) from (select subject_id from review.assignment where panel_id = ? group by subject_id "
                + "having count(distinct reviewer_id) = 2) x", panel)).isEqualTo(12);
        assertThat(count("select count(*) from review.assignment_run where panel_id = ? and kind = 'REASSIGN'", panel)).isEqualTo(1);
    }

    @Test
    void whileReviewingEveryReviewerWhoGainsSubjectsFromADropOutIsToldHowManyAndTheDeadline() throws Exception {
        List<Expert> experts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            experts.add(expert("Gain " + i, "Gain Inst " + i, "FR", "1.1"));
        }
        List<SubjectFacts> facts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            facts.add(TestSubjects.subject("G-" + i, "CN", "U", null, List.of("1.1", "1")));
        }
        UUID panel = panel(facts);
        settings(panel, 2, 8, false);
        panels.loadSubjects(panel);
        join(panel, experts.toArray(Expert[]::new));
        assertThat(assignments.run(panel).feasible()).isTrue();
        // a drop-out before reviewing opens is re-assigned silently: the opening email gives every load
        RunSummary early = panels.withdraw(panel, experts.get(4).reviewerId()).orElseThrow();
        assertThat(gains(early)).isNotEmpty();
        panels.openReviewing(panel);
        for (Expert e : experts.subList(0, 4)) {
            Mail.awaitBody(e.person().email(), "Reviewing is open");
        }
        Expert leaving = experts.get(0);

        RunSummary run = panels.withdraw(panel, leaving.reviewerId()).orElseThrow();
        Map<UUID, Integer> gained = gains(run);
        assertThat(gained.values().stream().mapToInt(Integer::intValue).sum()).isPositive();
        // the deadline as every email writes it: the language's long form, then the zone and its offset
        java.time.Instant due = jdbc.sql("select review_deadline from review.panel where id = ?").param(panel)
                .query(java.time.OffsetDateTime.class).single().toInstant();
        String deadline = org.ansoplatform.platform.DateStyle.dayAndTime(due.atZone(java.time.ZoneId.of("Asia/Shanghai")),
                java.util.Locale.ENGLISH).replaceAll("\\h", " ") + " (Asia/Shanghai, UTC+08:00)";
        for (Expert e : experts.subList(1, 4)) {
            if (gained.containsKey(e.reviewerId())) {
                String body = Mail.awaitBody(e.person().email(), "More applications to review").replaceAll("\\h", " ");
                assertThat(body).contains(gained.get(e.reviewerId()) + " of their applications are now assigned to you", deadline);
            }
        }
        assertThat(events.stream(ReviewersReassigned.class).filter(reassigned -> reassigned.runId().equals(run.runId())))
                .singleElement().extracting(ReviewersReassigned::path).isEqualTo("/reviewer/reviews");
        for (Expert e : experts) {
            int expected = e == leaving || !gained.containsKey(e.reviewerId()) ? 0 : 1;
            assertThat(java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(m -> addressedTo(m, e.person().email()))
                    .filter(m -> subject(m).contains("More applications to review")).count()).as(e.person().displayName()).isEqualTo(expected);
        }
    }

    /** The pairs each reviewer gained in a run (the pairs it stored carry its id). */
    private Map<UUID, Integer> gains(RunSummary run) {
        Map<UUID, Integer> gains = new java.util.HashMap<>();
        jdbc.sql("select reviewer_id, count(*) from review.assignment where run_id = ? group by reviewer_id").param(run.runId())
                .query(rs -> {
                    gains.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return gains;
    }

    private static boolean addressedTo(jakarta.mail.internet.MimeMessage message, String address) {
        try {
            return java.util.Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void invitationsAreAnsweredOnlyByTheInvitedReviewer() {
        Expert invited = expert("Invited One", "I", "FR", "1.1");
        Expert stranger = expert("Stranger", "I", "FR", "1.1");
        UUID panel = panel(List.of(TestSubjects.subject("S-1", "CN", "U", null, List.of("1.1"))));
        panels.invite(panel, List.of(invited.reviewerId()));
        assertThatThrownBy(() -> panels.answer(stranger.person().id(), panel, true)).isInstanceOf(NotFoundException.class);
        panels.answer(invited.person().id(), panel, false);
        assertThat(panelQueries.invitations(invited.person().id())).singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo(PanelQueries.MemberStatus.DECLINED));
        assertThat(panelQueries.invitations(stranger.person().id())).isEmpty();
        assertThatThrownBy(() -> panels.open(TestSubjects.TYPE, UUID.randomUUID())).isInstanceOf(InvalidInputException.class);
    }
}
