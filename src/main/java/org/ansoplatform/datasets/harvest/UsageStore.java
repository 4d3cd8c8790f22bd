package org.ansoplatform.datasets.harvest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.datasets.UsageTotals;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counted usage events and COUNTER's four metrics over them. Totals count events (a request is also an investigation);
 * uniques count user-sessions, a session being the visitor's hashed session within one hour (UTC), per version.
 */
@Repository
class UsageStore {

    /** One line of the monthly report: a version's four metrics in one month. */
    record MonthLine(UUID datasetId, UUID versionId, YearMonth month, UsageTotals totals) {
    }

    private static final String SESSION = "session_hash || '@' || to_char(at at time zone 'UTC', 'YYYYMMDDHH24')";
    private static final String METRICS = "count(*) as ti, count(distinct " + SESSION + ") as ui,"
            + " count(*) filter (where kind = :request) as tr, count(distinct " + SESSION + ") filter (where kind = :request) as ur";

    private final JdbcClient jdbc;

    UsageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the event unless the same session used the same version the same way within the last 30 seconds. */
    boolean record(UUID datasetId, UUID versionId, UsageKind kind, String sessionHash, Instant at) {
        return jdbc.sql("""
                insert into datasets.usage_event (dataset_id, version_id, kind, session_hash, at)
                select :dataset, :version, :kind, :session, :at
                where not exists (select 1 from datasets.usage_event where session_hash = :session and version_id = :version
                  and kind = :kind and at > :since and at <= :at)""")
                .param("dataset", datasetId).param("version", versionId).param("kind", kind.name()).param("session", sessionHash)
                .param("at", Timestamp.from(at)).param("since", Timestamp.from(at.minusSeconds(30))).update() == 1;
    }

    UsageTotals ofVersion(UUID versionId) {
        return jdbc.sql("select " + METRICS + " from datasets.usage_event where version_id = :id").param("id", versionId)
                .param("request", UsageKind.REQUEST.name()).query(UsageStore::totals).single();
    }

    /** A dataset's counts: the sums of its versions' (a session that saw two versions is unique for each). */
    UsageTotals ofDataset(UUID datasetId) {
        return jdbc.sql("select coalesce(sum(ti), 0) as ti, coalesce(sum(ui), 0) as ui, coalesce(sum(tr), 0) as tr,"
                        + " coalesce(sum(ur), 0) as ur from (select " + METRICS
                        + " from datasets.usage_event where dataset_id = :id group by version_id) v")
                .param("id", datasetId).param("request", UsageKind.REQUEST.name()).query(UsageStore::totals).single();
    }

    /** Every version used in the month, with its metrics. */
    List<MonthLine> month(YearMonth month) {
        return jdbc.sql("select dataset_id, version_id, " + METRICS + " from datasets.usage_event where at >= :start and at < :end"
                        + " group by dataset_id, version_id order by dataset_id, version_id")
                .param("start", Timestamp.from(start(month))).param("end", Timestamp.from(start(month.plusMonths(1))))
                .param("request", UsageKind.REQUEST.name())
                .query((row, n) -> new MonthLine(Rows.uuid(row, "dataset_id"), Rows.uuid(row, "version_id"), month, totals(row, n)))
                .list();
    }

    /** A dataset's metrics per version and month, oldest month first. */
    List<MonthLine> ofDatasetByMonth(UUID datasetId) {
        return jdbc.sql("select dataset_id, version_id, to_char(at at time zone 'UTC', 'YYYY-MM') as month, " + METRICS
                        + " from datasets.usage_event where dataset_id = :id group by dataset_id, version_id, 3 order by 3, version_id")
                .param("id", datasetId).param("request", UsageKind.REQUEST.name())
                .query((row, n) -> new MonthLine(Rows.uuid(row, "dataset_id"), Rows.uuid(row, "version_id"),
                        YearMonth.parse(row.getString("month")), totals(row, n))).list();
    }

    /** All events of a kind in the year (UTC). */
    long countIn(int year, UsageKind kind) {
        String filter = kind == UsageKind.REQUEST ? " and kind = :kind" : "";
        return jdbc.sql("select count(*) from datasets.usage_event where at >= :start and at < :end" + filter)
                .param("start", Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .param("end", Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .param("kind", kind.name()).query(Long.class).single();
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static UsageTotals totals(ResultSet row, int n) throws SQLException {
        return new UsageTotals(row.getLong("ti"), row.getLong("ui"), row.getLong("tr"), row.getLong("ur"));
    }
}
