package org.ansoplatform.finance.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ansoplatform.FigureMessages;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.finance.FundKind;
import org.ansoplatform.finance.MovementKind;
import org.ansoplatform.finance.PlanStatus;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.RecordRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Budget against actual and finance's figures over lines and plans written into the tables; each test its own year. */
class BudgetQueriesTests extends IntegrationTest {

    @Autowired
    BudgetQueries budgets;

    @Autowired
    FinanceFigures figures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    Languages languages;

    @Autowired
    TestFinanceStore fixtures;

    TestFinanceStore store() {
        return fixtures;
    }

    static BudgetYear.Row row(BudgetYear year, String code) {
        return year.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    static BudgetYear.Group group(BudgetYear year, String code) {
        return year.groups().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
    }

    static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    @Test
    void actualAddsTheYearsLinesInTheBaseCurrencyReversalsIncludedAndComparesThemWithTheApprovedPlan() {
        TestFinanceStore store = store();
        int year = 2051;
        store.plan(year, PlanStatus.APPROVED, Map.of("scholarship", "1000", "training", "500", "cooperation", "2000"));
        store.plan(year, PlanStatus.PROPOSED, Map.of("scholarship", "9999"));
        store.line(LocalDate.of(year, 1, 1), "scholarship", "300");
        store.line(LocalDate.of(year, 3, 15), "scholarship", "200", "USD", "7");
        store.reverse(store.line(LocalDate.of(year, 5, 1), "training", "100"), LocalDate.of(year, 5, 2));
        store.line(LocalDate.of(year, 12, 31), "cooperation", "2500.50");
        store.line(LocalDate.of(year - 1, 12, 31), "scholarship", "1000000");
        store.line(LocalDate.of(year + 1, 1, 1), "scholarship", "1000000");

        BudgetYear result = budgets.year(year);

        assertThat(result.plan().status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(result.currency()).isEqualTo("CNY");
        BudgetYear.Row scholarship = row(result, "scholarship");
        assertThat(scholarship.budget()).isEqualByComparingTo("1000");
        assertThat(scholarship.actual()).isEqualByComparingTo("1700");
        assertThat(scholarship.variance()).isEqualByComparingTo("-700");
        assertThat(scholarship.share()).isEqualByComparingTo("170.0");
        assertThat(scholarship.lines()).isEqualTo(2);
        BudgetYear.Row training = row(result, "training");
        assertThat(training.actual()).isEqualByComparingTo("0");
        assertThat(training.lines()).isEqualTo(2);
        assertThat(training.share()).isEqualByComparingTo("0");
        assertThat(row(result, "visiting-fellowship").budget()).isEqualByComparingTo("0");
        assertThat(row(result, "visiting-fellowship").share()).isNull();

        BudgetYear.Group capacity = group(result, "capacity-building");
        assertThat(capacity.rows()).extracting(BudgetYear.Row::code).containsExactly("scholarship", "visiting-fellowship", "training");
        assertThat(capacity.subtotal().budget()).isEqualByComparingTo("1500");
        assertThat(capacity.subtotal().actual()).isEqualByComparingTo("1700");
        BudgetYear.Group cooperation = group(result, "cooperation");
        assertThat(cooperation.subtotal()).isNull();
        assertThat(cooperation.rows().get(0).variance()).isEqualByComparingTo("-500.50");
        assertThat(result.total().budget()).isEqualByComparingTo("3500");
        assertThat(result.total().actual()).isEqualByComparingTo("4200.50");
        assertThat(result.groups()).extracting(BudgetYear.Group::code)
                .containsSubsequence("capacity-building", "cooperation", "advisory", "networks-events", "operations");
    }

    @Test
    void everyActualEqualsTheTotalOfTheLedgerFilterItLinksTo() {
        TestFinanceStore store = store();
        int year = 2042;
        store.line(LocalDate.of(year, 2, 1), "scholarship", "120");
        store.line(LocalDate.of(year, 2, 2), "visiting-fellowship", "80", "EUR", "7.8");
        store.line(LocalDate.of(year, 2, 3), "capacity-building", "15");
        store.reverse(store.line(LocalDate.of(year, 2, 4), "operations", "40"), LocalDate.of(year, 2, 5));
        store.line(LocalDate.of(year, 2, 6), "operations", "33.25");

        BudgetYear result = budgets.year(year);

        for (BudgetYear.Row row : result.rows()) {
            if (row.code().equals("capacity-building")) {
                continue; // an area's own lines: not linked, since the area's code filters all its programmes
            }
            assertThat(row.actual()).as(row.code()).isEqualByComparingTo(store.ledgerTotal(year, row.code()).toPlainString());
        }
        BudgetYear.Group capacity = group(result, "capacity-building");
        // the area's own line is a row of its own before its programmes, and its subtotal is what the area's link adds up
        assertThat(capacity.rows().get(0).code()).isEqualTo("capacity-building");
        assertThat(capacity.rows().get(0).actual()).isEqualByComparingTo("15");
        assertThat(capacity.subtotal().actual()).isEqualByComparingTo(store.ledgerTotal(year, "capacity-building"));
        assertThat(capacity.subtotal().actual()).isEqualByComparingTo("759");
        assertThat(result.total().actual()).isEqualByComparingTo(store.ledgerTotal(year, null));
    }

    @Test
    void withoutAnApprovedPlanTheProposedOneIsShownAndSaidNotApprovedAndWithoutAnyPlanThereIsNoBudget() {
        TestFinanceStore store = store();
        store.plan(2043, PlanStatus.REJECTED, Map.of("advisory", "5"));
        store.plan(2043, PlanStatus.PROPOSED, Map.of("advisory", "800"));
        store.line(LocalDate.of(2043, 4, 1), "advisory", "200");
        store.line(LocalDate.of(2044, 4, 1), "advisory", "200");

        BudgetYear proposed = budgets.year(2043);
        BudgetYear none = budgets.year(2044);

        assertThat(proposed.plan().status()).isEqualTo(PlanStatus.PROPOSED);
        assertThat(proposed.plan().approved()).isFalse();
        assertThat(row(proposed, "advisory").budget()).isEqualByComparingTo("800");
        assertThat(row(proposed, "advisory").share()).isEqualByComparingTo("25.0");
        assertThat(none.plan()).isNull();
        assertThat(row(none, "advisory").budget()).isNull();
        assertThat(row(none, "advisory").variance()).isNull();
        assertThat(row(none, "advisory").actual()).isEqualByComparingTo("200");
        assertThat(none.total().budget()).isNull();
        assertThat(group(none, "capacity-building").subtotal().budget()).isNull();
    }

    @Test
    void figuresGiveExpenditureAndTheApprovedBudgetByProgrammeWithTheirRecordsAndTheEndowmentToTheYearsEnd() {
        TestFinanceStore store = store();
        int year = 2045;
        java.util.UUID plan = store.plan(year, PlanStatus.APPROVED, Map.of("scholarship", "1000", "networks-events", "300"));
        java.util.UUID first = store.line(LocalDate.of(year, 1, 10), "scholarship", "100", "USD", "7");
        java.util.UUID second = store.line(LocalDate.of(year, 6, 10), "networks-events", "50");
        java.util.UUID reversal = store.reverse(second, LocalDate.of(year, 6, 11));
        store.fund("test-endowment-" + year, FundKind.ENDOWMENT);
        store.movement("test-endowment-" + year, MovementKind.PRINCIPAL, "50000000", LocalDate.of(year - 1, 3, 1));
        store.movement("test-endowment-" + year, MovementKind.INCOME, "1200", LocalDate.of(year, 12, 31));
        store.movement("test-endowment-" + year, MovementKind.INCOME, "999", LocalDate.of(year + 1, 1, 1));

        List<Figure> result = figures.figures(year);

        Figure expenditure = figure(result, "finance.expenditure");
        assertThat(expenditure.amount()).isEqualByComparingTo("700");
        assertThat(expenditure.currency()).isEqualTo("CNY");
        assertThat(expenditure.records()).containsExactlyInAnyOrder(FinanceFigures.ledgerLine(first),
                FinanceFigures.ledgerLine(second), FinanceFigures.ledgerLine(reversal));
        assertThat(expenditure.parts()).extracting(Figure.Part::code).containsExactly("scholarship", "networks-events");
        assertThat(expenditure.parts().get(0).amount()).isEqualByComparingTo("700");
        assertThat(expenditure.parts().get(1).amount()).isEqualByComparingTo("0");
        assertThat(expenditure.parts().get(1).records()).hasSize(2);
        assertThat(expenditure.parts().get(0).label().get("en")).isEqualTo("ANSO Scholarship for Young Talents");
        Figure budget = figure(result, "finance.budget");
        assertThat(budget.amount()).isEqualByComparingTo("1300");
        assertThat(budget.records()).containsExactly(RecordRef.of("finance", "budget-plan", plan));
        assertThat(budget.parts()).extracting(Figure.Part::code).containsExactly("scholarship", "networks-events");
        assertThat(figure(result, "finance.endowmentPrincipal").amount()).isGreaterThanOrEqualTo(amount("50000000"));
        BigDecimal incomeBefore = figure(figures.figures(year - 1), "finance.endowmentIncome").amount();
        assertThat(figure(result, "finance.endowmentIncome").amount().subtract(incomeBefore)).isEqualByComparingTo("1200");
        assertThat(figure(figures.figures(2046), "finance.budget").amount()).isEqualByComparingTo("0");
        FigureMessages.assertNamedAndDefinedInEveryLanguage(result, messages, languages);
    }

    @Test
    void aYearWithIllustrativeLinesIsMarkedIllustrativeAndOneWithoutIsNot() {
        TestFinanceStore store = store();
        store.illustrativeLine(LocalDate.of(2052, 3, 1), "operations", "10");
        store.line(LocalDate.of(2053, 3, 1), "operations", "10");

        assertThat(budgets.year(2052).illustrative()).isTrue();
        assertThat(budgets.year(2053).illustrative()).isFalse();
    }

    static Figure figure(List<Figure> figures, String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }
}
