package org.ansoplatform.finance.funds;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.finance.FundKind;
import org.ansoplatform.finance.MovementKind;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class FundStore {

    /** A fund's own columns; its balance is {@link FundBalances}'. */
    record Row(String code, LocalizedText name, LocalizedText description, FundKind kind, String currency,
            String programmeCode, boolean illustrative) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FundStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from finance.fund where code = :code").param("code", code).query(Long.class).single() > 0;
    }

    void insert(Row fund, Instant at) {
        jdbc.sql("""
                insert into finance.fund (code, name, description, kind, currency, programme_code, illustrative, created_at)
                values (:code, cast(:name as jsonb), cast(:description as jsonb), :kind, :currency, :programme, :illustrative, :at)""")
                .param("code", fund.code()).param("name", json.writeValueAsString(fund.name().values()))
                .param("description", json.writeValueAsString(fund.description().values())).param("kind", fund.kind().name())
                .param("currency", fund.currency()).param("programme", fund.programmeCode())
                .param("illustrative", fund.illustrative()).param("at", Timestamp.from(at)).update();
    }

    void addMovement(String code, MovementKind kind, BigDecimal amount, String currency, LocalDate on, String note,
            boolean illustrative, UUID by, Instant at) {
        jdbc.sql("""
                insert into finance.fund_movement (id, fund_code, kind, amount, currency, on_date, note, illustrative, entered_by, entered_at)
                values (:id, :code, :kind, :amount, :currency, :on, :note, :illustrative, :by, :at)""")
                .param("id", UUID.randomUUID()).param("code", code).param("kind", kind.name()).param("amount", amount)
                .param("currency", currency).param("on", Date.valueOf(on)).param("note", note)
                .param("illustrative", illustrative).param("by", by).param("at", Timestamp.from(at)).update();
    }

    List<Row> funds() {
        return jdbc.sql("""
                select code, cast(name as text) name, cast(description as text) description, kind, currency, programme_code,
                       illustrative from finance.fund order by kind, code""")
                .query((rs, n) -> new Row(rs.getString("code"), text(rs.getString("name")), text(rs.getString("description")),
                        Rows.enumValue(rs, "kind", FundKind.class), rs.getString("currency").strip(),
                        rs.getString("programme_code"), rs.getBoolean("illustrative")))
                .list();
    }

    Optional<Row> fund(String code) {
        return funds().stream().filter(f -> f.code().equals(code)).findFirst();
    }

    List<FundView.Movement> movements(String code) {
        return jdbc.sql("""
                select id, kind, amount, currency, on_date, note, illustrative, entered_at from finance.fund_movement
                where fund_code = :code order by on_date desc, entered_at desc""")
                .param("code", code)
                .query((rs, n) -> new FundView.Movement(Rows.uuid(rs, "id"), Rows.enumValue(rs, "kind", MovementKind.class),
                        rs.getBigDecimal("amount"), rs.getString("currency").strip(), Rows.date(rs, "on_date"),
                        rs.getString("note"), rs.getBoolean("illustrative"), Rows.instant(rs, "entered_at")))
                .list();
    }

    private LocalizedText text(String value) {
        return value == null ? LocalizedText.of(java.util.Map.of())
                : LocalizedText.of(json.readValue(value, new TypeReference<java.util.Map<String, String>>() { }));
    }
}
