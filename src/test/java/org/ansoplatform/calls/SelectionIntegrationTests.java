package org.ansoplatform.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.SelectionView.DecisionView;
import org.ansoplatform.calls.demo.DemoApplicants;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.offers.OfferDeadlines;
import org.ansoplatform.calls.offers.OfferManagement;
import org.ansoplatform.calls.selection.SelectionQueries;
import org.ansoplatform.calls.selection.SelectionRuleBook;
import org.ansoplatform.calls.selection.SelectionRunner;
import org.ansoplatform.calls.selection.SelectionStatistics;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ansoplatform.review.ReviewOutcomesFixture;
import org.ansoplatform.review.ReviewStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Selection from stored review outcomes (inserted here as the review module would leave them), placement,
 * offers with mail, answers, the waitlist cascade within the caps, expiry by the job, the deadline, races
 * and the statistics. The call: PhD quota 3, Master's 2, hosts USTC and UCAS with 5 seats each.
 */
@RecordApplicationEvents
class SelectionIntegrationTests extends IntegrationTest {

    @Autowired
    CallManagement calls;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    SelectionRunner runner;

    @Autowired
    SelectionQueries selections;

    @Autowired
    SelectionRuleBook rules;

    @Autowired
    OfferManagement offers;

    @Autowired
    OfferDeadlines deadlines;

    @Autowired
    SelectionStatistics statistics;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.ansoplatform.review.ReviewOutcomes outcomes;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    UUID callId;
    Map<String, Someone> people = new LinkedHashMap<>();
    Map<String, UUID> ids = new LinkedHashMap<>();

    static final String RULES = """
            {"caps": [{"attribute": "country", "track": "PHD", "maxCount": 1}],
             "tieBreaks": [{"value": "rawMean"}, {"lot": 7}], "offerDays": 10}""";

