package org.ansoplatform.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.activitylog.ActivityEntry;
import org.ansoplatform.activitylog.ActivityFilter;
import org.ansoplatform.activitylog.ActivityQueries;
import org.ansoplatform.finance.funds.FundManagement;
import org.ansoplatform.finance.ledger.ExchangeRates;
import org.ansoplatform.finance.ledger.LedgerFixtures;
import org.ansoplatform.finance.ledger.LedgerImport;
import org.ansoplatform.finance.ledger.LedgerManagement;
import org.ansoplatform.finance.ledger.LedgerQueries;
import org.ansoplatform.finance.plans.BudgetPlanManagement;
import org.ansoplatform.finance.plans.BudgetPlanQueries;
import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.DecisionCommand;
import org.ansoplatform.governance.Outcome;
import org.ansoplatform.governance.SessionCommand;
import org.ansoplatform.governance.SessionManagement;
import org.ansoplatform.governance.SessionMode;
import org.ansoplatform.governance.SessionStatus;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every change to the money records leaves an entry in the audit trail, and a refused one leaves none. */
class FinanceAuditTests extends IntegrationTest {

    @Autowired BudgetPlanManagement plans;
    @Autowired SessionManagement sessions;
    @Autowired LedgerImport ledger;
    @Autowired LedgerManagement corrections;
    @Autowired LedgerQueries lines;
    @Autowired ExchangeRates rates;
    @Autowired FundManagement funds;
    @Autowired ActivityQueries log;

    @Test
    void aPlansWholeLifeIsInTheTrailUpToTheBoardsApproval() {
        UUID plan = plans.draft(2095, Map.of("training", new BigDecimal("100")), "", false);
        plans.propose(plan);
        plans.withdraw(plan);
        plans.propose(plan);
        UUID session = sessions.create(new SessionCommand(Body.BOARD, "Board audit " + UUID.randomUUID().toString().substring(0, 8),
                LocalDateTime.now(clock).plusDays(3).withNano(0), "UTC", SessionMode.ONLINE, null), SessionStatus.PLANNED,
                Actor.system(clock.instant()));
        sessions.recordDecision(session, DecisionCommand.about(BudgetPlanQueries.ref(plan), "The Board approves the plan.",
                Outcome.ADOPTED_BY_CONSENSUS, null), Actor.system(clock.instant()));

        assertThat(entries(FinanceChanged.PLAN, plan.toString())).extracting(ActivityEntry::action).containsExactlyInAnyOrder(
                "finance.plan.drafted", "finance.plan.proposed", "finance.plan.withdrawn", "finance.plan.proposed",
                "finance.plan.approved");
        assertThat(entries(FinanceChanged.PLAN, plan.toString())).allMatch(e -> e.detail().startsWith("2095"));
    }

    @Test
    void importsReversalsRatesAndFundsAreInTheTrailAndARefusedImportIsNot() {
        LocalDate day = LedgerFixtures.uniqueDay();
        String currency = rates.enter("usd", day, new BigDecimal("7.05"));
        UUID imported = ledger.importCsv("audit.csv", LedgerFixtures.csv(LedgerFixtures.HEADER,
                LedgerFixtures.line(day, "12.50", "USD", "training", null, "Audited line")), false);
        UUID line = lines.lines(new org.ansoplatform.finance.ledger.LedgerFilter(null, null, null, null, imported),
                PageRequest.of(0, 10)).items().get(0).id();
        corrections.reverse(line, "Charged twice");
        String fund = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        funds.create(fund, LocalizedText.of(Map.of("en", "Audit fund")), FundKind.UNRESTRICTED, null, null);
        funds.record(fund, MovementKind.INCOME, new BigDecimal("1000"), day, "Gift");

        assertThat(entries(FinanceChanged.RATE, currency + " " + day)).extracting(ActivityEntry::detail).containsExactly("7.05");
        assertThat(entries(FinanceChanged.LEDGER_IMPORT, imported.toString())).extracting(ActivityEntry::action, ActivityEntry::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("finance.ledger.imported", "audit.csv: 1"));
        assertThat(entries(FinanceChanged.LEDGER_LINE, line.toString())).extracting(ActivityEntry::detail).containsExactly("Charged twice");
        assertThat(entries(FinanceChanged.FUND, fund)).extracting(ActivityEntry::action)
                .containsExactly("finance.fund.received", "finance.fund.created");

        String refusedName = "refused-" + UUID.randomUUID() + ".csv";
        assertThatThrownBy(() -> ledger.importCsv(refusedName, LedgerFixtures.csv(LedgerFixtures.HEADER,
                LedgerFixtures.line(day, "1", "XXX", "training", null, "Unknown currency")), false)).isInstanceOf(InvalidInputException.class);
        assertThat(log.find(new ActivityFilter(null, "finance.ledger.imported", null, null, null, null), PageRequest.of(0, 200)).items())
                .noneMatch(e -> e.detail().startsWith(refusedName));
    }

    private List<ActivityEntry> entries(String type, String id) {
        return log.find(new ActivityFilter(null, null, type, id, null, null), PageRequest.of(0, 50)).items();
    }
}
