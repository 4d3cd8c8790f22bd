package org.ansoplatform.finance.ledger;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What ledger tests need: a day no other test uses (rates are per currency and day, shared by the one database),
 * CSV text, and funds with their movements (written here, since the funds' own management is another helper's).
 */
public final class LedgerFixtures {

    public static final String HEADER = "date,amount,currency,programme,fund,project,call,meeting,voucher,description";
    private static final AtomicInteger DAYS = new AtomicInteger(new java.util.Random().nextInt(3000));

    private LedgerFixtures() {
    }

    /** A past day (2010 to 2019) that no earlier call returned in this run. */
    public static LocalDate uniqueDay() {
        return LocalDate.of(2010, 1, 1).plusDays(DAYS.getAndIncrement() % 3650);
    }

    public static InputStream csv(String... lines) {
        return new ByteArrayInputStream(String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8));
    }

    public static String line(LocalDate date, String amount, String currency, String programme, String fund,
            String description) {
        return String.join(",", date.toString(), amount, currency, programme, fund == null ? "" : fund, "", "", "",
                "V-" + UUID.randomUUID(), description);
    }

    /** A fund of {@code kind} (UNRESTRICTED, RESTRICTED, ENDOWMENT) with its principal and income; returns its code. */
    public static String fund(JdbcClient jdbc, String kind, String programme, String principal, String income) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into finance.fund (code, name, kind, currency, programme_code, created_at)
                values (:code, cast(:name as jsonb), :kind, 'CNY', :programme, :now)""")
                .param("code", code).param("name", "{\"en\": \"Test fund " + code + "\"}").param("kind", kind)
                .param("programme", programme).param("now", now).update();
        movement(jdbc, code, "PRINCIPAL", principal, now);
        movement(jdbc, code, "INCOME", income, now);
        return code;
    }

    private static void movement(JdbcClient jdbc, String code, String kind, String amount, Timestamp now) {
        if (new BigDecimal(amount).signum() == 0) {
            return;
        }
        jdbc.sql("""
                insert into finance.fund_movement (id, fund_code, kind, amount, currency, on_date, entered_at)
                values (:id, :code, :kind, :amount, 'CNY', date '2010-01-01', :now)""")
                .param("id", UUID.randomUUID()).param("code", code).param("kind", kind)
                .param("amount", new BigDecimal(amount)).param("now", now).update();
    }
}