    @BeforeEach
    void setUp() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        callId = calls.create(CallTestData.call(CallTestData.code("selection"), now.minusDays(1), now.plusDays(10), 0));
        // PhD: A 4.5 (GH), B 4.4 (GH, capped by A), D 4.0 raw 4.1 (NG) ahead of C 4.0 raw 3.9 (KE) by raw mean,
        // E 3.0 (PK), F 2.0 (ZA); Master's: MA 4.0 (GH), MB 3.5 (KE), MC 3.0 (NG)
        apply("A", "GH", "PHD", 4.5, 4.5);
        apply("B", "GH", "PHD", 4.4, 4.4);
        apply("C", "KE", "PHD", 4.0, 3.9);
        apply("D", "NG", "PHD", 4.0, 4.1);
        apply("E", "PK", "PHD", 3.0, 3.0);
        apply("F", "ZA", "PHD", 2.0, 2.0);
        apply("MA", "GH", "MASTER", 4.0, 4.0);
        apply("MB", "KE", "MASTER", 3.5, 3.5);
        apply("MC", "NG", "MASTER", 3.0, 3.0);
        rules.saveRules(callId, RULES);
    }

    Map<UUID, double[]> scores = new LinkedHashMap<>();

    void apply(String name, String nationality, String track, double calibrated, double rawMean) {
        Someone applicant = Someone.register(accounts, "Candidate " + name, "APPLICANT");
        UUID id = CallTestData.completeDraft(applications, callId, applicant, nationality, 0);
        applications.saveDraft(id, Map.of("track", track, "hosts", List.of("UCAS", "USTC")), applicant);
        applications.submit(id, null, applicant);
        people.put(name, applicant);
        ids.put(name, id);
        scores.put(id, new double[] {calibrated, rawMean});
    }

    /** What the review module leaves when a panel closes, written by review's own test fixture. */
    static UUID closePanel(JdbcClient jdbc, UUID callId, Map<UUID, double[]> scores) {
        return new ReviewOutcomesFixture(jdbc).closedPanel(callId, scores);
    }

    /** The call closes (selection and offers wait for it) and its panel closes with the scores. */
    UUID closeCallAndPanel() {
        clock.advance(Duration.ofDays(11));
        return closePanel(jdbc, callId, scores);
    }

    DecisionView decision(SelectionView run, String name) {
        return run.decisions().stream().filter(d -> d.applicationId().equals(ids.get(name))).findFirst().orElseThrow();
    }

    OfferView offerOf(String name) {
        return offers.ofApplication(ids.get(name)).orElseThrow();
    }

    @Test
    void theSelectionWaitsForTheClosedPanel() {
        clock.advance(Duration.ofDays(11)); // the call closed, its panel not
        assertThatThrownBy(() -> runner.run(callId)).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.violations().get(0).messageKey()).isEqualTo("calls.selection.reviewNotClosed"));
        assertThat(selections.latest(callId)).isEmpty();
    }

    @Test
    void selectsUnderQuotasAndCapsRecordsTiesAndPlacementAndIsReproducible() {
        closeCallAndPanel();
        runner.run(callId);
        SelectionView run = selections.latest(callId).orElseThrow();

        assertThat(run.candidates()).isEqualTo(9);
        assertThat(run.track("PHD")).extracting(DecisionView::reference)
                .containsExactly(ref("A"), ref("B"), ref("D"), ref("C"), ref("E"), ref("F"));
        assertThat(run.track("PHD")).extracting(d -> d.outcome().name())
                .containsExactly("SELECTED", "CAPPED", "SELECTED", "SELECTED", "NOT_SELECTED", "NOT_SELECTED");
        assertThat(run.track("MASTER")).extracting(d -> d.outcome().name()).containsExactly("SELECTED", "SELECTED", "NOT_SELECTED");
        DecisionView b = decision(run, "B");
        assertThat(b.messageKey()).isEqualTo("calls.selection.capped");
        assertThat(b.args()).containsExactly(2, 6, "PHD", "country", "GH", 1);
        assertThat(b.waitlistPosition()).isEqualTo(1);
        DecisionView e = decision(run, "E");
        assertThat(e.messageKey()).isEqualTo("calls.selection.below-line");
        assertThat(e.args()).containsExactly(5, 6, "PHD", 3);
        // the tie between D and C, broken by the raw mean and recorded on both
        assertThat(run.ties()).singleElement().satisfies(tie -> {
            assertThat(tie.aheadReference()).isEqualTo(ref("D"));
            assertThat(tie.behindReference()).isEqualTo(ref("C"));
            assertThat(tie.rule()).isEqualTo("rawMean");
        });
        assertThat(decision(run, "C").ties()).hasSize(1);
        // placement stored: every selected awardee at their first choice (UCAS has 5 seats for 5 awardees)
        assertThat(run.decisions().stream().filter(DecisionView::selected)).allSatisfy(d -> {
            assertThat(d.hostCode()).isEqualTo("UCAS");
            assertThat(d.placementKey()).isEqualTo("calls.selection.placed");
        });
        assertThat(e.hostCode()).isNull();

        UUID second = runner.run(callId).runId();
        SelectionView again = selections.latest(callId).orElseThrow();
        assertThat(again.runId()).isEqualTo(second).isNotEqualTo(run.runId());
        assertThat(again.decisions()).usingRecursiveFieldByFieldElementComparator().isEqualTo(run.decisions());
        assertThat(again.ties()).isEqualTo(run.ties());
        assertThat(jdbc.sql("select count(*) from calls.selection_run where call_id = ?").param(callId).query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    void aTieIsBrokenByTheMeanScoreOnARubricCriterionOfSubmittedUnconflictedReviews() throws Exception {
        // C and D are tied on calibrated score 4.0; D has the higher raw mean, C the better research proposal
        rules.saveRules(callId, """
                {"tieBreaks": [{"value": "criterion:proposal"}, {"value": "rawMean"}]}""");
        UUID panel = closeCallAndPanel();
        ReviewOutcomesFixture review = new ReviewOutcomesFixture(jdbc);
        UUID first = review.reviewer();
        UUID second = review.reviewer();
        review.review(panel, ids.get("C"), first, ReviewStatus.SUBMITTED, "{\"proposal\": 9, \"excellence\": 4}");
        review.review(panel, ids.get("C"), second, ReviewStatus.SUBMITTED, "{\"proposal\": 8, \"excellence\": 5}");
        review.review(panel, ids.get("D"), first, ReviewStatus.SUBMITTED, "{\"proposal\": 6, \"excellence\": 8}");
        review.review(panel, ids.get("D"), second, ReviewStatus.DRAFT, "{\"proposal\": 10}");
        // a submitted review by a reviewer found conflicted counts for nothing
        UUID conflicted = review.reviewer();
        review.review(panel, ids.get("D"), conflicted, ReviewStatus.SUBMITTED, "{\"proposal\": 10, \"excellence\": 10}");
        review.conflict(panel, ids.get("D"), "D", "PHD", conflicted);

        Map<UUID, Map<String, Double>> means = new LinkedHashMap<>();
        outcomes.outcomes(new org.ansoplatform.review.ReviewScope("call", callId))
                .forEach(outcome -> means.put(outcome.subjectId(), outcome.criterionMeans()));
        assertThat(means.get(ids.get("C"))).isEqualTo(Map.of("proposal", 8.5, "excellence", 4.5));
        assertThat(means.get(ids.get("D"))).isEqualTo(Map.of("proposal", 6.0, "excellence", 8.0));
        assertThat(means.get(ids.get("A"))).isEmpty();

        runner.run(callId);
        SelectionView run = selections.latest(callId).orElseThrow();
        assertThat(run.track("PHD")).extracting(DecisionView::reference)
                .containsExactly(ref("A"), ref("B"), ref("C"), ref("D"), ref("E"), ref("F"));
        assertThat(run.ties()).singleElement().satisfies(tie -> {
            assertThat(tie.aheadReference()).isEqualTo(ref("C"));
            assertThat(tie.behindReference()).isEqualTo(ref("D"));
            assertThat(tie.rule()).isEqualTo("criterion:proposal");
            assertThat(tie.aheadValue()).isEqualTo("8.5");
            assertThat(tie.behindValue()).isEqualTo("6"); // the decimal compared, as written
        });
        assertThat(decision(run, "D").ties()).singleElement().satisfies(tie -> assertThat(tie.rule()).isEqualTo("criterion:proposal"));
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/secretariat/calls/{id}/selection", callId)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("s").roles("SECRETARIAT")))
                .andReturn().getResponse().getContentAsString()).contains("by the mean score on criterion proposal (8.5 against 6)");
    }

    @Test
    void aTieBreakOnACriterionTheRubricDoesNotHaveIsRefusedWhenTheSelectionRuns() {
        rules.saveRules(callId, """
                {"tieBreaks": [{"value": "criterion:originality"}, {"value": "criterion:proposal"}]}""");
        closeCallAndPanel();
        assertThatThrownBy(() -> runner.run(callId)).isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
            assertThat(refusal.violations()).singleElement().satisfies(v -> {
                assertThat(v.messageKey()).isEqualTo("calls.selection.unknownCriterion");
                assertThat(List.of(v.args())).containsExactly("originality", "excellence, proposal, potential, fit");
            });
        });
        assertThat(selections.latest(callId)).isEmpty();
        assertThatThrownBy(() -> rules.saveRules(callId, """
                {"tieBreaks": [{"value": "criterion:"}]}""")).isInstanceOf(InvalidInputException.class);
    }

    String ref(String name) {
        return jdbc.sql("select reference from calls.application where id = ?").param(ids.get(name)).query(String.class).single();
    }

    @Test
    void offersAnswersCascadeWithinCapsAndExpiry() {
        closeCallAndPanel();
        runner.run(callId);
        assertThat(selections.decisionOf(applications.view(ids.get("A"), people.get("A")))).isEmpty(); // not before the offers

        assertThat(offers.send(callId, true)).isEqualTo(5);
        assertThat(offers.send(callId, true)).isZero(); // sending again adds nothing
        clock.advance(Duration.ofDays(1)); // the waitlist's offers below get later deadlines than the first ones
        assertThat(events.stream(OfferMade.class).filter(made -> made.offerId().equals(offerOf("A").id()))).singleElement().satisfies(made -> {
            assertThat(made.letterPath()).isEqualTo("/offers/" + made.offerId() + "/letter.pdf");
            assertThat(made.offerPath()).isEqualTo("/applications/" + ids.get("A") + "#offer");
        });
        Mail.awaitBody(people.get("A").email(), "Offer of a place");
        assertThat(selections.decisionOf(applications.view(ids.get("A"), people.get("A")))).get()
                .extracting(DecisionView::messageKey).isEqualTo("calls.selection.selected");
        assertThatThrownBy(() -> runner.run(callId)).isInstanceOf(InvalidInputException.class);

        offers.accept(offerOf("A").id(), people.get("A"));
        assertThat(offerOf("A").status()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(events.stream(OfferAnswered.class)).singleElement().satisfies(answered -> {
            assertThat(answered.outcome()).isEqualTo(OfferAnswered.Outcome.ACCEPTED);
            assertThat(answered.path()).isEqualTo("/applications/" + ids.get("A"));
        });
        Mail.awaitBody(people.get("A").email(), "Offer accepted");

        // D declines: B is next but capped (A of the same country holds an accepted offer), so E is offered the place
        offers.decline(offerOf("D").id(), "I accepted another scholarship.", people.get("D"));
        Mail.awaitBody(people.get("D").email(), "Offer declined");
        assertThat(offers.ofApplication(ids.get("B"))).isEmpty();
        OfferView e = offerOf("E");
        assertThat(e.fromWaitlist()).isTrue();
        assertThat(e.hostCode()).isEqualTo("UCAS");
        assertThat(events.stream(OfferMade.class).filter(made -> made.offerId().equals(e.id()))).singleElement()
                .satisfies(made -> assertThat(made.fromWaitlist()).isTrue());
        Mail.awaitBody(people.get("E").email(), "from the waitlist");

        // C lets the deadline pass (so do MA and MB, offered at the same time): the job expires the offers, F and MC get the places
        clock.advance(Duration.between(clock.instant(), offerOf("C").respondBy()).plusMinutes(1));
        assertThatThrownBy(() -> offers.accept(offerOf("C").id(), people.get("C"))).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.violations().get(0).messageKey()).isEqualTo("calls.offer.pastDeadline"));
        assertThat(offerOf("C").status()).isEqualTo(OfferStatus.OFFERED); // nothing changed
        deadlines.expireOverdue();
        assertThat(offerOf("C").status()).isEqualTo(OfferStatus.EXPIRED);
        Mail.awaitBody(people.get("C").email(), "Offer expired");
        assertThat(offerOf("F").fromWaitlist()).isTrue();
        Mail.awaitBody(people.get("F").email(), "from the waitlist");
        assertThat(offerOf("MA").status()).isEqualTo(OfferStatus.EXPIRED);
        assertThat(offerOf("MC").fromWaitlist()).isTrue();
        deadlines.expireOverdue(); // nothing more to do
        assertThat(live("PHD")).isEqualTo(3);
        // the country cap held throughout: one Ghanaian PhD offer
        assertThat(jdbc.sql("""
                select count(*) from calls.offer o join calls.application a on a.id = o.application_id
                where o.call_id = ? and o.track = 'PHD' and a.country = 'GH' and o.status in ('OFFERED', 'ACCEPTED', 'ENROLLED')""")
                .param(callId).query(Integer.class).single()).isEqualTo(1);

        // after the deadline nothing changes; answers are the applicant's only
        assertThatThrownBy(() -> offers.decline(offerOf("C").id(), null, people.get("C"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> offers.accept(offerOf("E").id(), people.get("F"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> offers.view(offerOf("E").id(), people.get("F"))).isInstanceOf(NotFoundException.class);

        // enrolment
        assertThatThrownBy(() -> offers.enrol(offerOf("E").id())).isInstanceOf(InvalidInputException.class);
        offers.enrol(offerOf("A").id());
        assertThat(offerOf("A").status()).isEqualTo(OfferStatus.ENROLLED);
        Mail.awaitBody(people.get("A").email(), "Enrolment confirmed");

        SelectionStatistics.CallStatistics stats = statistics.of(callId);
        assertThat(stats.total()).isEqualTo(new SelectionStatistics.Counts(9, 9, 9, 5, 8, 1, 1));
        assertThat(stats.byTrack()).filteredOn(g -> g.key().equals("PHD")).singleElement()
                .extracting(SelectionStatistics.Group::counts).isEqualTo(new SelectionStatistics.Counts(6, 6, 6, 3, 5, 1, 1));
        assertThat(stats.byCountry()).filteredOn(g -> g.key().equals("GH")).singleElement()
                .extracting(SelectionStatistics.Group::counts).isEqualTo(new SelectionStatistics.Counts(3, 3, 3, 2, 2, 1, 1));
    }

    @Test
    void aWithdrawnApplicantLosesTheOfferAndTheSeatGoesToTheWaitlist() {
        closeCallAndPanel();
        runner.run(callId);
        // C, selected, withdraws before the offers go out: sending them offers C's seat to the waitlist (B capped, so E)
        applications.withdraw(ids.get("C"), people.get("C"));
        assertThat(offers.send(callId, true)).isEqualTo(4);
        assertThat(offers.ofApplication(ids.get("C"))).isEmpty();
        assertThat(offers.ofApplication(ids.get("B"))).isEmpty();
        assertThat(offerOf("E").fromWaitlist()).isTrue();
        assertThat(live("PHD")).isEqualTo(3);

        // D withdraws holding an open offer: it is declined and F is offered the place
        applications.withdraw(ids.get("D"), people.get("D"));
        assertThat(offerOf("D").status()).isEqualTo(OfferStatus.DECLINED);
        assertThat(offerOf("F").fromWaitlist()).isTrue();
        assertThat(live("PHD")).isEqualTo(3);
        Mail.awaitBody(people.get("F").email(), "from the waitlist");

        // an offer whose application is no longer submitted cannot be accepted; withdrawing declines the offer in the
        // same transaction, so the API never leaves a withdrawn application with an open offer: this simulates that state
        jdbc.sql("update calls.application set status = ? where id = ?").params(ApplicationStatus.WITHDRAWN.name(), ids.get("MA")).update();
        assertThatThrownBy(() -> offers.accept(offerOf("MA").id(), people.get("MA"))).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.violations().get(0).messageKey()).isEqualTo("calls.offer.applicationNotSubmitted"));
        assertThat(offerOf("MA").status()).isEqualTo(OfferStatus.OFFERED);
    }

    @Test
    void anApplicantWhoWithdrawsAfterAcceptingFreesTheSeatForTheWaitlist() {
        closeCallAndPanel();
        runner.run(callId);
        offers.send(callId, true);
        offers.accept(offerOf("C").id(), people.get("C"));
        assertThat(offerOf("C").status()).isEqualTo(OfferStatus.ACCEPTED);
        applications.withdraw(ids.get("C"), people.get("C"));
        assertThat(offerOf("C").status()).isEqualTo(OfferStatus.DECLINED);
        assertThat(offerOf("E").fromWaitlist()).isTrue();
        assertThat(live("PHD")).isEqualTo(3);
    }

    long live(String track) {
        return jdbc.sql("select count(*) from calls.offer where call_id = ? and track = ? and status in ('OFFERED', 'ACCEPTED', 'ENROLLED')")
                .params(callId, track).query(Long.class).single();
    }

    @Test
    void twoDeclinesAtOnceGiveTheSeatOnceAndTheJobRacingADeclineToo() throws Exception {
        closeCallAndPanel();
        runner.run(callId);
        offers.send(callId, true);
        UUID d = offerOf("D").id();
        List<Object> results = race(() -> offers.decline(d, null, people.get("D")), () -> offers.decline(d, null, people.get("D")));
        assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOf(OfferView.class));
        assertThat(offerOf("D").status()).isEqualTo(OfferStatus.DECLINED);
        assertThat(jdbc.sql("select count(*) from calls.offer where call_id = ? and from_waitlist").param(callId).query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(live("PHD")).isEqualTo(3);

        // the job expiring C while C declines: exactly one of them wins, and one seat goes to F
        UUID c = offerOf("C").id();
        clock.advance(Duration.between(clock.instant(), offerOf("C").respondBy()).plusSeconds(1));
        List<Object> raced = race(() -> offers.expire(c), () -> offers.expire(c), () -> offers.decline(c, null, people.get("C")));
        assertThat(raced).filteredOn(Boolean.TRUE::equals).hasSize(1);
        assertThat(raced.get(2)).isInstanceOf(InvalidInputException.class); // past the deadline: refused
        assertThat(offerOf("C").status()).isEqualTo(OfferStatus.EXPIRED);
        assertThat(jdbc.sql("select count(*) from calls.offer where call_id = ? and from_waitlist").param(callId).query(Integer.class)
                .single()).isEqualTo(2);
        assertThat(live("PHD")).isEqualTo(3);
    }

    /** Runs the tasks at the same moment on their own threads; each result is the value or the exception. */
    static List<Object> race(Callable<?>... tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
        try {
            CyclicBarrier start = new CyclicBarrier(tasks.length);
            List<Future<?>> futures = new ArrayList<>();
            for (Callable<?> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            List<Object> results = new ArrayList<>();
            for (Future<?> future : futures) {
                try {
                    results.add(future.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    results.add(e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rulesAreCheckedAndHostRankingsChangeThePlacement() {
        assertThatThrownBy(() -> rules.saveRules(callId, """
                {"caps": [{"attribute": "religion", "maxCount": 1}, {"attribute": "country", "track": "XX", "maxShare": 2}],
                 "tieBreaks": [{"value": "height"}], "offerDays": 0}"""))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations())
                        .extracting(InvalidInputException.Violation::messageKey).containsExactly("calls.rules.capAttribute",
                                "calls.rules.capTrack", "calls.rules.capShare", "calls.rules.tieBreak", "calls.rules.offerDays"));
        assertThatThrownBy(() -> rules.saveRules(callId, "{\"caps\": [")).isInstanceOf(InvalidInputException.class);
        assertThat(rules.rules(callId).caps()).hasSize(1); // unchanged

        // UCAS ranks only A and MA: the others go to their second choice
        assertThatThrownBy(() -> rules.saveHostRanking(callId, "UCAS", "NOPE-1")).isInstanceOf(InvalidInputException.class);
        assertThat(rules.saveHostRanking(callId, "UCAS", "reference\n" + ref("MA") + "\n" + ref("A").toLowerCase())).isEqualTo(2);
        closeCallAndPanel();
        runner.run(callId);
        SelectionView run = selections.latest(callId).orElseThrow();
        assertThat(decision(run, "A").hostCode()).isEqualTo("UCAS");
        assertThat(decision(run, "MA").hostCode()).isEqualTo("UCAS");
        assertThat(decision(run, "D").hostCode()).isEqualTo("USTC");
        assertThat(decision(run, "D").placementArgs()).containsExactly("USTC", 2);
    }

    @Test
    void manyDemoApplicantsAreSelectedAndPlacedReproducibly(@Autowired DemoApplicants generator) {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        UUID big = calls.create(CallTestData.call(CallTestData.code("big"), now.minusDays(40), now.plusDays(30), 2));
        generator.generate(big, 1500);
        Map<UUID, double[]> synthetic = new LinkedHashMap<>();
        java.util.Random random = new java.util.Random(4);
        jdbc.sql("select id from calls.application where call_id = ? and status = 'SUBMITTED' and eligible").param(big).query(UUID.class)
                .list().forEach(id -> {
                    double raw = Math.round((3 + random.nextGaussian()) * 10) / 10.0;
                    synthetic.put(id, new double[] {raw, raw});
                });
        clock.advance(Duration.ofDays(31)); // the call closed: selection waits for it
        closePanel(jdbc, big, synthetic);
        assertThat(runner.run(big).candidates()).isEqualTo(synthetic.size());
        SelectionView run = selections.latest(big).orElseThrow();
        assertThat(run.decisions().stream().filter(DecisionView::selected).count()).isEqualTo(5); // quotas 3 + 2
        assertThat(run.ties()).isNotEmpty(); // scores rounded to 0.1 tie often
        runner.run(big);
        assertThat(selections.latest(big).orElseThrow().decisions()).usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(run.decisions());
    }
}
