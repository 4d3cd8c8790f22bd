package org.ansoplatform.activitylog;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Filtered reads of the audit trail, newest first. */
@Service
@Transactional(readOnly = true)
public class ActivityQueries {

    private static final RowMapper<ActivityEntry> ROW = (rs, n) -> new ActivityEntry(rs.getLong("id"),
            Rows.instant(rs, "occurred_at"), Rows.uuid(rs, "actor_id"), rs.getString("actor_name"),
            rs.getString("address"), rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
            rs.getString("detail"));

    private static final String WHERE = """
            where (cast(:actor as varchar) is null or lower(actor_name) like lower('%' || cast(:actor as varchar) || '%'))
              and (cast(:action as varchar) is null or action = :action)
              and (cast(:recordType as varchar) is null or record_type = :recordType)
              and (cast(:recordId as varchar) is null or record_id = :recordId)
              and (cast(:from as timestamptz) is null or occurred_at >= :from)
              and (cast(:to as timestamptz) is null or occurred_at < :to)""";

    private final JdbcClient jdbc;

    ActivityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<ActivityEntry> find(ActivityFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("actor", ActivityFilter.blankToNull(filter.actor()));
        params.put("action", ActivityFilter.blankToNull(filter.action()));
        params.put("recordType", ActivityFilter.blankToNull(filter.recordType()));
        params.put("recordId", ActivityFilter.blankToNull(filter.recordId()));
        params.put("from", startOf(filter.from()));
        params.put("to", filter.to() == null ? null : startOf(filter.to().plusDays(1)));
        long total = jdbc.sql("select count(*) from activitylog.entry " + WHERE).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<ActivityEntry> items = jdbc.sql("select * from activitylog.entry " + WHERE
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(params).query(ROW).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public List<String> actions() {
        return jdbc.sql("select distinct action from activitylog.entry order by action").query(String.class).list();
    }

    public List<String> recordTypes() {
        return jdbc.sql("select distinct record_type from activitylog.entry order by record_type").query(String.class).list();
    }

    private static Timestamp startOf(LocalDate date) {
        return date == null ? null : Timestamp.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
