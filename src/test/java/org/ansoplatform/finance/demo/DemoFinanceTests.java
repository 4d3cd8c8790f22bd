package org.ansoplatform.finance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.finance.PlanStatus;
import org.ansoplatform.finance.budget.BudgetQueries;
import org.ansoplatform.finance.budget.BudgetYear;
import org.ansoplatform.finance.funds.FundBalances;
import org.ansoplatform.finance.plans.BudgetPlanQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Finance's demo as the test profile (demo mode) loads it: illustrative, through the module's commands. */
class DemoFinanceTests extends IntegrationTest {

    @Autowired
    FundBalances balances;
    @Autowired
    BudgetPlanQueries plans;
    @Autowired
    BudgetQueries budgets;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theEndowmentHoldsTheFiftyMillionOfTheAnnualReportAndPaysOnlyFromItsIncome() {
        FundBalances.Balance endowment = balances.of(DemoFinance.ENDOWMENT).orElseThrow();

        assertThat(endowment.principal()).isEqualByComparingTo("50000000");
        assertThat(endowment.spent()).isEqualByComparingTo("520000");
        assertThat(endowment.available()).isEqualByComparingTo(endowment.income().subtract(new BigDecimal("520000")));
    }

    @Test
    void the2021LedgerIsImportedWholeAndMarkedIllustrativeAndThePlansAwaitTheBoard() throws Exception {
        // the demo's import is the one of the file's bytes (other tests import files of the same name)
        String sha256;
        try (java.io.InputStream csv = new org.springframework.core.io.ClassPathResource(DemoFinance.LEDGER).getInputStream()) {
            sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(csv.readAllBytes()));
        }
        assertThat(jdbc.sql("""
                select count(*) filter (where l.illustrative) from finance.ledger_line l join finance.ledger_import i on i.id = l.import_id
                 where i.sha256 = ?""").param(sha256).query(Long.class).single()).isEqualTo(41);
        assertThat(plans.all()).filteredOn(p -> p.year() == 2021).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(PlanStatus.PROPOSED));
        // the demo's history (issue 24): the illustrative 5th Board meeting of 2022 approved the 2022 plan
        assertThat(plans.all()).filteredOn(p -> p.year() == 2022).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(PlanStatus.APPROVED));

        BudgetYear year = budgets.year(2021);
        assertThat(year.illustrative()).isTrue();
        // the dollar tranches of the cooperation projects are counted at the rates of their days
        assertThat(jdbc.sql("""
                select sum(l.base_amount) from finance.ledger_line l join finance.ledger_import i on i.id = l.import_id
                 where i.sha256 = ? and l.currency = 'USD'""").param(sha256).query(BigDecimal.class).single())
                .isEqualByComparingTo(new BigDecimal("150000").multiply(new BigDecimal("6.5467"))
                        .add(new BigDecimal("120000").multiply(new BigDecimal("6.4749")))
                        .add(new BigDecimal("80000").multiply(new BigDecimal("6.3946"))));
    }
}
