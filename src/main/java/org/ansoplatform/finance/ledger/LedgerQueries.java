package org.ansoplatform.finance.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.shared.Programme;
import org.ansoplatform.calls.ProgrammeQueries;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger as finance staff, the Secretariat and the Board read it: lines by year, programme (an area means all
 * its programmes), fund, project and import, with the total of the filtered lines in the base currency, which is
 * the figure budget against actual links from.
 */
@Service
@Transactional(readOnly = true)
public class LedgerQueries {

    private static final String COLUMNS = """
            l.id, l.import_id, l.line_no, l.entry_date, l.amount, l.currency, l.rate, l.base_amount, l.programme_code,
            l.fund_code, l.project_ref, l.call_ref, l.meeting_ref, l.voucher, l.description, l.reverses, l.reason,
            l.illustrative, (select r.id from finance.ledger_line r where r.reverses = l.id) reversed_by""";

    // each filter is off when its parameter is null; the year is a date range so the date index serves it
    private static final String WHERE = """
            where (cast(:from as date) is null or (l.entry_date >= :from and l.entry_date < :to))
              and (:anyProgramme or l.programme_code in (:programmes))
              and (cast(:fund as varchar) is null or l.fund_code = :fund)
              and (cast(:project as text) is null or l.project_ref = :project)
              and (cast(:importId as uuid) is null or l.import_id = :importId)""";

    private final JdbcClient jdbc;
    private final ProgrammeQueries programmes;

    LedgerQueries(JdbcClient jdbc, ProgrammeQueries programmes) {
        this.jdbc = jdbc;
        this.programmes = programmes;
    }

    public PageResult<LedgerLine> lines(LedgerFilter filter, PageRequest page) {
        List<LedgerLine> items = bind(jdbc.sql("select " + COLUMNS + " from finance.ledger_line l " + WHERE
                + " order by l.entry_date desc, l.created_at desc, l.line_no desc nulls first, l.id limit :limit offset :offset"), filter)
                .param("limit", page.size()).param("offset", page.offset())
                .query(LedgerQueries::line).list();
        long count = bind(jdbc.sql("select count(*) from finance.ledger_line l " + WHERE), filter).query(Long.class).single();
        return new PageResult<>(items, page.page(), page.size(), count);
    }

    /** The sum of the filtered lines' base amounts, reversals included. */
    public BigDecimal total(LedgerFilter filter) {
        return bind(jdbc.sql("select coalesce(sum(l.base_amount), 0) from finance.ledger_line l " + WHERE), filter)
                .query(BigDecimal.class).single();
    }

    public Optional<LedgerLine> line(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from finance.ledger_line l where l.id = :id").param("id", id)
                .query(LedgerQueries::line).optional();
    }

    /** The lines among {@code ids} that exist, for their titles as records. */
    public List<LedgerLine> lines(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from finance.ledger_line l where l.id in (:ids)").param("ids", ids)
                .query(LedgerQueries::line).list();
    }

    /** A programme's code and, for an area, the codes of its programmes; an unknown code only itself (it matches nothing). */
    List<String> programmeCodes(String code) {
        List<String> codes = new java.util.ArrayList<>(List.of(code));
        programmes.all().stream().filter(p -> code.equals(p.area())).map(Programme::code).forEach(codes::add);
        return codes;
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, LedgerFilter filter) {
        LocalDate from = filter.year() == null ? null : LocalDate.of(filter.year(), 1, 1);
        return statement.param("from", from).param("to", from == null ? null : from.plusYears(1))
                .param("anyProgramme", filter.programme() == null)
                .param("programmes", filter.programme() == null ? List.of("") : programmeCodes(filter.programme()))
                .param("fund", filter.fund()).param("project", filter.project()).param("importId", filter.importId());
    }

    private static LedgerLine line(ResultSet rs, int n) throws SQLException {
        return new LedgerLine(Rows.uuid(rs, "id"), Rows.uuid(rs, "import_id"), Rows.integer(rs, "line_no"),
                Rows.date(rs, "entry_date"), rs.getBigDecimal("amount"), rs.getString("currency").strip(),
                rs.getBigDecimal("rate"), rs.getBigDecimal("base_amount"), rs.getString("programme_code"),
                rs.getString("fund_code"), rs.getString("project_ref"), rs.getString("call_ref"),
                rs.getString("meeting_ref"), rs.getString("voucher"), rs.getString("description"),
                Rows.uuid(rs, "reverses"), rs.getString("reason"), Rows.uuid(rs, "reversed_by"),
                rs.getBoolean("illustrative"));
    }
}
