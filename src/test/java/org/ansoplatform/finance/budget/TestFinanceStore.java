package org.ansoplatform.finance.budget;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.TestClock;
import org.ansoplatform.finance.FundKind;
import org.ansoplatform.finance.MovementKind;
import org.ansoplatform.finance.PlanStatus;
import org.ansoplatform.finance.funds.FundManagement;
import org.ansoplatform.finance.ledger.ExchangeRates;
import org.ansoplatform.finance.ledger.LedgerFilter;
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
import org.ansoplatform.projects.ProjectCommand;
import org.ansoplatform.projects.ProjectManagement;
import org.ansoplatform.projects.ProjectStatus;
import org.ansoplatform.projects.ReportSchedule;
import org.ansoplatform.projects.money.ProjectMoney;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ledger lines, plans, funds and projects for finance's budget tests, entered through the modules' own commands:
 * lines through the CSV import with the rate of their day, reversals through {@link LedgerManagement}, plans decided
 * by a recorded Board decision, funds and projects through their management services. The budget tests own years
 * after today (nothing else writes there); since the ledger refuses lines dated in the future, entering one moves the
 * test clock past its day (every test's clock is reset after it).
 */
@Component
public class TestFinanceStore {

    private final LedgerImport ledger;
    private final LedgerManagement corrections;
    private final LedgerQueries lines;
    private final ExchangeRates rates;
    private final BudgetPlanManagement plans;
    private final SessionManagement sessions;
    private final FundManagement funds;
    private final ProjectManagement projects;
    private final ProjectMoney money;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    TestFinanceStore(LedgerImport ledger, LedgerManagement corrections, LedgerQueries lines, ExchangeRates rates,
            BudgetPlanManagement plans, SessionManagement sessions, FundManagement funds, ProjectManagement projects,
            ProjectMoney money, JdbcClient jdbc, java.time.Clock clock) {
        this.ledger = ledger;
        this.corrections = corrections;
        this.lines = lines;
        this.rates = rates;
        this.plans = plans;
        this.sessions = sessions;
        this.funds = funds;
        this.projects = projects;
        this.money = money;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A ledger line at {@code rate} units of base currency per unit; its base amount is amount × rate. */
    public UUID line(LocalDate date, String programme, String amount, String currency, String rate) {
        return importLine(date, programme, amount, currency, rate, false);
    }

    public UUID line(LocalDate date, String programme, String amount) {
        return line(date, programme, amount, "CNY", "1");
    }

    /** A line the demo would mark illustrative. */
    public UUID illustrativeLine(LocalDate date, String programme, String amount) {
        return importLine(date, programme, amount, "CNY", "1", true);
    }

    /** The reversing line of {@code original}, dated {@code date}: the opposite amounts, with a reason. */
    public UUID reverse(UUID original, LocalDate date) {
        past(date);
        return corrections.reverse(original, "entered twice", date);
    }

    /** A plan of the year with its lines, brought to {@code status} as finance staff and the Board would. */
    public UUID plan(int year, PlanStatus status, Map<String, String> amounts) {
        Map<String, BigDecimal> planLines = new LinkedHashMap<>();
        amounts.forEach((programme, amount) -> planLines.put(programme, new BigDecimal(amount)));
        UUID id = plans.draft(year, planLines, "", false);
        if (status == PlanStatus.DRAFT) {
            return id;
        }
        plans.propose(id);
        switch (status) {
            case PROPOSED -> { }
            case APPROVED -> decide(id, Outcome.ADOPTED_BY_CONSENSUS);
            case REJECTED -> decide(id, Outcome.REJECTED);
            default -> throw new IllegalArgumentException("a plan is " + status + " only by a later plan's approval");
        }
        return id;
    }

    /** A fund of {@code kind}; a restricted one is the training programme's. */
    public void fund(String code, FundKind kind) {
        funds.create(code, LocalizedText.of(Map.of("en", "Fund " + code)), kind, kind == FundKind.RESTRICTED ? "training" : null,
                null);
    }

    public void movement(String fund, MovementKind kind, String amount, LocalDate date) {
        past(date);
        funds.record(fund, kind, new BigDecimal(amount), date, "");
    }

    /** What the ledger page's filter (contracts19: {@code year}, {@code programme}, an area meaning its programmes) adds up. */
    public BigDecimal ledgerTotal(int year, String programme) {
        // read from the table, not through the queries under test, so that the two can disagree
        return jdbc.sql("""
                select coalesce(sum(base_amount), 0) from finance.ledger_line
                where extract(year from entry_date) = :year and (cast(:programme as varchar) is null or programme_code = :programme
                    or programme_code in (select code from calls.programme where area = :programme))""")
                .param("year", year).param("programme", programme).query(BigDecimal.class).single();
    }

    /** A cooperation project in {@code currency} running through the year, with a tranche paid in it. */
    public String project(int year, String currency, String granted, String paid) {
        String code = "FIN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID id = projects.create(new ProjectCommand(code, code, LocalizedText.of(Map.of("en", "Finance test project")), null,
                LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 12, 31), "cooperation", new BigDecimal(granted), currency,
                ProjectStatus.ACTIVE, List.of(), List.of(), ReportSchedule.ANNUAL, false, false));
        LocalDate paidOn = LocalDate.of(year, 6, 1);
        past(paidOn);
        money.addTranche(id, paidOn, new BigDecimal(paid), null, null);
        return code;
    }

    private UUID importLine(LocalDate date, String programme, String amount, String currency, String rate, boolean illustrative) {
        past(date);
        if (!"CNY".equals(currency)) {
            rates.enter(currency, date, new BigDecimal(rate));
        }
        String csv = "date,amount,currency,programme,voucher,description\n"
                + String.join(",", date.toString(), amount, currency, programme, "V-" + UUID.randomUUID(), "test line") + "\n";
        UUID importId = ledger.importCsv("test.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), illustrative);
        return lines.lines(new LedgerFilter(null, null, null, null, importId), PageRequest.of(0, 1)).items().get(0).id();
    }

    private void decide(UUID plan, Outcome outcome) {
        Actor system = Actor.system(clock.instant());
        UUID session = sessions.create(new SessionCommand(Body.BOARD, "Board budget " + UUID.randomUUID().toString().substring(0, 8),
                LocalDateTime.now(clock).plusDays(10).withNano(0), "UTC", SessionMode.ONLINE, null), SessionStatus.PLANNED, system);
        sessions.recordDecision(session, DecisionCommand.about(BudgetPlanQueries.ref(plan), "The Board decides the budget plan.",
                outcome, null), system);
    }

    /** Moves the test clock past {@code date} when the test owns a year still to come. */
    private void past(LocalDate date) {
        var dayAfter = date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        if (clock.instant().isBefore(dayAfter)) {
            ((TestClock) clock).advance(Duration.between(clock.instant(), dayAfter).plusHours(1));
        }
    }
}
