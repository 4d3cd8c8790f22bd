package org.ansoplatform.finance.ledger;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.ansoplatform.finance.FundKind;
import org.ansoplatform.finance.MovementKind;
import org.ansoplatform.finance.funds.FundManagement;
import org.ansoplatform.shared.LocalizedText;

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
    public static String fund(FundManagement funds, String kind, String programme, String principal, String income) {
        String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
        funds.create(code, LocalizedText.of(java.util.Map.of("en", "Test fund " + code)), FundKind.valueOf(kind), programme, null);
        for (var movement : java.util.Map.of(MovementKind.PRINCIPAL, principal, MovementKind.INCOME, income).entrySet()) {
            if (new BigDecimal(movement.getValue()).signum() != 0) {
                funds.record(code, movement.getKey(), new BigDecimal(movement.getValue()), LocalDate.of(2010, 1, 1), "");
            }
        }
        return code;
    }
}
