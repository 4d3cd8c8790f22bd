package org.ansoplatform.finance.ledger;

import static org.ansoplatform.finance.ledger.LedgerFixtures.HEADER;
import static org.ansoplatform.finance.ledger.LedgerFixtures.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.Records;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

class LedgerCorrectionTests extends IntegrationTest {

    @Autowired
    ExchangeRates rates;
    @Autowired
    LedgerImport importer;
    @Autowired
    LedgerManagement management;
    @Autowired
    LedgerQueries queries;
    @Autowired
    Records records;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRateIsRefusedForAnUnknownOrTheBaseCurrencyANonPositiveOrMalformedValueAndAFutureDay() {
        LocalDate day = LedgerFixtures.uniqueDay();
        assertThat(refused(() -> rates.enter("XYZ", day, BigDecimal.ONE))).containsExactly("currency: XYZ is not an ISO 4217 currency code.");
        assertThat(refused(() -> rates.enter("cny", day, BigDecimal.ONE))).containsExactly("currency: CNY is the base currency: its rate is always 1.");
        assertThat(refused(() -> rates.enter("USD", day, BigDecimal.ZERO))).containsExactly("rate: A rate must be greater than zero.");
        assertThat(refused(() -> rates.enter("USD", day, new BigDecimal("-7")))).containsExactly("rate: A rate must be greater than zero.");
        assertThat(refused(() -> rates.enter("USD", day, new BigDecimal("7.12345678901"))))
                .containsExactly("rate: Write the rate as a number with at most ten decimals, such as 7.1234.");
        assertThat(refused(() -> rates.enter("USD", day, new BigDecimal("1e20"))))
                .containsExactly("rate: Write the rate as a number with at most ten decimals, such as 7.1234.");
        assertThat(refused(() -> rates.enter("USD", LocalDate.now(clock).plusDays(1), BigDecimal.TEN)))
                .containsExactly("date: A rate cannot be entered for a day in the future.");
        assertThat(refused(() -> rates.enter(null, null, null))).hasSize(3);
        assertThat(jdbc.sql("select count(*) from finance.exchange_rate where on_date = :day").param("day", day)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aRateIsCorrectedUntilALedgerLineUsesItAndALaterDayGetsItsOwn() {
        LocalDate day = LedgerFixtures.uniqueDay();
        rates.enter("EUR", day, new BigDecimal("7.5"));
        rates.enter("EUR", day, new BigDecimal("7.8"));
        importer.importCsv("eur.csv", csv(HEADER, LedgerFixtures.line(day, "100", "EUR", "advisory", null, "Travel " + UUID.randomUUID())), false);

        assertThat(refused(() -> rates.enter("EUR", day, new BigDecimal("8"))))
                .containsExactly("rate: The rate of EUR on " + day + " is used by ledger lines and cannot be changed.");
        rates.enter("EUR", day.plusDays(1), new BigDecimal("8"));
        assertThat(rates.list(PageRequest.of(0, 100)).items()).anySatisfy(rate -> {
            assertThat(rate.currency()).isEqualTo("EUR");
            assertThat(rate.date()).isEqualTo(day);
            assertThat(rate.rate()).isEqualByComparingTo("7.8");
            assertThat(rate.used()).isTrue();
        });
    }

    @Test
    void aReversalIsTheOppositeLineWithTheSameDimensionsAndItsReason() {
        LocalDate day = LedgerFixtures.uniqueDay();
        rates.enter("USD", day, new BigDecimal("6.5"));
        String project = "projects:project:" + UUID.randomUUID();
        UUID importId = importer.importCsv("one.csv", csv(HEADER, String.join(",", day.toString(), "200", "USD", "cooperation", "",
                project, "", "", "V-" + UUID.randomUUID(), "Workshop")), false);
        LedgerLine line = queries.lines(new LedgerFilter(null, null, null, null, importId), PageRequest.of(0, 1)).items().get(0);

        clock.advance(Duration.ofDays(1));
        UUID reversalId = management.reverse(line.id(), "  Charged to the wrong project  ");
        LedgerLine reversal = queries.line(reversalId).orElseThrow();
        assertThat(reversal.amount()).isEqualByComparingTo("-200");
        assertThat(reversal.baseAmount()).isEqualByComparingTo("-1300");
        assertThat(reversal.rate()).isEqualByComparingTo("6.5");
        assertThat(reversal.currency()).isEqualTo("USD");
        assertThat(reversal.programme()).isEqualTo("cooperation");
        assertThat(reversal.project()).isEqualTo(project);
        assertThat(reversal.reverses()).isEqualTo(line.id());
        assertThat(reversal.reason()).isEqualTo("Charged to the wrong project");
        assertThat(reversal.date()).isEqualTo(LocalDate.now(clock));
        assertThat(queries.line(line.id()).orElseThrow().reversedBy()).isEqualTo(reversalId);
        assertThat(queries.total(new LedgerFilter(null, null, null, project, null))).isEqualByComparingTo("0");

        UUID dated = importer.importCsv("two.csv", csv(HEADER, LedgerFixtures.line(day, "50", "CNY", "advisory", null, "x" + UUID.randomUUID())), false);
        LedgerLine other = queries.lines(new LedgerFilter(null, null, null, null, dated), PageRequest.of(0, 1)).items().get(0);
        assertThat(queries.line(management.reverse(other.id(), "Duplicate voucher", day.plusDays(3))).orElseThrow().date())
                .isEqualTo(day.plusDays(3));
    }

    @Test
    void aReversalNeedsAReasonAndNeitherAReversedLineNorAReversalIsReversedAgain() {
        LocalDate day = LedgerFixtures.uniqueDay();
        UUID importId = importer.importCsv("r.csv", csv(HEADER, LedgerFixtures.line(day, "75", "CNY", "operations", null, "r" + UUID.randomUUID())), false);
        UUID lineId = queries.lines(new LedgerFilter(null, null, null, null, importId), PageRequest.of(0, 1)).items().get(0).id();

        assertThat(refused(() -> management.reverse(lineId, "   "))).containsExactly("reason: This field is required.");
        assertThat(refused(() -> management.reverse(lineId, "why", LocalDate.now(clock).plusDays(2))))
                .containsExactly("date: A reversal cannot be dated in the future.");
        assertThat(refused(() -> management.reverse(lineId, "why", day.minusDays(1))))
                .containsExactly("date: A reversal cannot be dated before the line it reverses (" + day + ").");
        assertThat(queries.line(lineId).orElseThrow().reversed()).isFalse();

        UUID reversal = management.reverse(lineId, "Wrong amount");
        assertThat(refused(() -> management.reverse(lineId, "Again"))).containsExactly("This line has been reversed already.");
        assertThat(refused(() -> management.reverse(reversal, "Undo")))
                .containsExactly("A reversal is never reversed: import the line again instead.");
        assertThat(queries.line(reversal).orElseThrow().reverses()).isEqualTo(lineId);
        assertThatThrownBy(() -> management.reverse(UUID.randomUUID(), "No such line"))
                .isInstanceOf(org.ansoplatform.platform.NotFoundException.class);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveALedgerLine() {
        UUID importId = importer.importCsv("t.csv", csv(HEADER, LedgerFixtures.line(LedgerFixtures.uniqueDay(), "12", "CNY",
                "advisory", null, "t" + UUID.randomUUID())), false);
        UUID lineId = queries.lines(new LedgerFilter(null, null, null, null, importId), PageRequest.of(0, 1)).items().get(0).id();

        assertThat(catchThrowable(() -> jdbc.sql("update finance.ledger_line set amount = 13 where id = :id").param("id", lineId).update()))
                .hasMessageContaining("ledger lines are never changed or removed");
        assertThat(catchThrowable(() -> jdbc.sql("delete from finance.ledger_line where id = :id").param("id", lineId).update()))
                .hasMessageContaining("ledger lines are never changed or removed");
        assertThat(queries.line(lineId).orElseThrow().amount()).isEqualByComparingTo("12");
    }

    @Test
    void aLedgerLineIsARecordThatOnlyFinancesReadersSee() {
        LocalDate day = LedgerFixtures.uniqueDay();
        UUID importId = importer.importCsv("rec.csv", csv(HEADER, LedgerFixtures.line(day, "1234.5", "CNY", "training", null,
                "rec" + UUID.randomUUID())), false);
        RecordRef ref = RecordRef.of("finance", "ledger-line",
                queries.lines(new LedgerFilter(null, null, null, null, importId), PageRequest.of(0, 1)).items().get(0).id());

        for (String role : List.of("FINANCE", "SECRETARIAT", "BOARD_MEMBER")) {
            RecordView view = records.describe(List.of(ref), Reader.person(UUID.randomUUID(), java.util.Set.of(role)), Locale.ENGLISH).get(0);
            assertThat(view.visible()).as(role).isTrue();
            assertThat(view.title()).isEqualTo(day + " · Trainings · 1,234.50 CNY");
            assertThat(view.path()).isEqualTo("/finance/ledger/" + ref.id());
        }
        assertThat(records.describe(List.of(ref), Reader.person(UUID.randomUUID(), java.util.Set.of("APPLICANT", "REVIEWER")),
                Locale.ENGLISH).get(0).visible()).isFalse();
        assertThat(records.describe(List.of(ref), Reader.anonymous(), Locale.ENGLISH).get(0).visible()).isFalse();
    }

    private List<String> refused(Runnable action) {
        Throwable thrown = catchThrowable(action::run);
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) thrown).violations().stream()
                .map(v -> (v.field() == null ? "" : v.field() + ": ") + messages.getMessage(v.messageKey(), v.args(), Locale.ENGLISH))
                .toList();
    }
}
