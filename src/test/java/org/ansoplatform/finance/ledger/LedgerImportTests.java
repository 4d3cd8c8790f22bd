package org.ansoplatform.finance.ledger;

import static org.ansoplatform.finance.ledger.LedgerFixtures.HEADER;
import static org.ansoplatform.finance.ledger.LedgerFixtures.csv;
import static org.ansoplatform.finance.ledger.LedgerFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

class LedgerImportTests extends IntegrationTest {

    @Autowired
    LedgerImport importer;
    @Autowired
    LedgerQueries queries;
    @Autowired
    ExchangeRates rates;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.ansoplatform.finance.funds.FundManagement funds;

    @Test
    void aThousandLinesAreImportedAtTheRateOfTheirDayWithTheirTotalInTheBaseCurrency() {
        LocalDate day = LedgerFixtures.uniqueDay();
        rates.enter("usd", day, new BigDecimal("7.1234"));
        StringBuilder file = new StringBuilder(HEADER).append('\n');
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 1; i <= 1000; i++) {
            boolean dollars = i % 3 == 0;
            BigDecimal amount = new BigDecimal(i).add(new BigDecimal("0.25"));
            // each line is converted and rounded to four decimals on its own, as the accounting system does
            expected = expected.add(dollars ? amount.multiply(new BigDecimal("7.1234")).setScale(4, java.math.RoundingMode.HALF_UP) : amount);
            file.append(line(day, amount.toPlainString(), dollars ? "USD" : "CNY", i % 2 == 0 ? "training" : "cooperation",
                    null, "Line " + i)).append('\n');
        }
        UUID id = importer.importCsv("ledger-2021.csv", new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)), true);

        LedgerFilter filter = new LedgerFilter(null, null, null, null, id);
        assertThat(queries.lines(filter, PageRequest.of(0, 10)).total()).isEqualTo(1000);
        assertThat(queries.total(filter)).isEqualByComparingTo(expected);
        List<LedgerLine> page = queries.lines(filter, PageRequest.of(0, 100)).items();
        assertThat(page).allSatisfy(line -> {
            assertThat(line.rate()).isEqualByComparingTo(line.currency().equals("USD") ? "7.1234" : "1");
            assertThat(line.baseAmount()).isEqualByComparingTo(line.amount().multiply(line.rate()).setScale(4, java.math.RoundingMode.HALF_UP));
            assertThat(line.currency()).isEqualTo((line.lineNo() - 1) % 3 == 0 ? "USD" : "CNY");
            assertThat(line.illustrative()).isTrue();
        });
        // an area means all its programmes: training is capacity building's
        assertThat(queries.lines(new LedgerFilter(day.getYear(), "capacity-building", null, null, id), PageRequest.of(0, 1)).total())
                .isEqualTo(500);
    }

    @Test
    void everyProblemIsNamedByLineAndColumnInTheReadersLanguageAndNothingIsStored() {
        LocalDate day = LedgerFixtures.uniqueDay();
        long before = queries.lines(LedgerFilter.none(), PageRequest.of(0, 1)).total();
        String project = "projects:project:" + UUID.randomUUID();
        InvalidInputException refusal = refusal(csv(HEADER,
                line(day, "10.00", "CNY", "training", null, "good line never stored"),
                line(day, "ten", "CNY", "training", null, "bad amount"),
                line(day, "10", "XYZ", "training", null, "bad currency"),
                line(day, "10", "CNY", "astrology", null, "bad programme"),
                line(day, "10", "EUR", "training", null, "no rate"),
                String.join(",", day.toString(), "5", "CNY", "advisory", "", "project-42", "", "", "V", "bad reference"),
                String.join(",", day.toString(), "5", "CNY", "advisory", "", project, "", "", "V", "good reference"),
                line(day.plusYears(30), "10", "CNY", "training", null, "future"),
                line(day, "0", "CNY", "training", "NO-SUCH-FUND", "zero and no fund")));

        assertThat(english(refusal)).containsExactly(
                "Line 3, column amount: ten is not an amount (write 1234.56, at most four decimals).",
                "Line 4, column currency: XYZ is not an ISO 4217 currency code.",
                "Line 5, column programme: astrology is not a programme's code.",
                "Line 6, column currency: no exchange rate of EUR has been entered for " + day + ".",
                "Line 7, column project: write a reference as projects:project:<uuid>.",
                "Line 9, column date: the date " + day.plusYears(30) + " is in the future.",
                "Line 10, column amount: the amount cannot be zero.",
                "Line 10, column fund: there is no fund NO-SUCH-FUND.");
        assertThat(refusal.violations()).allSatisfy(v -> assertThat(v.field()).isEqualTo("file"));
        assertThat(messages.getMessage(refusal.violations().get(0).messageKey(), refusal.violations().get(0).args(),
                Locale.CHINESE)).startsWith("第 3 行，amount 列：");
        assertThat(queries.lines(LedgerFilter.none(), PageRequest.of(0, 1)).total()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from finance.ledger_line where entry_date = :day").param("day", day)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aByteOrderMarkAndColumnsInAnyOrderAreAcceptedAndAMissingColumnIsNamed() {
        LocalDate day = LedgerFixtures.uniqueDay();
        UUID id = importer.importCsv("bom.csv", csv("\uFEFFprogramme,Description,amount,date,currency",
                "operations,Rent " + UUID.randomUUID() + "," + "1200.50," + day + ",CNY"), false);
        LedgerLine line = queries.lines(new LedgerFilter(null, null, null, null, id), PageRequest.of(0, 5)).items().get(0);
        assertThat(line.programme()).isEqualTo("operations");
        assertThat(line.amount()).isEqualByComparingTo("1200.50");
        assertThat(line.description()).startsWith("Rent ");
        assertThat(line.rate()).isEqualByComparingTo("1");

        assertThat(english(refusal(csv("date,amount,programme", day + ",1,training"))))
                .containsExactly("Line 1, column currency: the column is missing from the header.");
        assertThat(english(refusal(csv(HEADER)))).containsExactly("Choose a CSV file with at least one ledger line.");
        assertThat(english(refusal(csv(HEADER, day + ",1,CNY")))).containsExactly("Line 2, column -: expected 10 values, found 3.");
    }

    @Test
    void theSameFileTwiceIsRefusedWithNothingAdded() {
        String file = String.join("\n", HEADER, line(LedgerFixtures.uniqueDay(), "99.99", "CNY", "advisory", null, "Once"));
        importer.importCsv("once.csv", csv(file), false);
        long before = queries.lines(LedgerFilter.none(), PageRequest.of(0, 1)).total();

        assertThat(english(refusal(csv(file)))).containsExactly("This file has been imported already.");
        assertThat(queries.lines(LedgerFilter.none(), PageRequest.of(0, 1)).total()).isEqualTo(before);
    }

    @Test
    void aRestrictedFundPaysOnlyForItsProgrammeAndAnEndowmentOnlyFromIncomeCountingTheFilesEarlierLines() {
        LocalDate day = LedgerFixtures.uniqueDay();
        String restricted = LedgerFixtures.fund(funds, "RESTRICTED", "training", "10000", "0");
        String endowment = LedgerFixtures.fund(funds, "ENDOWMENT", null, "50000000", "1000");
        InvalidInputException refusal = refusal(csv(HEADER,
                line(day, "100", "CNY", "training", restricted, "allowed"),
                line(day, "100", "CNY", "advisory", restricted, "other programme"),
                line(day, "600", "CNY", "advisory", endowment, "from income"),
                line(day, "600", "CNY", "advisory", endowment, "would spend principal")));
        assertThat(english(refusal)).containsExactly(
                "Line 3, column fund: the fund " + restricted + " pays only for the programme training.",
                "Line 5, column fund: the endowment " + endowment + " may pay from its income only, and 400 of it is left.");

        UUID id = importer.importCsv("funds.csv", csv(HEADER,
                line(day, "100", "CNY", "training", restricted, "allowed"),
                line(day, "600", "CNY", "advisory", endowment, "from income"),
                line(day, "400", "CNY", "advisory", endowment, "the rest of the income")), false);
        assertThat(queries.total(new LedgerFilter(null, null, endowment, null, id))).isEqualByComparingTo("1000");
        assertThat(english(refusal(csv(HEADER, line(day, "0.01", "CNY", "advisory", endowment, "one cent of principal")))))
                .containsExactly("Line 2, column fund: the endowment " + endowment + " may pay from its income only, and 0 of it is left.");
    }

    @Test
    void aFileWithManyProblemsReportsTheFirstFifty() {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 80; i++) {
            lines.add(line(LedgerFixtures.uniqueDay(), "x" + i, "CNY", "training", null, "bad"));
        }
        assertThat(refusal(csv(lines.toArray(String[]::new))).violations()).hasSize(LedgerImport.MAX_REPORTED);
        assertThat(english(refusal(new ByteArrayInputStream((HEADER + "\n\"unclosed,1\n").getBytes(StandardCharsets.UTF_8)))))
                .containsExactly("The file is not a readable CSV file.");
    }

    private InvalidInputException refusal(java.io.InputStream file) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> importer.importCsv("refused.csv", file, false));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) thrown;
    }

    private List<String> english(InvalidInputException refusal) {
        return refusal.violations().stream().map(v -> messages.getMessage(v.messageKey(), v.args(), Locale.ENGLISH)).toList();
    }
}
