package org.ansoplatform.finance.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.ansoplatform.finance.FundKind;
import org.ansoplatform.finance.funds.FundBalances;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.shared.Money;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The checks of one line of a ledger file, against what was read once before the file (programmes, rates, funds):
 * no line asks the database anything, except a fund's balance the first time a line charges it (under its lock).
 * Keeps what the file's earlier lines spent from each fund, so an endowment's income is counted across the file.
 */
class LedgerRowCheck {

    static final List<String> REQUIRED = List.of("date", "amount", "currency", "programme");
    static final List<String> OPTIONAL = List.of("fund", "project", "call", "meeting", "voucher", "description");
    /** numeric(19, 4): fifteen digits before the point. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e15");
    private static final Map<String, String[]> REFS = Map.of("project", new String[] {"projects", "project"},
            "call", new String[] {"calls", "call"}, "meeting", new String[] {"meetings", "meeting"});

    /** A checked line, ready to be written. */
    record Row(long line, LocalDate date, BigDecimal amount, String currency, BigDecimal rate, BigDecimal baseAmount,
            String programme, String fund, String project, String call, String meeting, String voucher,
            String description) {
    }

    private final Set<String> programmes;
    private final Map<String, BigDecimal> rates;
    private final String baseCurrency;
    private final LocalDate today;
    private final Function<String, FundBalances.Balance> lockFund;
    private final Map<String, FundBalances.Balance> funds = new HashMap<>();
    private final Map<String, BigDecimal> spentInFile = new HashMap<>();

    LedgerRowCheck(Set<String> programmes, Map<String, BigDecimal> rates, String baseCurrency, LocalDate today,
            Function<String, FundBalances.Balance> lockFund) {
        this.programmes = programmes;
        this.rates = rates;
        this.baseCurrency = baseCurrency;
        this.today = today;
        this.lockFund = lockFund;
    }

    /** The checked line, or null after adding its problems to {@code violations}. */
    Row check(long line, Function<String, String> cells, List<Violation> violations) {
        int before = violations.size();
        LocalDate date = date(line, cells.apply("date"), violations);
        BigDecimal amount = amount(line, cells.apply("amount"), violations);
        String currency = cells.apply("currency");
        if (currency == null) {
            violations.add(cell(line, "currency", "validation.required"));
        } else if (!Money.isCurrency(currency)) {
            violations.add(cell(line, "currency", "finance.ledger.import.currency", currency));
            currency = null;
        } else {
            currency = currency.toUpperCase(java.util.Locale.ROOT);
        }
        String programme = cells.apply("programme");
        if (programme == null) {
            violations.add(cell(line, "programme", "validation.required"));
        } else if (!programmes.contains(programme)) {
            violations.add(cell(line, "programme", "finance.ledger.import.programme", programme));
        }
        String[] refs = new String[3];
        int i = 0;
        for (String column : List.of("project", "call", "meeting")) {
            refs[i++] = ref(line, column, cells.apply(column), violations);
        }
        String voucher = text(line, "voucher", cells.apply("voucher"), 100, violations);
        String description = text(line, "description", cells.apply("description"), 2000, violations);
        BigDecimal rate = null;
        if (currency != null && date != null) {
            rate = currency.equals(baseCurrency) ? BigDecimal.ONE : rates.get(LedgerStore.rateKey(currency, date));
            if (rate == null) {
                violations.add(cell(line, "currency", "finance.ledger.import.noRate", currency, date.toString()));
            }
        }
        BigDecimal base = null;
        if (rate != null && amount != null) {
            base = amount.multiply(rate).setScale(4, RoundingMode.HALF_UP);
            if (base.abs().compareTo(MAX_AMOUNT) >= 0) {
                violations.add(cell(line, "amount", "finance.ledger.import.amountTooLarge"));
            }
        }
        String fund = cells.apply("fund");
        if (fund != null) {
            fund(line, fund, programme, violations.size() > before ? null : base, violations);
        }
        if (violations.size() > before) {
            return null;
        }
        return new Row(line, date, amount, currency, rate, base, programme, fund, refs[0], refs[1], refs[2], voucher,
                description == null ? "" : description);
    }

    /** A fund must exist, pay only for its programme when restricted, and an endowment only from income left. */
    private void fund(long line, String code, String programme, BigDecimal base, List<Violation> violations) {
        FundBalances.Balance balance = funds.computeIfAbsent(code, lockFund);
        if (balance == null) {
            violations.add(cell(line, "fund", "finance.ledger.import.fund", code));
            return;
        }
        if (balance.kind() == FundKind.RESTRICTED && balance.programmeCode() != null && programme != null
                && !balance.programmeCode().equals(programme)) {
            violations.add(cell(line, "fund", "finance.ledger.import.restricted", code, balance.programmeCode()));
            return;
        }
        if (base == null) {
            return;
        }
        BigDecimal spent = spentInFile.merge(code, base, BigDecimal::add);
        if (balance.kind() == FundKind.ENDOWMENT && base.signum() > 0 && spent.compareTo(balance.available()) > 0) {
            violations.add(cell(line, "fund", "finance.ledger.import.endowment", code,
                    balance.available().subtract(spent.subtract(base)).max(BigDecimal.ZERO).stripTrailingZeros().toPlainString()));
            spentInFile.merge(code, base.negate(), BigDecimal::add);
        }
    }

    private LocalDate date(long line, String text, List<Violation> violations) {
        if (text == null) {
            violations.add(cell(line, "date", "validation.required"));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(cell(line, "date", "finance.ledger.import.date", text));
            return null;
        }
        if (date.isAfter(today)) {
            violations.add(cell(line, "date", "finance.ledger.import.future", text));
            return null;
        }
        return date;
    }

    private static BigDecimal amount(long line, String text, List<Violation> violations) {
        if (text == null) {
            violations.add(cell(line, "amount", "validation.required"));
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException e) {
            violations.add(cell(line, "amount", "finance.ledger.import.amount", text));
            return null;
        }
        if (amount.signum() == 0) {
            violations.add(cell(line, "amount", "finance.ledger.import.zero"));
            return null;
        }
        if (amount.abs().compareTo(MAX_AMOUNT) >= 0 || amount.stripTrailingZeros().scale() > 4) {
            violations.add(cell(line, "amount", "finance.ledger.import.amount", text));
            return null;
        }
        return amount;
    }

    private static String ref(long line, String column, String text, List<Violation> violations) {
        if (text == null) {
            return null;
        }
        String[] shape = REFS.get(column);
        if (!RecordRef.isValid(text) || !RecordRef.parse(text).is(shape[0], shape[1])) {
            violations.add(cell(line, column, "finance.ledger.import.ref", shape[0] + ":" + shape[1] + ":<uuid>"));
            return null;
        }
        return RecordRef.parse(text).toString();
    }

    private static String text(long line, String column, String text, int max, List<Violation> violations) {
        if (text == null) {
            return null;
        }
        if (!TextInput.storable(text)) {
            violations.add(cell(line, column, "validation.controlCharacters"));
        } else if (text.length() > max) {
            violations.add(cell(line, column, "finance.ledger.import.tooLong", max));
        }
        return text;
    }

    /** A refusal naming the line and the column; the problem itself is a message of its own, in the reader's language. */
    static Violation cell(long line, String column, String problemKey, Object... args) {
        return new Violation("file", "finance.ledger.import.cell", line, column,
                new DefaultMessageSourceResolvable(new String[] {problemKey}, args, problemKey));
    }
}
