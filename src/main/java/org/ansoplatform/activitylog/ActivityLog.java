package org.ansoplatform.activitylog;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.shared.AuditedEvent;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every {@link AuditedEvent} and answers filtered reads. There is deliberately no method that
 * changes or removes an entry; the database refuses it too.
 */
@Service
public class ActivityLog {

    private static final RowMapper<ActivityEntry> ROW = (rs, n) -> new ActivityEntry(rs.getLong("id"),
            rs.getTimestamp("occurred_at").toInstant(), rs.getObject("actor_id", UUID.class), rs.getString("actor_name"),
            rs.getString("address"), rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
            rs.getString("detail"));

    private final JdbcClient jdbc;

    ActivityLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Written in the publishing transaction, not after it: an action and its entry commit or roll back together,
     * and an audited action costs no event publication of its own (in a submission surge those were a third of
     * the statements).
     */
    @EventListener
    void on(AuditedEvent event) {
        var actor = event.actor();
        jdbc.sql("""
                insert into activitylog.entry (occurred_at, actor_id, actor_name, address, action, record_type, record_id, detail)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(actor.at() != null ? actor.at() : java.time.Instant.now()), actor.personId(),
                        actor.name() == null ? "system" : actor.name(), actor.address(), event.action(), event.recordType(),
                        event.recordId(), truncate(event.detail(), 1000))
                .update();
    }

    @Transactional(readOnly = true)
    public PageResult<ActivityEntry> find(ActivityFilter filter, PageRequest page) {
        String where = """
                where (cast(:actor as varchar) is null or lower(actor_name) like lower('%' || cast(:actor as varchar) || '%'))
                  and (cast(:action as varchar) is null or action = :action)
                  and (cast(:recordType as varchar) is null or record_type = :recordType)
                  and (cast(:recordId as varchar) is null or record_id = :recordId)
                  and (cast(:from as timestamptz) is null or occurred_at >= :from)
                  and (cast(:to as timestamptz) is null or occurred_at < :to)""";
        var params = new java.util.HashMap<String, Object>();
        params.put("actor", ActivityFilter.blankToNull(filter.actor()));
        params.put("action", ActivityFilter.blankToNull(filter.action()));
        params.put("recordType", ActivityFilter.blankToNull(filter.recordType()));
        params.put("recordId", ActivityFilter.blankToNull(filter.recordId()));
        params.put("from", startOf(filter.from()));
        params.put("to", filter.to() == null ? null : startOf(filter.to().plusDays(1)));
        long total = jdbc.sql("select count(*) from activitylog.entry " + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<ActivityEntry> items = jdbc.sql("select * from activitylog.entry " + where
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(params).query(ROW).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    @Transactional(readOnly = true)
    public List<String> actions() {
        return jdbc.sql("select distinct action from activitylog.entry order by action").query(String.class).list();
    }

    @Transactional(readOnly = true)
    public List<String> recordTypes() {
        return jdbc.sql("select distinct record_type from activitylog.entry order by record_type").query(String.class).list();
    }

    private static Timestamp startOf(LocalDate date) {
        return date == null ? null : Timestamp.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static String truncate(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
    }
}
