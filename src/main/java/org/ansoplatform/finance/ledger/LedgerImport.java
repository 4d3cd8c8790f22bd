package org.ansoplatform.finance.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ansoplatform.shared.Programme;
import org.ansoplatform.calls.ProgrammeQueries;
import org.ansoplatform.finance.FinanceSettings;
import org.ansoplatform.finance.funds.FundBalances;
import org.ansoplatform.finance.FinanceChanged;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.shared.Actor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the accounting system's CSV export (docs/finance.md) as ledger lines: all of the file or nothing. The file
 * is read once, as a stream: each line is checked against what was read before the file (programmes, rates, funds)
 * and written in batches while no line has been refused; after the first refusal the rest is only checked, so the
 * answer names every problem (up to {@link #MAX_REPORTED}) and the transaction rolls back. Memory stays bounded by
 * one batch, whatever the file's length. The same file (SHA-256 of its bytes) is never imported twice.
 */
@Service
public class LedgerImport {

    static final int MAX_REPORTED = 50;
    static final int BATCH = 1000;

    private final LedgerStore store;
    private final ProgrammeQueries programmes;
    private final FundBalances funds;
    private final FinanceSettings settings;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LedgerImport(LedgerStore store, ProgrammeQueries programmes, FundBalances funds, FinanceSettings settings,
            CurrentActor currentActor, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.programmes = programmes;
        this.funds = funds;
        this.settings = settings;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** The import's id and how many lines it wrote. */
    public record Imported(UUID id, int lineCount) {
    }

    /** Imports every line of the file or refuses it whole; returns the import's id. */
    @Transactional
    public UUID importCsv(String fileName, InputStream csv, boolean illustrative) {
        return importFile(fileName, csv, illustrative).id();
    }

    @Transactional
    public Imported importFile(String fileName, InputStream csv, boolean illustrative) {
        Actor actor = currentActor.get();
        UUID id = UUID.randomUUID();
        String name = TextInput.trim(fileName);
        name = name == null || !TextInput.storable(name) ? "ledger.csv" : name.substring(0, Math.min(name.length(), 255));
        store.startImport(id, name, illustrative, actor.personId(), actor.at());
        Set<String> codes = programmes.all().stream().map(Programme::code).collect(Collectors.toSet());
        LedgerRowCheck check = new LedgerRowCheck(codes, store.allRates(), settings.baseCurrency(), LocalDate.now(clock),
                code -> funds.lock(code).orElse(null));
        MessageDigest sha256 = sha256();
        List<Violation> violations = new ArrayList<>();
        List<SqlParameterSource> batch = new ArrayList<>(BATCH);
        int count = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        try (Reader reader = new InputStreamReader(new DigestInputStream(csv, sha256), StandardCharsets.UTF_8);
                CSVParser rows = CSVParser.parse(reader, format)) {
            List<String> headers = rows.getHeaderNames();
            Map<String, Integer> columns = columns(headers);
            for (String required : LedgerRowCheck.REQUIRED) {
                if (!columns.containsKey(required)) {
                    violations.add(LedgerRowCheck.cell(1, required, "finance.ledger.import.missingColumn"));
                }
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            for (CSVRecord record : rows) {
                long line = record.getRecordNumber() + 1;
                if (record.size() != headers.size()) {
                    violations.add(LedgerRowCheck.cell(line, "-", "finance.ledger.import.columnCount", headers.size(), record.size()));
                } else {
                    LedgerRowCheck.Row row = check.check(line, column -> cell(record, columns, column), violations);
                    count++;
                    if (row != null && violations.isEmpty()) {
                        batch.add(parameters(row, id, illustrative, actor));
                        if (batch.size() == BATCH) {
                            flush(batch);
                        }
                    }
                }
                if (violations.size() >= MAX_REPORTED) {
                    break;
                }
            }
            // what the parser has not read yet still belongs to the file's hash
            reader.transferTo(java.io.Writer.nullWriter());
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidInputException("file", "finance.ledger.import.unreadable");
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.subList(0, Math.min(violations.size(), MAX_REPORTED)));
        }
        if (count == 0) {
            throw new InvalidInputException("file", "finance.ledger.import.empty");
        }
        flush(batch);
        String hash = HexFormat.of().formatHex(sha256.digest());
        if (store.imported(hash)) {
            throw new org.ansoplatform.platform.ConflictException("file", "finance.ledger.import.duplicate");
        }
        store.finishImport(id, hash, count);
        events.publishEvent(new FinanceChanged(actor, "finance.ledger.imported", FinanceChanged.LEDGER_IMPORT,
                id.toString(), name + ": " + count));
        return new Imported(id, count);
    }

    private void flush(List<SqlParameterSource> batch) {
        if (!batch.isEmpty()) {
            store.insertLines(batch.toArray(SqlParameterSource[]::new));
            batch.clear();
        }
    }

    /** Columns by their header's name, in any order and case; a byte-order mark before the first is dropped. */
    private static Map<String, Integer> columns(List<String> headers) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            columns.putIfAbsent(headers.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? null : TextInput.trim(record.get(index));
    }

    private static SqlParameterSource parameters(LedgerRowCheck.Row row, UUID importId, boolean illustrative, Actor actor) {
        return new MapSqlParameterSource().addValue("id", UUID.randomUUID()).addValue("importId", importId)
                .addValue("lineNo", (int) row.line()).addValue("date", row.date()).addValue("amount", row.amount())
                .addValue("currency", row.currency()).addValue("rate", row.rate()).addValue("baseAmount", row.baseAmount())
                .addValue("programme", row.programme()).addValue("fund", row.fund()).addValue("project", row.project())
                .addValue("call", row.call()).addValue("meeting", row.meeting()).addValue("voucher", row.voucher())
                .addValue("description", row.description()).addValue("reverses", null, java.sql.Types.OTHER)
                .addValue("reason", null, java.sql.Types.VARCHAR).addValue("illustrative", illustrative)
                .addValue("by", actor.personId(), java.sql.Types.OTHER)
                .addValue("at", java.sql.Timestamp.from(actor.at()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
