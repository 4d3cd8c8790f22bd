package org.ansoplatform.finance.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.finance.PlanStatus;
import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.DecisionCommand;
import org.ansoplatform.governance.DecisionSubject;
import org.ansoplatform.governance.Outcome;
import org.ansoplatform.governance.SessionCommand;
import org.ansoplatform.governance.SessionManagement;
import org.ansoplatform.governance.SessionMode;
import org.ansoplatform.governance.SessionQueries;
import org.ansoplatform.governance.SessionStatus;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.Records;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.RecordView;
import org.ansoplatform.shared.Reader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Budget plans' rules, and their approval only through a recorded Board decision (issue 19, item 2). */
class BudgetPlanTests extends IntegrationTest {

    /** Each test plans its own year, so that no two share the one open and the one approved plan of a year. */
    static final AtomicInteger YEARS = new AtomicInteger(2060);

    @Autowired BudgetPlanManagement plans;
    @Autowired BudgetPlanQueries queries;
    @Autowired PlanDecisions decisions;
    @Autowired SessionManagement sessions;
    @Autowired SessionQueries sessionQueries;
    @Autowired Records records;
    @Autowired JdbcClient jdbc;

    @Test
    void aDraftKeepsOneAmountPerProgrammeInTheBaseCurrency() {
        int year = YEARS.getAndIncrement();
        UUID id = plans.draft(year, lines("scholarship", "1000000.50", "operations", "250000"), "First draft", true);

        BudgetPlanView plan = queries.plan(id).orElseThrow();
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.currency()).isEqualTo("CNY");
        assertThat(plan.illustrative()).isTrue();
        assertThat(plan.total()).isEqualByComparingTo("1250000.50");
        assertThat(plan.lines()).extracting(BudgetPlanView.Line::programmeCode).containsExactlyInAnyOrder("scholarship", "operations");
    }

    @Test
    void badLinesAndYearsAreRefusedEachAtItsFieldAndNothingIsWritten() {
        int year = YEARS.getAndIncrement();
        Map<String, BigDecimal> bad = new LinkedHashMap<>();
        bad.put("no-such-programme", BigDecimal.ONE);
        bad.put("capacity-building", BigDecimal.TEN);
        bad.put("training", new BigDecimal("-5"));
        bad.put("cooperation", new BigDecimal("1.234"));
        bad.put("advisory", null);

        assertThatThrownBy(() -> plans.draft(year, bad, "", false)).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.violations()).extracting(InvalidInputException.Violation::field, InvalidInputException.Violation::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("lines[no-such-programme]", "finance.plan.error.programme"),
                                org.assertj.core.groups.Tuple.tuple("lines[capacity-building]", "finance.plan.error.area"),
                                org.assertj.core.groups.Tuple.tuple("lines[training]", "finance.plan.error.negative"),
                                org.assertj.core.groups.Tuple.tuple("lines[cooperation]", "finance.plan.error.amount"),
                                org.assertj.core.groups.Tuple.tuple("lines[advisory]", "validation.required")));
        assertThatThrownBy(() -> plans.draft(1999, Map.of(), "", false)).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.violations().get(0).messageKey()).isEqualTo("finance.plan.error.year"));
        assertThatThrownBy(() -> plans.draft(2101, Map.of(), "", false)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> plans.draft(null, Map.of(), "", false)).isInstanceOf(InvalidInputException.class);
        assertThat(queries.all()).noneMatch(p -> p.year() == year || p.year() == 1999 || p.year() == 2101);
    }

    @Test
    void aYearHasOneOpenPlanAtATime() {
        int year = YEARS.getAndIncrement();
        UUID first = plans.draft(year, lines("training", "10"), "", false);

        assertThatThrownBy(() -> plans.draft(year, lines("training", "20"), "", false))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations().get(0).messageKey())
                        .isEqualTo("finance.plan.error.openExists"));
        plans.propose(first);
        assertThatThrownBy(() -> plans.draft(year, lines("training", "20"), "", false)).isInstanceOf(InvalidInputException.class);
        assertThat(queries.all().stream().filter(p -> p.year() == year)).hasSize(1);
    }

    @Test
    void aDraftIsEditedAsOfTheVersionSeenAndAStaleEditIsRefused() {
        UUID id = plans.draft(YEARS.getAndIncrement(), lines("training", "10"), "", false);
        int seen = queries.plan(id).orElseThrow().version();

        plans.update(id, lines("training", "15", "advisory", "5"), "Second", seen);
        assertThatThrownBy(() -> plans.update(id, lines("training", "99"), "Stale tab", seen))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations().get(0).messageKey())
                        .isEqualTo("finance.plan.error.stale"));

        BudgetPlanView plan = queries.plan(id).orElseThrow();
        assertThat(plan.total()).isEqualByComparingTo("20");
        assertThat(plan.note()).isEqualTo("Second");
    }

    @Test
    void onlyADraftWithALineIsProposedAndOnlyAProposedPlanIsWithdrawnOrLeftUnedited() {
        UUID id = plans.draft(YEARS.getAndIncrement(), Map.of(), "", false);
        assertThatThrownBy(() -> plans.propose(id)).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.violations().get(0).messageKey()).isEqualTo("finance.plan.error.noLines"));
        assertThatThrownBy(() -> plans.withdraw(id)).isInstanceOf(InvalidInputException.class);

        plans.update(id, lines("networks-events", "300"), "", queries.plan(id).orElseThrow().version());
        plans.propose(id);
        assertThat(queries.plan(id).orElseThrow().status()).isEqualTo(PlanStatus.PROPOSED);
        int version = queries.plan(id).orElseThrow().version();
        assertThatThrownBy(() -> plans.update(id, lines("networks-events", "1"), "", version))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations().get(0).messageKey())
                        .isEqualTo("finance.plan.error.notDraft"));
        assertThatThrownBy(() -> plans.revise(id)).isInstanceOf(InvalidInputException.class);

        plans.withdraw(id);
        assertThat(queries.plan(id).orElseThrow().status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void aBoardDecisionApprovesAProposedPlanAndSupersedesTheYearsEarlierOneInTheSameTransaction() {
        int year = YEARS.getAndIncrement();
        UUID first = proposed(year, "scholarship", "1000");
        UUID board = boardSession();
        assertThat(decisions.subjects(Locale.ENGLISH)).extracting(DecisionSubject::title)
                .contains("Budget plan " + year + " (total 1,000.00 CNY)");
        assertThat(decisions.subject(BudgetPlanQueries.ref(first), Locale.ENGLISH).orElseThrow().bodies()).containsExactly(Body.BOARD);

        UUID decision = decide(board, first, Outcome.ADOPTED_BY_CONSENSUS);

        BudgetPlanView approved = queries.plan(first).orElseThrow();
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.decisionId()).isEqualTo(decision);
        assertThat(approved.decidedOn()).isEqualTo(sessionQueries.decisions(board).get(0).date());
        assertThat(decisions.subject(BudgetPlanQueries.ref(first), Locale.ENGLISH)).as("decided, offered no more").isEmpty();

        UUID revision = plans.revise(first);
        BudgetPlanView draft = queries.plan(revision).orElseThrow();
        assertThat(draft.revises()).isEqualTo(first);
        assertThat(draft.total()).isEqualByComparingTo("1000");
        assertThatThrownBy(() -> plans.revise(first)).as("the revision is open").isInstanceOf(InvalidInputException.class);
        plans.update(revision, lines("scholarship", "1200"), "Revised", draft.version());
        plans.propose(revision);
        assertThat(queries.plan(first).orElseThrow().status()).as("in force until the Board decides").isEqualTo(PlanStatus.APPROVED);

        UUID second = decide(boardSession(), revision, Outcome.ADOPTED_BY_CONSENSUS);

        assertThat(queries.plan(revision).orElseThrow().status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(queries.plan(revision).orElseThrow().decisionId()).isEqualTo(second);
        BudgetPlanView superseded = queries.plan(first).orElseThrow();
        assertThat(superseded.status()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(superseded.decisionId()).as("keeps the decision that approved it").isEqualTo(decision);
    }

    @Test
    void aRejectingDecisionRejectsAndAPostponedOneLeavesThePlanBeforeTheBoard() {
        UUID postponed = proposed(YEARS.getAndIncrement(), "advisory", "50");
        decide(boardSession(), postponed, Outcome.POSTPONED);
        assertThat(queries.plan(postponed).orElseThrow().status()).isEqualTo(PlanStatus.PROPOSED);
        assertThat(queries.plan(postponed).orElseThrow().decisionId()).isNull();

        UUID decision = decide(boardSession(), postponed, Outcome.REJECTED);
        BudgetPlanView rejected = queries.plan(postponed).orElseThrow();
        assertThat(rejected.status()).isEqualTo(PlanStatus.REJECTED);
        assertThat(rejected.decisionId()).isEqualTo(decision);
        assertThatThrownBy(() -> plans.revise(postponed)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPlanIsNeverDecidedByTheAssemblyNorWhenItIsNotBeforeTheBoard() {
        UUID draft = plans.draft(YEARS.getAndIncrement(), lines("training", "10"), "", false);
        UUID assembly = sessions.create(new SessionCommand(Body.ASSEMBLY, "Assembly " + UUID.randomUUID(),
                LocalDateTime.now(clock).plusDays(5).withNano(0), "UTC", SessionMode.ONLINE, null), SessionStatus.PLANNED,
                Actor.system(clock.instant()));

        assertThatThrownBy(() -> decide(boardSession(), draft, Outcome.ADOPTED_BY_CONSENSUS)).isInstanceOf(InvalidInputException.class);
        plans.propose(draft);
        assertThatThrownBy(() -> decide(assembly, draft, Outcome.ADOPTED_BY_CONSENSUS)).isInstanceOf(InvalidInputException.class);
        assertThat(queries.plan(draft).orElseThrow().status()).isEqualTo(PlanStatus.PROPOSED);
        assertThat(sessionQueries.decisions(assembly)).isEmpty();
    }

    @Test
    void anApplyThatRefusesRollsBackTheDecisionAndLeavesTheEarlierPlanInForce() {
        int year = YEARS.getAndIncrement();
        UUID first = proposed(year, "cooperation", "500");
        decide(boardSession(), first, Outcome.ADOPTED_BY_CONSENSUS);
        UUID revision = plans.revise(first);
        plans.propose(revision);
        // the lines of a plan before the Board went away behind the application's back
        jdbc.sql("delete from finance.budget_plan_line where plan_id = :id").param("id", revision).update();
        UUID board = boardSession();

        assertThatThrownBy(() -> decide(board, revision, Outcome.ADOPTED_BY_CONSENSUS)).isInstanceOf(InvalidInputException.class);

        assertThat(sessionQueries.decisions(board)).isEmpty();
        assertThat(sessionQueries.decisionsAbout(revision)).isEmpty();
        assertThat(queries.plan(revision).orElseThrow().status()).isEqualTo(PlanStatus.PROPOSED);
        assertThat(queries.plan(first).orElseThrow().status()).isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void theLinesOfADecidedPlanCannotChangeEvenBySql() {
        UUID id = proposed(YEARS.getAndIncrement(), "operations", "700");
        decide(boardSession(), id, Outcome.ADOPTED_BY_CONSENSUS);

        assertThatThrownBy(() -> jdbc.sql("update finance.budget_plan_line set amount = 1 where plan_id = :id").param("id", id).update())
                .hasMessageContaining("never change");
        assertThatThrownBy(() -> jdbc.sql("delete from finance.budget_plan_line where plan_id = :id").param("id", id).update())
                .hasMessageContaining("never change");
        assertThatThrownBy(() -> jdbc.sql("insert into finance.budget_plan_line (plan_id, programme_code, amount) values (:id, 'advisory', 1)")
                .param("id", id).update()).hasMessageContaining("never change");
        assertThatThrownBy(() -> plans.update(id, lines("operations", "1"), "", queries.plan(id).orElseThrow().version()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(queries.plan(id).orElseThrow().total()).isEqualByComparingTo("700");
    }

    @Test
    void aPlanIsARecordOnlyFinanceTheSecretariatAndTheBoardSee() {
        int year = YEARS.getAndIncrement();
        UUID id = plans.draft(year, lines("training", "10"), "", false);
        for (String role : List.of("FINANCE", "SECRETARIAT", "BOARD_MEMBER")) {
            RecordView view = records.describe(BudgetPlanQueries.ref(id), Reader.person(UUID.randomUUID(), java.util.Set.of(role)), Locale.ENGLISH);
            assertThat(view.visible()).as(role).isTrue();
            assertThat(view.title()).isEqualTo("Budget plan " + year + " (Draft)");
            assertThat(view.path()).isEqualTo("/finance/plans/" + id);
        }
        assertThat(records.describe(BudgetPlanQueries.ref(id), Reader.person(UUID.randomUUID(), java.util.Set.of("APPLICANT")),
                Locale.ENGLISH).visible()).isFalse();
        assertThat(records.describe(BudgetPlanQueries.ref(id), Reader.anonymous(), Locale.ENGLISH).visible()).isFalse();
    }

    private UUID proposed(int year, String programme, String amount) {
        UUID id = plans.draft(year, lines(programme, amount), "", false);
        plans.propose(id);
        return id;
    }

    private UUID boardSession() {
        return sessions.create(new SessionCommand(Body.BOARD, "Board budget " + UUID.randomUUID().toString().substring(0, 8),
                LocalDateTime.now(clock).plusDays(10).withNano(0), "UTC", SessionMode.ONLINE, null), SessionStatus.PLANNED,
                Actor.system(clock.instant()));
    }

    private UUID decide(UUID session, UUID plan, Outcome outcome) {
        return sessions.recordDecision(session, DecisionCommand.about(BudgetPlanQueries.ref(plan), "The Board decides the budget plan.",
                outcome, null), Actor.system(clock.instant()));
    }

    static Map<String, BigDecimal> lines(String... codesAndAmounts) {
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        for (int i = 0; i < codesAndAmounts.length; i += 2) {
            lines.put(codesAndAmounts[i], new BigDecimal(codesAndAmounts[i + 1]));
        }
        return lines;
    }
}
