package org.ansoplatform.finance.funds;

import java.util.List;

import org.ansoplatform.finance.FundKind;
import org.ansoplatform.finance.MovementKind;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FundBalanceStore {

    private final JdbcClient jdbc;

    FundBalanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One fund's balance ({@code code}) or every fund's (null), in one statement. */
    List<FundBalances.Balance> balances(String code) {
        return jdbc.sql("""
                select f.code, f.kind, f.programme_code,
                       coalesce((select sum(m.amount) from finance.fund_movement m where m.fund_code = f.code and m.kind = :principal), 0) principal,
                       coalesce((select sum(m.amount) from finance.fund_movement m where m.fund_code = f.code and m.kind = :income), 0) income,
                       coalesce((select sum(l.base_amount) from finance.ledger_line l where l.fund_code = f.code), 0) spent
                from finance.fund f where cast(:code as varchar) is null or f.code = :code order by f.code""")
                .param("code", code).param("principal", MovementKind.PRINCIPAL.name()).param("income", MovementKind.INCOME.name())
                .query((rs, n) -> new FundBalances.Balance(rs.getString("code"), Rows.enumValue(rs, "kind", FundKind.class),
                        rs.getString("programme_code"), rs.getBigDecimal("principal"), rs.getBigDecimal("income"),
                        rs.getBigDecimal("spent")))
                .list();
    }

    boolean lock(String code) {
        return jdbc.sql("select code from finance.fund where code = :code for update").param("code", code).query(String.class)
                .optional().isPresent();
    }
}
