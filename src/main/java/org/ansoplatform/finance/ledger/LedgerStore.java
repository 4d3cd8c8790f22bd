package org.ansoplatform.finance.ledger;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of rates, imports and ledger lines; lines are only ever inserted (a trigger refuses the rest). */
@Repository
class LedgerStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    LedgerStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Optional<BigDecimal> rate(String currency, LocalDate date) {
        return jdbc.sql("select rate from finance.exchange_rate where currency = :currency and on_date = :date")
                .param("currency", currency).param("date", date).query(BigDecimal.class).optional();
    }

    /** Every rate by {@code CUR:date}: the import looks each line's rate up here, not in the database. */
    Map<String, BigDecimal> allRates() {
        Map<String, BigDecimal> rates = new HashMap<>();
        jdbc.sql("select currency, on_date, rate from finance.exchange_rate").query(rs -> {
            rates.put(rateKey(rs.getString("currency"), Rows.date(rs, "on_date")), rs.getBigDecimal("rate"));
        });
        return rates;
    }

    static String rateKey(String currency, LocalDate date) {
        return currency + ":" + date;
    }

    boolean rateUsed(String currency, LocalDate date) {
        return jdbc.sql("select exists (select 1 from finance.ledger_line where currency = :currency and entry_date = :date)")
                .param("currency", currency).param("date", date).query(Boolean.class).single();
    }

    void saveRate(String currency, LocalDate date, BigDecimal rate, UUID by, Instant at) {
        jdbc.sql("""
                insert into finance.exchange_rate (currency, on_date, rate, entered_by, entered_at)
                values (:currency, :date, :rate, :by, :at)
                on conflict (currency, on_date) do update set rate = excluded.rate, entered_by = excluded.entered_by,
                    entered_at = excluded.entered_at""")
                .param("currency", currency).param("date", date).param("rate", rate).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    List<ExchangeRate> rates(int limit, long offset) {
        return jdbc.sql("""
                select r.currency, r.on_date, r.rate, r.entered_at,
                       exists (select 1 from finance.ledger_line l where l.currency = r.currency and l.entry_date = r.on_date) used
                from finance.exchange_rate r order by r.on_date desc, r.currency limit :limit offset :offset""")
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new ExchangeRate(rs.getString("currency").strip(), Rows.date(rs, "on_date"),
                        rs.getBigDecimal("rate"), Rows.instant(rs, "entered_at"), rs.getBoolean("used")))
                .list();
    }

    long rateCount() {
        return jdbc.sql("select count(*) from finance.exchange_rate").query(Long.class).single();
    }

    boolean imported(String sha256) {
        return jdbc.sql("select exists (select 1 from finance.ledger_import where sha256 = :sha)").param("sha", sha256)
                .query(Boolean.class).single();
    }

    /** The import's row first, so that its lines can name it; its hash and count are known only at the file's end. */
    void startImport(UUID id, String fileName, boolean illustrative, UUID by, Instant at) {
        jdbc.sql("""
                insert into finance.ledger_import (id, file_name, sha256, line_count, illustrative, imported_by, imported_at)
                values (:id, :name, :placeholder, 0, :illustrative, :by, :at)""")
                .param("id", id).param("name", fileName).param("placeholder", id.toString().replace("-", "") + "0".repeat(32))
                .param("illustrative", illustrative).param("by", by).param("at", Timestamp.from(at)).update();
    }

    void finishImport(UUID id, String sha256, int lineCount) {
        jdbc.sql("update finance.ledger_import set sha256 = :sha, line_count = :count where id = :id")
                .param("sha", sha256).param("count", lineCount).param("id", id).update();
    }

    void insertLines(SqlParameterSource[] lines) {
        batch.batchUpdate("""
                insert into finance.ledger_line (id, import_id, line_no, entry_date, amount, currency, rate, base_amount,
                    programme_code, fund_code, project_ref, call_ref, meeting_ref, voucher, description, reverses, reason,
                    illustrative, created_by, created_at)
                values (:id, :importId, :lineNo, :date, :amount, :currency, :rate, :baseAmount, :programme, :fund,
                    :project, :call, :meeting, :voucher, :description, :reverses, :reason, :illustrative, :by, :at)""", lines);
    }

    /** Holds the line until the transaction ends, so that two reversals of one line cannot both pass the checks. */
    boolean lock(UUID id) {
        return jdbc.sql("select id from finance.ledger_line where id = :id for update").param("id", id).query(UUID.class)
                .optional().isPresent();
    }
}
