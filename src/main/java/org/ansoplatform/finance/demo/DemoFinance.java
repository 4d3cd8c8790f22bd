package org.ansoplatform.finance.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ansoplatform.finance.FundKind;
import org.ansoplatform.finance.MovementKind;
import org.ansoplatform.finance.funds.FundManagement;
import org.ansoplatform.finance.funds.FundQueries;
import org.ansoplatform.finance.ledger.ExchangeRates;
import org.ansoplatform.finance.ledger.LedgerImport;
import org.ansoplatform.finance.plans.BudgetPlanManagement;
import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads finance's demo once, through the module's own commands, in one transaction: the endowment and its money,
 * the exchange rates the ledger's dollar lines need, the 2021 ledger and the plans of 2021 and 2022, proposed so that
 * the Board decides them in the demo (a decision is governance's to record; finance never approves by itself). The
 * amounts and dates are illustrative: the seeds give the charts' titles, not their figures. After the projects
 * (order 50), whose tranches the ledger names.
 */
@Component
class DemoFinance {

    static final String ENDOWMENT = "stic-endowment";
    static final String LEDGER = "demo/finance/ledger-2021.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoFinance.class);

    private final DemoMode demoMode;
    private final TransactionTemplate transactions;
    private final FundManagement funds;
    private final FundQueries fundQueries;
    private final ExchangeRates rates;
    private final LedgerImport ledger;
    private final BudgetPlanManagement plans;

    DemoFinance(DemoMode demoMode, TransactionTemplate transactions, FundManagement funds, FundQueries fundQueries,
            ExchangeRates rates, LedgerImport ledger, BudgetPlanManagement plans) {
        this.demoMode = demoMode;
        this.transactions = transactions;
        this.funds = funds;
        this.fundQueries = fundQueries;
        this.rates = rates;
        this.ledger = ledger;
        this.plans = plans;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(60)
    void onReady() {
        if (!demoMode.enabled() || fundQueries.fund(ENDOWMENT).isPresent()) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> load());
            log.info("Demo data: the STIC Endowment, the 2021 ledger and the budget plans of 2021 and 2022 (illustrative)");
        } catch (InvalidInputException refused) {
            // the site starts without finance's demo rather than not at all; the reason is in the log
            log.error("Demo data: finance refused: {}", refused.violations().stream()
                    .map(v -> v.messageKey() + java.util.Arrays.toString(v.args())).toList());
        }
    }

    private void load() {
        funds.create(ENDOWMENT, new LocalizedText(Map.of("en", "STIC Endowment", "zh", "STIC基金", "ru", "Эндаумент STIC",
                        "es", "Fondo patrimonial STIC", "fr", "Fonds de dotation STIC")), FundKind.ENDOWMENT, null,
                new LocalizedText(Map.of(
                        "en", "In collaboration with the Overseas Chinese Charity Foundation of China. Initial capital: RMB 50 million. "
                                + "Can use the earnings from the ANSO Investment fund (ANSO Annual Report 2021). Dates and income are illustrative.",
                        "zh", "与中国华侨公益基金会合作。初始资金：人民币5000万元。可使用ANSO投资基金的收益（ANSO 2021年年报）。日期和收益为示意。")),
                true);
        funds.record(ENDOWMENT, MovementKind.PRINCIPAL, new BigDecimal("50000000"), LocalDate.of(2021, 1, 4),
                "Initial capital (date illustrative)", true);
        funds.record(ENDOWMENT, MovementKind.INCOME, new BigDecimal("1800000"), LocalDate.of(2021, 6, 30),
                "Earnings from the ANSO Investment fund (illustrative)", true);
        // the days of the ledger's dollar lines (the rates are illustrative, near the year's)
        rates.enter("USD", LocalDate.of(2021, 4, 12), new BigDecimal("6.5467"));
        rates.enter("USD", LocalDate.of(2021, 7, 8), new BigDecimal("6.4749"));
        rates.enter("USD", LocalDate.of(2021, 10, 20), new BigDecimal("6.3946"));
        try (InputStream csv = new ClassPathResource(LEDGER).getInputStream()) {
            ledger.importCsv("ledger-2021.csv", csv, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LEDGER, e);
        }
        plans.propose(plans.draft(2021, plan("30000000", "3000000", "2500000", "8000000", "1500000", "4000000", "6000000"),
                "Illustrative: the Annual Report shows the chart without its figures.", true));
        plans.propose(plans.draft(2022, plan("31500000", "3200000", "2800000", "8500000", "1600000", "4300000", "6200000"),
                "Illustrative: the Annual Report shows the chart without its figures.", true));
    }

    private static Map<String, BigDecimal> plan(String scholarship, String fellowship, String training, String cooperation,
            String advisory, String events, String operations) {
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        lines.put("scholarship", new BigDecimal(scholarship));
        lines.put("visiting-fellowship", new BigDecimal(fellowship));
        lines.put("training", new BigDecimal(training));
        lines.put("cooperation", new BigDecimal(cooperation));
        lines.put("advisory", new BigDecimal(advisory));
        lines.put("networks-events", new BigDecimal(events));
        lines.put("operations", new BigDecimal(operations));
        return lines;
    }
}
